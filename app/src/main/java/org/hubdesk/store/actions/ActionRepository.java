package org.hubdesk.store.actions;

import static org.hubdesk.schema.Tables.ACTION_ITEM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.hubdesk.store.Rows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The partnership's one action log. Features link actions to their own rows (a delivery plan, a
 * meeting) with columns their migrations add; this repository handles what all actions share.
 */
public final class ActionRepository {
    private final DSLContext ctx;

    public ActionRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<ActionItem> all() {
        return where(DSL.noCondition());
    }

    /** Actions matching a feature's condition on its link column, in their agreed order. */
    public List<ActionItem> where(Condition condition) {
        return ctx.selectFrom(ACTION_ITEM).where(condition)
                .orderBy(ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .fetch(ActionRepository::toAction);
    }

    public Optional<ActionItem> find(long id) {
        return ctx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).fetchOptional(ActionRepository::toAction);
    }

    /** Inserts and returns the stored record, so a feature can set its link column before storing. */
    public ActionItemRecord newRecord(ActionItem action) {
        ActionItemRecord r = ctx.newRecord(ACTION_ITEM);
        copy(action, r);
        r.setCreatedAt(LocalDateTime.now());
        if (action.id() != 0) {
            r.setId(action.id());
        }
        return r;
    }

    public ActionItem insert(ActionItem action) {
        ActionItemRecord r = newRecord(action);
        r.insert();
        return toAction(r);
    }

    public void update(ActionItem action) {
        Rows.update(ctx, ACTION_ITEM.ID, action.id(), action, ActionRepository::copy);
    }

    /** The action with the row version a later {@link #update(ActionItem, int)} is checked against. */
    public Optional<org.hubdesk.domain.common.Versioned<ActionItem>> findForEdit(long id) {
        return ctx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id))
                .fetchOptional(r -> new org.hubdesk.domain.common.Versioned<>(toAction(r), r.getRowVersion()));
    }

    /**
     * Saves an edit of an action opened at {@code openedVersion}, refusing it if someone saved the
     * action since: the row is locked, its version compared, then stored (which increments it).
     */
    public void update(ActionItem action, int openedVersion) {
        ActionItemRecord r = ctx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(action.id())).forUpdate().fetchOptional()
                .orElseThrow(() -> new org.hubdesk.domain.common.UserInputException("The action '" + action.description()
                        + "' was removed by someone else since you opened it; nothing was saved"));
        if (r.getRowVersion() != openedVersion) {
            ActionItem theirs = toAction(r);
            throw new org.hubdesk.domain.common.StaleEditException("The action '" + theirs.description() + "'",
                    theirs, describe(theirs), action, describe(action));
        }
        copy(action, r);
        r.store();
    }

    private static String describe(ActionItem a) {
        return "'" + a.description() + "', " + a.status().label()
                + (a.leadText() != null ? ", lead " + a.leadText() : "")
                + (a.timescale() != null ? ", due " + a.timescale().dueBy() : "");
    }

    public void delete(long id) {
        ctx.deleteFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).execute();
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
