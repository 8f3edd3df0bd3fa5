package org.hubdesk.store.meetings;

import static org.hubdesk.schema.Tables.AGENDA_REPLAN;

import java.util.List;
import org.hubdesk.domain.meetings.Replan;
import org.hubdesk.schema.tables.records.AgendaReplanRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.DSLContext;

/** The re-plans the chair confirmed during a meeting; inside the caller's transaction. */
public final class ReplanRepository extends Repository {
    private static final RowMapping<AgendaReplanRecord, Replan> REPLANS = NamedColumns.of(AGENDA_REPLAN.ID, Replan.class).mapping();

    public ReplanRepository(DSLContext ctx) {
        super(ctx);
    }

    public List<Replan> replans(long meetingId) {
        return REPLANS.list(ctx, AGENDA_REPLAN.MEETING_ID.eq(meetingId), AGENDA_REPLAN.RECORDED_AT, AGENDA_REPLAN.ID);
    }

    public Replan insert(Replan p) {
        return REPLANS.insert(ctx, p);
    }

}
