package org.hubdesk.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.schema.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies a whole partnership, every table and every row with its id, from one store to another
 * (the embedded file and a team database either way), so a laptop can go offline with the team's
 * data and bring it back. The target must be empty, or be emptied first when the user asks to
 * replace what it holds; the reading is one transaction, and so are the emptying and the copy (on
 * H2 the ids' restart at the end is DDL, which commits at once), and the change log travels with
 * the data, so histories are kept.
 */
public final class DatabaseTransfer {
    private DatabaseTransfer() {
    }

    /** Rows read from the source, per table (lower case), in the order they were copied; the target must be empty. */
    public static Map<String, Long> copy(Database from, Database to) {
        return copy(from, to, false);
    }

    /**
     * The same; with {@code replace}, whatever the target holds is deleted first, in the transaction
     * that copies, so a failed copy leaves the target as it was.
     */
    public static Map<String, Long> copy(Database from, Database to, boolean replace) {
        List<Table<?>> tables = parentsFirst();
        if (!replace && to.counts().values().stream().anyMatch(n -> n > 0)) {
            throw new UserInputException(to.location() + " already holds data: a transfer goes into an empty database only"
                    + " (a new data folder, or a new database on the server)");
        }
        Map<Table<?>, Result<Record>> rows = from.transaction(ctx -> {
            if (ctx.dialect() == SQLDialect.POSTGRES) {
                ctx.execute("set transaction isolation level repeatable read");
            }
            Map<Table<?>, Result<Record>> read = new LinkedHashMap<>();
            for (Table<?> table : tables) {
                read.put(table, ctx.select(table.fields()).from(table).orderBy(orderOf(table)).fetch());
            }
            return read;
        });
        to.unrecorded(ctx -> {
            if (replace) {
                empty(ctx, tables);
            }
            for (Map.Entry<Table<?>, Result<Record>> e : rows.entrySet()) {
                insert(ctx, e.getKey(), e.getValue());
            }
            // Last: on H2 this is DDL, which commits at once; everything before it is still one transaction.
            rows.forEach((table, copiedRows) -> {
                if (table.getIdentity() != null && !copiedRows.isEmpty()) {
                    restartIdentity(ctx, table, copiedRows);
                }
            });
            return null;
        });
        Map<String, Long> copied = new LinkedHashMap<>();
        rows.forEach((table, result) -> copied.put(table.getName().toLowerCase(Locale.ROOT), (long) result.size()));
        return copied;
    }

    /** Deletes every row, children before parents (a table's links to itself cut first). */
    @SuppressWarnings("unchecked")
    private static void empty(DSLContext ctx, List<Table<?>> parentsFirst) {
        for (Table<?> table : parentsFirst) {
            for (Field<?> link : selfReferences(table)) {
                ctx.update(table).set((Field<Object>) link, (Object) null).where(link.isNotNull()).execute();
            }
        }
        for (int i = parentsFirst.size() - 1; i >= 0; i--) {
            ctx.deleteFrom(parentsFirst.get(i)).execute();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void insert(DSLContext ctx, Table<?> table, Result<Record> rows) {
        List<Field<?>> selfReferences = selfReferences(table);
        List<Query> inserts = new ArrayList<>();
        List<Query> links = new ArrayList<>();
        Field<Object> id = (Field<Object>) table.field("id");
        for (Record row : rows) {
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (Field<?> f : table.fields()) {
                Object value = row.get(f);
                if (selfReferences.contains(f) && value != null) {
                    links.add(ctx.update(table).set((Field<Object>) f, value).where(id.eq(row.get(id))));
                    value = null;
                }
                values.put(f, value);
            }
            inserts.add(ctx.insertInto(table).set((Map) values));
        }
        for (int i = 0; i < inserts.size(); i += 500) {
            ctx.batch(inserts.subList(i, Math.min(inserts.size(), i + 500))).execute();
        }
        if (!links.isEmpty()) {
            ctx.batch(links).execute();
        }
    }

    /** The next id given out is past the copied ones (the rows came with their ids). */
    private static void restartIdentity(DSLContext ctx, Table<?> table, Result<Record> rows) {
        Field<?> idField = table.getIdentity().getField();
        long next = rows.stream().map(r -> r.get(idField)).filter(Number.class::isInstance)
                .mapToLong(v -> ((Number) v).longValue()).max().orElse(0) + 1;
        String name = table.getName();
        String column = idField.getName();
        if (ctx.dialect() == SQLDialect.POSTGRES) {
            ctx.fetch("select setval(pg_get_serial_sequence({0}, {1}), {2}, false)", DSL.inline(name), DSL.inline(column),
                    DSL.inline(next));
        } else {
            ctx.execute("alter table " + name + " alter column " + column + " restart with " + next);
        }
    }

    private static List<Field<?>> selfReferences(Table<?> table) {
        List<Field<?>> fields = new ArrayList<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            if (fk.getKey().getTable().equals(table)) {
                fields.addAll(fk.getFields());
            }
        }
        return fields;
    }

    private static org.jooq.OrderField<?>[] orderOf(Table<?> table) {
        if (table.getPrimaryKey() != null) {
            return table.getPrimaryKey().getFields().toArray(new org.jooq.OrderField<?>[0]);
        }
        return table.fields();
    }

    /** Every table (Flyway's own left out), each after the tables it refers to. */
    static List<Table<?>> parentsFirst() {
        List<Table<?>> all = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !t.getName().toLowerCase(Locale.ROOT).startsWith("flyway"))
                .<Table<?>>map(t -> t).toList();
        Set<Table<?>> ordered = new LinkedHashSet<>();
        while (ordered.size() < all.size()) {
            int before = ordered.size();
            for (Table<?> t : all) {
                if (!ordered.contains(t) && t.getReferences().stream()
                        .map(fk -> fk.getKey().getTable())
                        .allMatch(parent -> parent.equals(t) || ordered.contains(parent))) {
                    ordered.add(t);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("The tables refer to each other in a circle: cannot order the copy");
            }
        }
        return new ArrayList<>(ordered);
    }
}
