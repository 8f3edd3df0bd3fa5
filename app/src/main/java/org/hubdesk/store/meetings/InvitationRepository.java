package org.hubdesk.store.meetings;

import static org.hubdesk.schema.Tables.MEETING;

import org.hubdesk.store.Repository;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** The SEQUENCE and fingerprint of the last invitation written for each meeting. */
public final class InvitationRepository extends Repository {
    public InvitationRepository(DSLContext ctx) {
        super(ctx);
    }

    public record LastSent(Integer sequence, String fingerprint) {
    }

    public LastSent lastSent(long meetingId) {
        Record2<Integer, String> r = ctx.select(MEETING.INVITATION_SEQUENCE, MEETING.INVITATION_FINGERPRINT).from(MEETING)
                .where(MEETING.ID.eq(meetingId)).fetchOne();
        return r == null ? new LastSent(null, null) : new LastSent(r.value1(), r.value2());
    }

    public void sent(long meetingId, int sequence, String fingerprint) {
        ctx.update(MEETING).set(MEETING.INVITATION_SEQUENCE, sequence).set(MEETING.INVITATION_FINGERPRINT, fingerprint)
                .where(MEETING.ID.eq(meetingId)).execute();
    }
}
