package org.hubdesk.store;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.hubdesk.domain.common.Versioned;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * How one table's rows and one value type map onto each other: the id column, the value's id, the
 * copy of a value into a record and the value of a record. A repository declares one per table it
 * keeps values in, mostly by name ({@link NamedColumns}), and finds, lists, inserts, updates and
 * deletes through it, so each of those is written once here (over {@link Rows}).
 */
public record RowMapping<R extends UpdatableRecord<R>, V>(TableField<R, Long> id, ToLongFunction<V> idOf,
        BiConsumer<V, R> copy, Function<R, V> toValue) {

    @SuppressWarnings("unchecked")
    public Table<R> table() {
        return (Table<R>) id.getTable();
    }

    public Optional<V> find(DSLContext ctx, long idValue) {
        return ctx.selectFrom(table()).where(id.eq(idValue)).fetchOptional(toValue::apply);
    }

    /** The values of the rows matching {@code where}, in the order given. */
    public List<V> list(DSLContext ctx, Condition where, OrderField<?>... orderBy) {
        return ctx.selectFrom(table()).where(where).orderBy(orderBy).fetch(toValue::apply);
    }

    /** A new record holding the value, not yet stored (so a caller can set what the value does not hold). */
    private R newRecord(DSLContext ctx, V value) {
        R r = ctx.newRecord(table());
        copy.accept(value, r);
        return r;
    }

    /**
     * As {@link #newRecord}, under the value's own id when it has one: undo puts a removed row back
     * exactly as it was, so what refers to it keeps doing so.
     */
    private R restoredRecord(DSLContext ctx, V value) {
        R r = Rows.newRecord(ctx, id, idOf.applyAsLong(value));
        copy.accept(value, r);
        return r;
    }

    /** Inserts the value under a new id and returns it as stored. */
    public V insert(DSLContext ctx, V value) {
        return insert(ctx, value, r -> { });
    }

    /** As {@link #insert(DSLContext, Object)}, with what the value does not hold set by {@code before} (its parent's id, a timestamp). */
    public V insert(DSLContext ctx, V value, Consumer<R> before) {
        return inserted(newRecord(ctx, value), before);
    }

    /** Inserts the value under its own id when it has one (see {@link #restoredRecord}) and returns it as stored. */
    public V restore(DSLContext ctx, V value) {
        return restore(ctx, value, r -> { });
    }

    /** As {@link #restore(DSLContext, Object)}, with what the value does not hold set by {@code before}. */
    public V restore(DSLContext ctx, V value, Consumer<R> before) {
        return inserted(restoredRecord(ctx, value), before);
    }

    private V inserted(R r, Consumer<R> before) {
        before.accept(r);
        r.insert();
        return toValue.apply(r);
    }

    /** Inserts a value not saved yet (id 0) or writes it over its row (which must exist); returns its id. */
    public long save(DSLContext ctx, V value) {
        R r = Rows.newOrStored(ctx, id, idOf.applyAsLong(value));
        copy.accept(value, r);
        r.store();
        return r.get(id);
    }

    /** Writes the value over the row with its id (which must exist). */
    public void update(DSLContext ctx, V value) {
        Rows.update(ctx, id, idOf.applyAsLong(value), value, copy);
    }

    /** The value with the row version a later {@link #update(DSLContext, Object, int, Function, Function)} is checked against. */
    public Optional<Versioned<V>> forEdit(DSLContext ctx, long idValue) {
        return Rows.forEdit(ctx, id, idValue, toValue);
    }

    /** Saves an edit opened at {@code openedVersion}; see {@link Rows#update(DSLContext, TableField, long, Object, BiConsumer, int, Function, Function, Function)}. */
    public void update(DSLContext ctx, V value, int openedVersion, Function<V, String> what, Function<V, String> describe) {
        Rows.update(ctx, id, idOf.applyAsLong(value), value, copy, openedVersion, toValue, what, describe);
    }

    public void delete(DSLContext ctx, long idValue) {
        ctx.deleteFrom(table()).where(id.eq(idValue)).execute();
    }
}
