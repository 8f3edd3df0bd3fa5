package org.hubdesk.domain.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ReviewClock;

/**
 * Turns each area's records into the due items Home lists, in the words of the area: the
 * meetings' deadlines ({@link MeetingDeadlines}), the action log's timescales, the case reviews'
 * statutory clocks ({@link ReviewClock}), the tracker's impact reviews, the groups' terms of
 * reference review dates and the quorum rule. No rule is re-implemented here, only worded.
 */
public final class DueItems {
    /** Descriptions are cut to this many characters so a line stays a line. */
    static final int TEXT_LIMIT = 90;

    private DueItems() {
    }

    /** Papers not yet sent for a meeting still to come (not cancelled). */
    public static Optional<DueItem> papers(Meeting m, String groupName, LocalDate today) {
        if (m.status() == MeetingStatus.CANCELLED || m.papersSentOn() != null || m.meetingDate().isBefore(today)
                || m.status() == MeetingStatus.HELD) {
            return Optional.empty();
        }
        MeetingDeadlines d = MeetingDeadlines.of(m.meetingDate());
        return Optional.of(DueItem.of(d.papersDue(), DueKind.PAPERS,
                "Papers for " + groupName + " on " + m.meetingDate() + " (five working days before)", today, DuePlace.MEETING, m.id()));
    }

    /** Minutes not yet sent for a meeting that was held. */
    public static Optional<DueItem> minutes(Meeting m, String groupName, LocalDate today) {
        if (m.status() != MeetingStatus.HELD || m.minutesSentOn() != null) {
            return Optional.empty();
        }
        MeetingDeadlines d = MeetingDeadlines.of(m.meetingDate());
        return Optional.of(DueItem.of(d.minutesDue(), DueKind.MINUTES,
                "Minutes of " + groupName + " held on " + m.meetingDate() + " (within two weeks)", today, DuePlace.MEETING, m.id()));
    }

    /** An action not done with a timescale: "Re-audit ... – owner Sam Lee (Northbridge Constabulary)". */
    public static Optional<DueItem> action(ActionLogEntry e, LocalDate today) {
        if (e.action().status() == ActionStatus.DONE || e.action().timescale() == null) {
            return Optional.empty();
        }
        String owner = e.owner().isBlank() ? "no owner" : "owner " + e.owner();
        if (e.agencyName() != null) {
            owner += " (" + e.agencyName() + ")";
        }
        String where = e.groupName() == null ? "" : " [" + e.groupName() + "]";
        return Optional.of(DueItem.of(e.action().timescale().dueBy(), DueKind.ACTION,
                "Action: " + shorten(e.action().description()) + " – " + owner + where, today, DuePlace.ACTION_LOG, e.action().id()));
    }

    /** Each statutory clock of an open review not yet met: "Rapid review report due: Baby Q – 3 working days left". */
    public static List<DueItem> clocks(CaseReview r, LocalDate today) {
        List<DueItem> out = new ArrayList<>();
        if (!r.status().open() || r.received() == null) {
            return out;
        }
        for (ReviewClock c : r.clocks()) {
            if (c.doneOn() != null) {
                continue;
            }
            String ref = r.caseReference() == null ? "" : " (" + r.caseReference() + ")";
            out.add(new DueItem(c.dueOn(), DueKind.CLOCK, c.label() + ": " + shorten(r.title()) + ref + " – " + c.describe(today),
                    c.overdue(today), DuePlace.CASE_REVIEW, r.id()));
        }
        return out;
    }

    /** An impact review planned and not yet held. */
    public static Optional<DueItem> impact(LearningRecord record, LocalDate today) {
        ImpactReview i = record.impact();
        if (!i.planned() || i.reviewed()) {
            return Optional.empty();
        }
        return Optional.of(DueItem.of(i.dueOn(), DueKind.IMPACT, "Impact review of learning " + record.id() + ": "
                + shorten(record.activity()), today, DuePlace.LEARNING, record.id()));
    }

    /** A group's terms of reference falling due for review ("Date for next review", seeds 000 and 003). */
    public static Optional<DueItem> terms(Group g, LocalDate today) {
        if (g.termsReviewDate() == null) {
            return Optional.empty();
        }
        return Optional.of(DueItem.of(g.termsReviewDate(), DueKind.TERMS,
                "Terms of reference of " + g.name() + " due for review", today, DuePlace.GROUP, g.id()));
    }

    /**
     * A group's next meeting with its quoracy risk: under the group's quorum rule, judged on the
     * members recorded so far as attending (in person or by deputy); for the statutory partners
     * rule a partner with no one confirmed is named.
     */
    public static DueItem nextMeeting(Meeting m, Group g, MeetingQuoracy.Status quoracy, LocalDate today) {
        String risk;
        if (g.quorumRule() == QuorumRule.NONE) {
            risk = "no quorum rule";
        } else if (quoracy.quorate()) {
            risk = "quorate on the members confirmed so far";
        } else if (g.quorumRule() == QuorumRule.STATUTORY_PARTNERS) {
            risk = "quoracy at risk: no one confirmed from " + String.join(", ", quoracy.result().missing());
        } else {
            risk = "quoracy at risk: " + String.join(", ", quoracy.result().missing()) + " still to confirm";
        }
        return new DueItem(m.meetingDate(), DueKind.MEETING,
                "Next meeting of " + g.name() + " at " + m.startsAt() + " – " + risk, false, DuePlace.MEETING, m.id());
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= TEXT_LIMIT ? one : one.substring(0, TEXT_LIMIT - 1).strip() + "…";
    }
}
