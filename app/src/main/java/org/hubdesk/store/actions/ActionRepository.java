package org.hubdesk.store.actions;

import static org.hubdesk.schema.Tables.ACTION_ITEM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.TableRepository;
import org.hubdesk.store.RowMapping;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The partnership's one action log. Features link actions to their own rows (a delivery plan, a
 * meeting) with columns their migrations add; this repository handles what all actions share.
 */
public final class ActionRepository extends TableRepository<ActionItemRecord, ActionItem> {
    private static final RowMapping<ActionItemRecord, ActionItem> ACTIONS = NamedColumns.of(ACTION_ITEM.ID, ActionItem.class)
            .component("timescale", ActionRepository::copy, ActionRepository::timescale).mapping();

    public ActionRepository(DSLContext ctx) {
        super(ctx, ACTIONS, a -> "The action '" + a.description() + "'", ActionRepository::describe);
    }

    public List<ActionItem> all() {
        return where(DSL.noCondition());
    }

    /** Actions matching a feature's condition on its link column, in their agreed order. */
    public List<ActionItem> where(Condition condition) {
        return ACTIONS.list(ctx, condition, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID);
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

    private static String describe(ActionItem a) {
        return "'" + a.description() + "', " + a.status().label()
                + (a.leadText() != null ? ", lead " + a.leadText() : "")
                + (a.timescale() != null ? ", due " + a.timescale().dueBy() : "");
    }

    /** A timescale is a day or a month: the one it is goes in its own column, the other stays empty. */
    private static void copy(Timescale t, ActionItemRecord r) {
        r.setDueDate(t == null ? null : t.day());
        r.setDueMonth(t == null || t.month() == null ? null : t.month().toString());
    }

    private static Timescale timescale(ActionItemRecord r) {
        LocalDate day = r.getDueDate();
        String month = r.getDueMonth();
        return day != null ? Timescale.ofDay(day) : month != null ? Timescale.ofMonth(YearMonth.parse(month)) : null;
    }

    /** The action a row of the log holds (other features' queries read the log's rows too). */
    public static ActionItem toAction(ActionItemRecord r) {
        return ACTIONS.toValue().apply(r);
    }
}
