package org.hubdesk.store;

import java.util.Optional;
import java.util.function.Function;
import org.hubdesk.domain.common.Versioned;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;

/**
 * A table whose values are edited against the version they were opened at (the action log, the
 * learning tracker, the recommendations; the people and groups of the members register): the
 * checked edit written once over the table's {@link RowMapping}, on top of {@link TableRows}. A
 * repository of one such table extends it; a repository of several hands out one per table.
 */
public class TableRepository<R extends UpdatableRecord<R>, V> extends TableRows<R, V> {
    private final Function<V, String> what;
    private final Function<V, String> describe;

    /**
     * {@code what} names a value in the refusal of a stale edit ("The action '…'"); {@code describe}
     * shows what each version holds, theirs and yours.
     */
    public TableRepository(DSLContext ctx, RowMapping<R, V> rows, Function<V, String> what, Function<V, String> describe) {
        super(ctx, rows);
        this.what = what;
        this.describe = describe;
    }

    /** The value with the row version a later {@link #update(Object, int)} is checked against. */
    public Optional<Versioned<V>> findForEdit(long id) {
        return rows.forEdit(ctx, id);
    }

    /** Saves an edit opened at {@code openedVersion}; a StaleEditException, nothing saved, if someone saved it since. */
    public void update(V value, int openedVersion) {
        rows.update(ctx, value, openedVersion, what, describe);
    }
}
