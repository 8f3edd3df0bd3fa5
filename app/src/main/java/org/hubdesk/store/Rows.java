package org.hubdesk.store;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * What the repositories do alike with a value and its row. Each table's {@code copy(value, record)}
 * (its {@link RowMapping}, mostly {@link NamedColumns}) maps the fields; this is the
 * fetch-copy-store around it, and the other row chores they share: a new row kept under its old id, insert-or-update by id, the
 * next place in an ordered list, and a move in that order. {@link RowMapping} bundles these per table.
 */
public final class Rows {
    private Rows() {
    }

    /** Writes a value over the row with its id: fetch the row (it must exist), copy the value in, store. */
    public static <R extends UpdatableRecord<R>, V> void update(DSLContext ctx, TableField<R, Long> id, long idValue, V value,
            BiConsumer<V, R> copy) {
        Table<R> table = tableOf(id);
        R r = ctx.fetchSingle(table, id.eq(idValue));
        copy.accept(value, r);
        r.store();
    }

    /** The row with its id as a value, with the row version a later checked {@link #update} compares against. */
    public static <R extends UpdatableRecord<R>, V> Optional<Versioned<V>> forEdit(DSLContext ctx, TableField<R, Long> id,
            long idValue, Function<R, V> toValue) {
        Table<R> table = tableOf(id);
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
        Table<R> table = tableOf(id);
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

    /** A new record of the id column's table, under {@code keptId} when it is not 0 (undo puts a removed row back as it was). */
    public static <R extends UpdatableRecord<R>> R newRecord(DSLContext ctx, TableField<R, Long> id, long keptId) {
        R r = ctx.newRecord(tableOf(id));
        if (keptId != 0) {
            r.set(id, keptId);
        }
        return r;
    }

    /** The stored row with this id to write over, or a new record when the id is 0 (a value not saved yet). */
    public static <R extends UpdatableRecord<R>> R newOrStored(DSLContext ctx, TableField<R, Long> id, long idValue) {
        return idValue == 0 ? ctx.newRecord(tableOf(id)) : ctx.fetchSingle(tableOf(id), id.eq(idValue));
    }

    /** The sort order after the last of the rows matching {@code where}: 0 for the first. */
    public static int nextOrder(DSLContext ctx, TableField<?, Integer> sortOrder, Condition... where) {
        Integer max = ctx.select(DSL.max(sortOrder)).from(sortOrder.getTable()).where(where).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    /** Moves a row to another place in its list; a move is a save of the row, so its version moves on. */
    public static <R extends UpdatableRecord<R>> void setOrder(DSLContext ctx, TableField<R, Long> id, long idValue,
            TableField<R, Integer> sortOrder, int order) {
        ctx.update(tableOf(id)).set(sortOrder, order).set(versionField(id), versionField(id).plus(1)).where(id.eq(idValue)).execute();
    }

    @SuppressWarnings("unchecked")
    private static <R extends UpdatableRecord<R>> TableField<R, Integer> versionField(TableField<R, Long> id) {
        TableField<R, ?> version = tableOf(id).getRecordVersion();
        if (version == null) {
            throw new IllegalStateException(id.getTable().getName() + " has no row_version column");
        }
        return (TableField<R, Integer>) version;
    }

    @SuppressWarnings("unchecked")
    private static <R extends UpdatableRecord<R>> Table<R> tableOf(TableField<R, Long> id) {
        return (Table<R>) id.getTable();
    }

    private static int versionOf(UpdatableRecord<?> r) {
        Object version = r.get("row_version");
        if (!(version instanceof Number n)) {
            throw new IllegalStateException(r.getTable().getName() + " has no row_version column");
        }
        return n.intValue();
    }
}
