package org.hubdesk.store;

import static org.hubdesk.schema.Tables.CHANGE_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.RecordContext;
import org.jooq.RecordListener;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.QOM;

/**
 * Who did what: notes every insert, update and delete that goes through Hubdesk's jOOQ
 * configuration (a stored record, or an update/delete statement) and writes one {@code change_log}
 * line per change, with the user, inside the same transaction just before it commits. So the
 * history of a record is exactly what was committed, and nothing is recorded for a rolled-back edit.
 */
final class ChangeRecorder implements ExecuteListener, RecordListener {
    private static final int MAX_VALUE = 80;
    private static final int MAX_SUMMARY = 4000;
    static final int ROWS_PER_INSERT = 1000;

    private record Pending(String table, Long recordId, String kind, String summary) {
    }

    private final String user;
    private final ThreadLocal<List<Pending>> pending = ThreadLocal.withInitial(ArrayList::new);
    /** Set while a stored record's own statement runs, so it is noted once (by the record), not twice. */
    private final ThreadLocal<int[]> inRecord = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<int[]> paused = ThreadLocal.withInitial(() -> new int[1]);

    ChangeRecorder(String user) {
        this.user = user.length() > 120 ? user.substring(0, 120) : user;
    }

    String user() {
        return user;
    }

    /** Writes what this thread's transaction changed, then forgets it. */
    void flush(DSLContext ctx) {
        List<Pending> changes = pending.get();
        if (changes.isEmpty()) {
            return;
        }
        // In statements of at most ROWS_PER_INSERT lines: a large action (the ten-year demo) notes tens of
        // thousands, more bind values than H2 or PostgreSQL take in one statement.
        for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
            var insert = ctx.insertInto(CHANGE_LOG, CHANGE_LOG.TABLE_NAME, CHANGE_LOG.RECORD_ID, CHANGE_LOG.CHANGE_KIND,
                    CHANGE_LOG.CHANGED_BY, CHANGE_LOG.SUMMARY);
            for (Pending p : changes.subList(from, Math.min(changes.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(p.table(), p.recordId(), p.kind(), user, p.summary());
            }
            insert.execute();
        }
        changes.clear();
    }

    /** Runs {@code work} without noting its changes. */
    <T> T paused(java.util.function.Supplier<T> work) {
        paused.get()[0]++;
        try {
            return work.get();
        } finally {
            paused.get()[0]--;
        }
    }

    /** Forgets what a failed transaction noted. */
    void discard() {
        pending.get().clear();
        inRecord.get()[0] = 0;
    }

    private void note(Table<?> table, Long recordId, String kind, String summary) {
        String name = table.getName().toLowerCase(Locale.ROOT);
        if (paused.get()[0] > 0 || name.equals(CHANGE_LOG.getName()) || name.startsWith("flyway")) {
            return;
        }
        pending.get().add(new Pending(name, recordId, kind,
                summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary));
    }

    // Stored records (UpdatableRecord.store(), insert(), delete()).

    @Override
    public void insertStart(RecordContext ctx) {
        inRecord.get()[0]++;
    }

    @Override
    public void insertEnd(RecordContext ctx) {
        inRecord.get()[0]--;
        if (ctx.record() instanceof TableRecord<?> r) {
            StringJoiner values = new StringJoiner(", ");
            for (Field<?> f : r.fields()) {
                Object v = r.get(f);
                if (v != null && !isBookkeeping(f)) {
                    values.add(f.getName().toLowerCase(Locale.ROOT) + ": " + shown(v));
                }
            }
            note(r.getTable(), idOf(r), "insert", values.toString());
        }
    }

    @Override
    public void updateStart(RecordContext ctx) {
        inRecord.get()[0]++;
        if (ctx.record() instanceof TableRecord<?> r) {
            StringJoiner changes = new StringJoiner(", ");
            for (Field<?> f : r.fields()) {
                if (r.changed(f) && !isBookkeeping(f) && !java.util.Objects.equals(r.original(f), r.get(f))) {
                    changes.add(f.getName().toLowerCase(Locale.ROOT) + ": " + shown(r.original(f)) + " → " + shown(r.get(f)));
                }
            }
            if (changes.length() > 0) {
                note(r.getTable(), idOf(r), "update", changes.toString());
            }
        }
    }

    @Override
    public void updateEnd(RecordContext ctx) {
        inRecord.get()[0]--;
    }

    @Override
    public void deleteStart(RecordContext ctx) {
        inRecord.get()[0]++;
        if (ctx.record() instanceof TableRecord<?> r) {
            note(r.getTable(), idOf(r), "delete", label(r));
        }
    }

    @Override
    public void deleteEnd(RecordContext ctx) {
        inRecord.get()[0]--;
    }

    // Statements (ctx.update(...), ctx.deleteFrom(...), ctx.insertInto(...)).

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (inRecord.get()[0] > 0 || ctx.rows() == 0) {
            return;
        }
        Query query = ctx.query();
        if (query instanceof QOM.Update<?> update) {
            StringJoiner set = new StringJoiner(", ");
            for (Map.Entry<?, ?> e : update.$set().entrySet()) {
                if (e.getKey() instanceof Field<?> f && !isBookkeeping(f)) {
                    set.add(f.getName().toLowerCase(Locale.ROOT) + ": " + shownValue(e.getValue()));
                }
            }
            if (set.length() > 0) {
                note(update.$table(), idIn(update.$where()), "update", set + rowsNote(ctx));
            }
        } else if (query instanceof QOM.Delete<?> delete) {
            Long id = idIn(delete.$where());
            note(delete.$from(), id, "delete", id != null ? "" : "where " + delete.$where() + rowsNote(ctx));
        } else if (query instanceof QOM.Insert<?> insert) {
            StringJoiner values = new StringJoiner(", ");
            var columns = insert.$columns();
            if (insert.$values().size() == 1) {
                var row = insert.$values().get(0);
                for (int i = 0; i < columns.size() && i < row.size(); i++) {
                    values.add(columns.get(i).getName().toLowerCase(Locale.ROOT) + ": " + shownValue(row.field(i)));
                }
            }
            note(insert.$into(), null, "insert", values + rowsNote(ctx));
        }
    }

