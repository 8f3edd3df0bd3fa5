package org.hubdesk.store.meetings;

import static org.hubdesk.schema.Tables.AGENDA_REPLAN;

import java.util.List;
import org.hubdesk.domain.meetings.Replan;
import org.hubdesk.schema.tables.records.AgendaReplanRecord;
import org.jooq.DSLContext;

/** The re-plans the chair confirmed during a meeting; inside the caller's transaction. */
public final class ReplanRepository {
    private final DSLContext ctx;

    public ReplanRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Replan> replans(long meetingId) {
        return ctx.selectFrom(AGENDA_REPLAN).where(AGENDA_REPLAN.MEETING_ID.eq(meetingId)).orderBy(AGENDA_REPLAN.RECORDED_AT, AGENDA_REPLAN.ID)
                .fetch(r -> new Replan(r.getId(), r.getMeetingId(), r.getAgendaItemId(), r.getRecordedAt(), r.getPlannedEnd(), r.getSummary()));
    }

    public Replan insert(Replan p) {
        AgendaReplanRecord r = ctx.newRecord(AGENDA_REPLAN);
        r.setMeetingId(p.meetingId());
        r.setAgendaItemId(p.agendaItemId());
        r.setRecordedAt(p.recordedAt());
        r.setPlannedEnd(p.plannedEnd());
        r.setSummary(p.summary());
        r.store();
        return new Replan(r.getId(), p.meetingId(), p.agendaItemId(), p.recordedAt(), p.plannedEnd(), p.summary());
    }
}
