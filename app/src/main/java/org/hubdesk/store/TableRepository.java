package org.hubdesk.store;

import java.util.Optional;
import java.util.function.Function;
import org.hubdesk.domain.common.Versioned;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;

/**
 * A repository whose values live in one table (the action log, the learning tracker, the
 * recommendations): finding one, writing over it, the checked edit from a version opened earlier,
 * and removal, written once over the table's {@link RowMapping}. A removal that takes other rows
 * with it is the subclass's own {@link #delete} calling this one last.
 */
public abstract class TableRepository<R extends UpdatableRecord<R>, V> extends Repository {
    private final RowMapping<R, V> rows;
    private final Function<V, String> what;
    private final Function<V, String> describe;

    /**
     * {@code what} names a value in the refusal of a stale edit ("The action '…'"); {@code describe}
     * shows what each version holds, theirs and yours.
     */
    protected TableRepository(DSLContext ctx, RowMapping<R, V> rows, Function<V, String> what, Function<V, String> describe) {
        super(ctx);
        this.rows = rows;
        this.what = what;
        this.describe = describe;
    }

    public Optional<V> find(long id) {
        return rows.find(ctx, id);
    }

    /** Writes the value over its row, unchecked (an import, an undo); its version still moves on. */
    public void update(V value) {
        rows.update(ctx, value);
    }

    /** The value with the row version a later {@link #update(Object, int)} is checked against. */
    public Optional<Versioned<V>> findForEdit(long id) {
        return rows.forEdit(ctx, id);
    }

    /** Saves an edit opened at {@code openedVersion}; a StaleEditException, nothing saved, if someone saved it since. */
    public void update(V value, int openedVersion) {
        rows.update(ctx, value, openedVersion, what, describe);
    }

    public void delete(long id) {
        rows.delete(ctx, id);
    }
}
