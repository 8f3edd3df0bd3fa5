package org.hubdesk.store.actions;

import static org.hubdesk.schema.Tables.ACTION_ITEM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The partnership's one action log. Features link actions to their own rows (a delivery plan, a
 * meeting) with columns their migrations add; this repository handles what all actions share.
 */
public final class ActionRepository extends Repository {
    private static final RowMapping<ActionItemRecord, ActionItem> ACTIONS = new RowMapping<>(ACTION_ITEM.ID, ActionItem::id,
            ActionRepository::copy, ActionRepository::toAction);

    public ActionRepository(DSLContext ctx) {
        super(ctx);
    }

    public List<ActionItem> all() {
        return where(DSL.noCondition());
    }

    /** Actions matching a feature's condition on its link column, in their agreed order. */
    public List<ActionItem> where(Condition condition) {
        return ACTIONS.list(ctx, condition, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID);
    }

    public Optional<ActionItem> find(long id) {
        return ACTIONS.find(ctx, id);
    }

    /** Inserts the action (under its own id when it has one: undo puts it back as it was), raised now. */
    public ActionItem insert(ActionItem action) {
        return insert(action, r -> { });
    }

    /**
     * As {@link #insert(ActionItem)}, with what a feature sets on the row before it is inserted: its
     * link column (a delivery plan, a meeting), or a raising day other than now.
     */
    public ActionItem insert(ActionItem action, Consumer<ActionItemRecord> link) {
        return ACTIONS.restore(ctx, action, r -> {
            r.setCreatedAt(LocalDateTime.now());
            link.accept(r);
        });
    }

    public void update(ActionItem action) {
        ACTIONS.update(ctx, action);
    }

    /** The action with the row version a later {@link #update(ActionItem, int)} is checked against. */
    public Optional<Versioned<ActionItem>> findForEdit(long id) {
        return ACTIONS.forEdit(ctx, id);
    }

    /** Saves an edit of an action opened at {@code openedVersion}, refusing it if someone saved the action since. */
    public void update(ActionItem action, int openedVersion) {
        ACTIONS.update(ctx, action, openedVersion, a -> "The action '" + a.description() + "'", ActionRepository::describe);
    }

    private static String describe(ActionItem a) {
        return "'" + a.description() + "', " + a.status().label()
                + (a.leadText() != null ? ", lead " + a.leadText() : "")
                + (a.timescale() != null ? ", due " + a.timescale().dueBy() : "");
    }

    public void delete(long id) {
        ACTIONS.delete(ctx, id);
    }

    private static void copy(ActionItem a, ActionItemRecord r) {
        r.setDescription(a.description());
        r.setLeadPersonId(a.leadPersonId());
        r.setLeadText(a.leadText());
        Timescale t = a.timescale();
        r.setDueDate(t == null ? null : t.day());
        r.setDueMonth(t == null || t.month() == null ? null : t.month().toString());
        r.setStatus(a.status().name());
        r.setSortOrder(a.sortOrder());
        r.setCompletedOn(a.completedOn());
    }

    public static ActionItem toAction(ActionItemRecord r) {
        LocalDate day = r.getDueDate();
        String month = r.getDueMonth();
        Timescale t = day != null ? Timescale.ofDay(day) : month != null ? Timescale.ofMonth(YearMonth.parse(month)) : null;
        return new ActionItem(r.getId(), r.getDescription(), r.getLeadPersonId(), r.getLeadText(), t,
                ActionStatus.valueOf(r.getStatus()), r.getSortOrder(), r.getCompletedOn());
    }
}
