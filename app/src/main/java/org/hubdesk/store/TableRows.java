package org.hubdesk.store;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;

/**
 * One table's values on the caller's {@code ctx}: finding one, inserting, writing over and removing
 * it, over the table's {@link RowMapping}. What {@link TableRepository} (edits checked against a
 * version) and {@link ChildRows} (rows belonging to a parent) share; a repository that does more on
 * insert or removal (a timestamp, the rows that go with it) has its own {@link #insert} or
 * {@link #delete}.
 */
public abstract class TableRows<R extends UpdatableRecord<R>, V> extends Repository {
    protected final RowMapping<R, V> rows;

    protected TableRows(DSLContext ctx, RowMapping<R, V> rows) {
        super(ctx);
        this.rows = rows;
    }

    public Optional<V> find(long id) {
        return rows.find(ctx, id);
    }

    /** Inserts the value under a new id and returns it as stored. */
    public V insert(V value) {
        return rows.insert(ctx, value);
    }

    /** Writes the value over its row, unchecked (an import, an undo); its version still moves on. */
    public void update(V value) {
        rows.update(ctx, value);
    }

    public void delete(long id) {
        rows.delete(ctx, id);
    }
}
