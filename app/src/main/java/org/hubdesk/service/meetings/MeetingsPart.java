package org.hubdesk.service.meetings;

import java.time.Clock;
import java.time.LocalDateTime;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.meetings.MeetingRepository;
import org.jooq.DSLContext;

/**
 * What {@link MeetingService} and its parts (planning, chair's records, exports) share besides the store and the
 * clock: now to the second, reading a meeting whole, and one transaction over a meeting that must exist.
 */
abstract class MeetingsPart extends DatedService {
    MeetingsPart(Database database, Clock clock) {
        super(database, clock);
    }

    /** Now to the second, as decisions, notes and the live clock record it. */
    LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    MeetingDetail load(DSLContext ctx, long meetingId) {
        return MeetingLoader.load(ctx, meetingId, today());
    }

    /** Work on one meeting in its own transaction: the meeting as stored, with its repository. */
    interface MeetingWork<T> {
        T apply(DSLContext ctx, MeetingRepository repo, Meeting meeting);
    }

    /** One transaction over a meeting that must exist ("There is no meeting with id N" otherwise). */
    <T> T onMeeting(long meetingId, MeetingWork<T> work) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            return work.apply(ctx, repo, MeetingLoader.requireMeeting(repo, meetingId));
        });
    }
}
