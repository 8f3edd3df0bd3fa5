package org.hubdesk.store;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
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

    /** The row with its id as a value, with the row version a later checked {@link #update} compares against. */
    public static <R extends UpdatableRecord<R>, V> Optional<Versioned<V>> forEdit(DSLContext ctx, TableField<R, Long> id,
            long idValue, Function<R, V> toValue) {
        @SuppressWarnings("unchecked")
        Table<R> table = (Table<R>) id.getTable();
        return ctx.selectFrom(table).where(id.eq(idValue)).fetchOptional(r -> new Versioned<>(toValue.apply(r), versionOf(r)));
    }

    /**
     * Saves an edit made from the row as opened at {@code openedVersion}, refusing it if someone
     * saved the row since: the row is locked, its version compared, then stored (which increments
     * it). A refusal names the record ({@code what} of theirs) and shows both versions
     * ({@code describe} of theirs and of {@code value}); nothing is written.
     */
    public static <R extends UpdatableRecord<R>, V> void update(DSLContext ctx, TableField<R, Long> id, long idValue, V value,
            BiConsumer<V, R> copy, int openedVersion, Function<R, V> toValue, Function<V, String> what, Function<V, String> describe) {
        @SuppressWarnings("unchecked")
        Table<R> table = (Table<R>) id.getTable();
        R r = ctx.selectFrom(table).where(id.eq(idValue)).forUpdate().fetchOptional()
                .orElseThrow(() -> new UserInputException(what.apply(value)
                        + " was removed by someone else since you opened it; nothing was saved"));
        if (versionOf(r) != openedVersion) {
            V theirs = toValue.apply(r);
            throw new StaleEditException(what.apply(theirs), theirs, describe.apply(theirs), value, describe.apply(value));
        }
        copy.accept(value, r);
        r.store();
    }

    private static int versionOf(UpdatableRecord<?> r) {
        Object version = r.get("row_version");
        if (!(version instanceof Number n)) {
            throw new IllegalStateException(r.getTable().getName() + " has no row_version column");
        }
        return n.intValue();
    }
}
