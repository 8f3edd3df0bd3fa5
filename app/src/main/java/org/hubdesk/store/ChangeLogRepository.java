package org.hubdesk.store;

import static org.hubdesk.schema.Tables.CHANGE_LOG;

import java.util.List;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.schema.tables.records.ChangeLogRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The change log (V90): each record's history, and the newest change as a cheap "anything new?" counter. */
public final class ChangeLogRepository extends Repository {
    public ChangeLogRepository(DSLContext ctx) {
        super(ctx);
    }

    /** Every change of one record, oldest first. */
    public List<RecordChange> history(String table, long recordId) {
        return ctx.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.TABLE_NAME.eq(table).and(CHANGE_LOG.RECORD_ID.eq(recordId)))
                .orderBy(CHANGE_LOG.ID)
                .fetch(ChangeLogRepository::toChange);
    }

    /** The newest {@code limit} changes of any record, newest first. */
    public List<RecordChange> recent(int limit) {
        return ctx.selectFrom(CHANGE_LOG).orderBy(CHANGE_LOG.ID.desc()).limit(limit).fetch(ChangeLogRepository::toChange);
    }

    /** The id of the newest change (0 if none): it grows with every committed edit by anyone. */
    public long lastChangeId() {
        Long last = ctx.select(DSL.max(CHANGE_LOG.ID)).from(CHANGE_LOG).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    private static RecordChange toChange(ChangeLogRecord r) {
        return new RecordChange(r.getId(), r.getTableName(), r.getRecordId(), r.getChangeKind(), r.getChangedBy(),
                r.getChangedAt(), r.getSummary());
    }
}
