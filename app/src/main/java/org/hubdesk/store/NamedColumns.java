package org.hubdesk.store;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * A value type's fields mapped onto the same-named columns of its table, so no repository spells
 * out a run of setters and a constructor call: each component of the Java record ({@code groupId})
 * goes to the column of the same name ({@code GROUP_ID}), an enum as its name. What does not fit
 * that rule is declared per table: a column of another name, a converted value, a value spread
 * over several columns, or one the row keeps when the value is written over it. A component with
 * no column of its name and no declaration, or of another type than its column, fails when the
 * mapping is built (at class load), not when a row is half written.
 */
public final class NamedColumns<R extends UpdatableRecord<R>, V extends Record> {
    private final TableField<R, Long> id;
    private final Class<V> type;
    private final Map<String, Slot<R>> declared = new HashMap<>();
    private final Set<String> notWritten = new HashSet<>();

    private NamedColumns(TableField<R, Long> id, Class<V> type) {
        this.id = id;
        this.type = type;
    }

    /** The value type's components on the columns of {@code id}'s table, by name. */
    public static <R extends UpdatableRecord<R>, V extends Record> NamedColumns<R, V> of(TableField<R, Long> id, Class<V> type) {
        return new NamedColumns<>(id, type);
    }

    /** The component is held in a column of another name (an enum still by its name). */
    public NamedColumns<R, V> column(String component, TableField<R, ?> column) {
        declared.put(component, slot(componentNamed(component).getType(), column));
        return this;
    }

    /** The component is held in {@code column} as {@code write} makes it, and read back by {@code read}. */
    @SuppressWarnings("unchecked")
    public <C, T> NamedColumns<R, V> column(String component, TableField<R, T> column, Function<C, T> write, Function<T, C> read) {
        declared.put(component, new Slot<>((c, r) -> r.set(column, write.apply((C) c)), r -> read.apply(r.get(column))));
        return this;
    }

    /** The component is spread over several columns (or is a part of one): {@code write} sets them, {@code read} gathers them. */
    @SuppressWarnings("unchecked")
    public <C> NamedColumns<R, V> component(String component, BiConsumer<C, R> write, Function<R, C> read) {
        declared.put(component, new Slot<>((c, r) -> write.accept((C) c, r), read::apply));
        return this;
    }

    /**
     * The component is read from the row but not written over it: its column is set once, when the
     * row is inserted (a parent's id, a place in a list), and an edit of the value leaves it.
     */
    public NamedColumns<R, V> notWritten(String... components) {
        notWritten.addAll(List.of(components));
        return this;
    }

    /** The table's {@link RowMapping}: the id component is the id column, never copied over a row. */
    public RowMapping<R, V> mapping() {
        // A declaration naming no component (a typo, a component renamed since) fails as loudly as a missing column.
        declared.keySet().forEach(this::componentNamed);
        notWritten.forEach(this::componentNamed);
        RecordComponent[] components = type.getRecordComponents();
        List<Slot<R>> slots = new ArrayList<>();
        Map<RecordComponent, Slot<R>> written = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            Slot<R> slot = declared.containsKey(c.getName()) ? declared.get(c.getName())
                    : slot(c.getType(), column(snakeCase(c.getName())));
            slots.add(slot);
            if (!c.getName().equals("id") && !notWritten.contains(c.getName())) {
                written.put(c, slot);
            }
        }
        RecordComponent idComponent = componentNamed("id");
        Constructor<V> constructor = canonicalConstructor(components);
        return new RowMapping<>(id, value -> ((Number) get(idComponent, value)).longValue(), (value, r) -> {
            written.forEach((c, slot) -> slot.write().accept(get(c, value), r));
        }, r -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = orDefault(components[i].getType(), slots.get(i).read().apply(r));
            }
            return construct(constructor, args);
        });
    }

    /** How a component of {@code javaType} goes into {@code column} and back: as it is, or an enum by its name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Slot<R> slot(Class<?> javaType, Field<?> column) {
        Field<Object> f = (Field<Object>) column;
        if (javaType.isEnum() && column.getType() == String.class) {
            return new Slot<>((c, r) -> r.set(f, c == null ? null : ((Enum<?>) c).name()),
                    r -> r.get(f) == null ? null : Enum.valueOf((Class) javaType, (String) r.get(f)));
        }
        if (boxed(javaType) != column.getType()) {
            throw new IllegalStateException(type.getSimpleName() + ": column " + column.getName() + " holds "
                    + column.getType().getSimpleName() + ", not " + javaType.getSimpleName());
        }
        return new Slot<>((c, r) -> r.set(f, c), r -> r.get(f));
    }

    private Field<?> column(String name) {
        for (Field<?> f : id.getTable().fields()) {
            if (f.getName().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + ": " + id.getTable().getName() + " has no column " + name);
    }

    private RecordComponent componentNamed(String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component " + name);
    }

    /** {@code groupId} as {@code group_id}: the schema's column naming. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> boxed(Class<?> c) {
        return c.isPrimitive() ? Array.get(Array.newInstance(c, 1), 0).getClass() : c;
    }

    /** A null column read into a primitive component (a flag added by a later migration) is Java's default, false or 0. */
    private static Object orDefault(Class<?> javaType, Object read) {
        return read == null && javaType.isPrimitive() ? Array.get(Array.newInstance(javaType, 1), 0) : read;
    }

    private Constructor<V> canonicalConstructor(RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
        }
    }

    private static Object get(RecordComponent c, Object value) {
        try {
            return c.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static <V> V construct(Constructor<V> constructor, Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            // The value's own check refused what the row holds: let its message through as it is.
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One component's way into a row and back. */
    private record Slot<R>(BiConsumer<Object, R> write, Function<R, Object> read) {
    }
}
