package org.hubdesk.store.meetings;

import static org.hubdesk.schema.Tables.INTEREST_DECLARATION;

import java.util.List;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.schema.tables.records.InterestDeclarationRecord;
import org.jooq.DSLContext;

/** A meeting's declarations of interest; inside the caller's transaction. */
public final class DeclarationRepository {
    private final DSLContext ctx;

    public DeclarationRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<InterestDeclaration> declarations(long meetingId) {
        return ctx.selectFrom(INTEREST_DECLARATION).where(INTEREST_DECLARATION.MEETING_ID.eq(meetingId))
                .orderBy(INTEREST_DECLARATION.RECORDED_AT, INTEREST_DECLARATION.ID)
                .fetch(r -> new InterestDeclaration(r.getId(), r.getMeetingId(), r.getPersonId(), r.getAgendaItemId(), r.getInterestText(),
                        r.getRecordedAt()));
    }

    public InterestDeclaration insert(InterestDeclaration d) {
        InterestDeclarationRecord r = ctx.newRecord(INTEREST_DECLARATION);
        r.setMeetingId(d.meetingId());
        r.setPersonId(d.personId());
        r.setAgendaItemId(d.agendaItemId());
        r.setInterestText(d.text());
        r.setRecordedAt(d.recordedAt());
        r.store();
        return new InterestDeclaration(r.getId(), d.meetingId(), d.personId(), d.agendaItemId(), d.text(), d.recordedAt());
    }

    public void delete(long id) {
        ctx.deleteFrom(INTEREST_DECLARATION).where(INTEREST_DECLARATION.ID.eq(id)).execute();
    }
}
