package org.hubdesk.store;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * The rows of one table that belong to a parent row (a meeting's decisions, a plan's evidence):
 * listed by parent in their order, the parent of one, and putting one back under a parent. A
 * repository hands out one per such table ({@code meetings.decisions().insert(d)}).
 */
public final class ChildRows<R extends UpdatableRecord<R>, V> extends TableRows<R, V> {
    private final TableField<R, Long> parent;
    private final OrderField<?>[] order;

    /** {@code parent} is the column holding the parent's id; {@code order} how a parent's rows are listed. */
    public ChildRows(DSLContext ctx, RowMapping<R, V> rows, TableField<R, Long> parent, OrderField<?>... order) {
        super(ctx, rows);
        this.parent = parent;
        this.order = order;
    }

    /** The rows of one parent, in their order. */
    public List<V> of(long parentId) {
        return rows.list(ctx, parent.eq(parentId), order);
    }

    /** The id of the parent the row {@code id} belongs to (which must exist). */
    public long parentOf(long id) {
        return ctx.select(parent).from(rows.table()).where(rows.id().eq(id)).fetchSingle().value1();
    }

    /**
     * Inserts the value under the parent, under its own id when it has one: undo puts back exactly
     * what was removed, so what refers to it keeps doing so.
     */
    public V restore(long parentId, V value) {
        return rows.restore(ctx, value, r -> r.set(parent, parentId));
    }
}