    private static String rowsNote(ExecuteContext ctx) {
        return ctx.rows() > 1 ? " (" + ctx.rows() + " rows)" : "";
    }

    /** The record's id when the condition picks one row by it ({@code id = N}, maybe with more). */
    private static Long idIn(Condition where) {
        if (where instanceof QOM.Eq<?> eq && eq.$arg1().getName().equalsIgnoreCase("id") &&
                eq.$arg2() instanceof Param<?> p && p.getValue() instanceof Number n) {
            return n.longValue();
        }
        if (where instanceof QOM.And and) {
            Long left = idIn(and.$arg1());
            return left != null ? left : idIn(and.$arg2());
        }
        return null;
    }

    private static Long idOf(Record r) {
        Field<?> id = r.field("id");
        return id != null && r.get(id) instanceof Number n ? n.longValue() : null;
    }

    /** A deleted record in a few words: its first text field. */
    private static String label(Record r) {
        for (Field<?> f : r.fields()) {
            if (r.get(f) instanceof String s && !s.isBlank()) {
                return f.getName().toLowerCase(Locale.ROOT) + ": " + shown(s);
            }
        }
        return "";
    }

    private static boolean isBookkeeping(Field<?> f) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        return name.equals("row_version") || name.equals("id");
    }

    private static String shownValue(Object value) {
        return value instanceof Param<?> p ? shown(p.getValue()) : String.valueOf(value);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString().replaceAll("\\s+", " ");
        text = text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
        return value instanceof String ? "'" + text + "'" : text;
    }
}
