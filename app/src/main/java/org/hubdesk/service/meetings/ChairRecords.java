package org.hubdesk.service.meetings;

import java.time.Clock;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaReplan;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.domain.meetings.MeetingPace;
import org.hubdesk.domain.meetings.Replan;
import org.hubdesk.store.Database;
import org.hubdesk.store.meetings.DeclarationRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.meetings.ReplanRepository;

/**
 * What the chair records besides decisions, notes and actions: declarations of interest and
 * re-plans of a late meeting. Each is its own committed transaction, like every live capture.
 */
final class ChairRecords extends MeetingsPart {
    ChairRecords(Database database, Clock clock) {
        super(database, clock);
    }

    InterestDeclaration declareInterest(long meetingId, long personId, Long agendaItemId, String text) {
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            if (!d.registerNames().containsKey(personId)) {
                throw new UserInputException("Only a member of " + d.group().name() + " (or a named deputy) can declare an interest here");
            }
            Long item = MeetingLoader.checkItem(new MeetingRepository(ctx), meetingId, agendaItemId);
            return new DeclarationRepository(ctx).insert(new InterestDeclaration(0, meetingId, personId, item, text, now()));
        });
    }

    void withdrawDeclaration(long declarationId) {
        database.run(ctx -> new DeclarationRepository(ctx).delete(declarationId));
    }

    /** The re-plan the chair would confirm now: what it would shorten to keep the planned end. */
    AgendaReplan proposeReplan(long meetingId) {
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            MeetingPace pace = d.pace(now()).orElseThrow(() -> new UserInputException("Start the meeting before re-planning it"));
            return AgendaReplan.plan(d.items(), d.indexOf(d.meeting().currentItemId()), pace.overrunMinutes());
        });
    }

    /**
     * Applies the re-plan the chair confirmed (for {@code overrunMinutes}, as shown), shortening the
     * remaining discussion items, and records it for the minutes. Nothing is recorded if nothing changes.
     */
    AgendaReplan replan(long meetingId, int overrunMinutes) {
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            if (d.meeting().currentItemId() == null || d.meeting().endedAt() != null) {
                throw new UserInputException("Re-planning is for a meeting under way: start it in live mode first");
            }
            AgendaReplan plan = AgendaReplan.plan(d.items(), d.indexOf(d.meeting().currentItemId()), overrunMinutes);
            if (!plan.changesAnything()) {
                return plan;
            }
            MeetingRepository repo = new MeetingRepository(ctx);
            for (AgendaItem item : plan.apply(d.items())) {
                repo.updateItem(item);
            }
            new ReplanRepository(ctx).insert(new Replan(0, meetingId, d.meeting().currentItemId(), now(), d.plannedEnd(), plan.summary()));
            return plan;
        });
    }
}
