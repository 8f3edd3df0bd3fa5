package org.hubdesk.store;

import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * What the repositories do alike with a value and its row. Each repository keeps its own
 * {@code copy(value, record)} (the one place that maps fields); this is the fetch-copy-store around it.
 */
public final class Rows {
    private Rows() {
    }

    /** Writes a value over the row with its id: fetch the row (it must exist), copy the value in, store. */
    public static <R extends UpdatableRecord<R>, V> void update(DSLContext ctx, TableField<R, Long> id, long idValue, V value,
            BiConsumer<V, R> copy) {
        @SuppressWarnings("unchecked")
        Table<R> table = (Table<R>) id.getTable();
        R r = ctx.fetchSingle(table, id.eq(idValue));
        copy.accept(value, r);
        r.store();
    }
}
