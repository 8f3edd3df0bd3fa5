package org.hubdesk.domain.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.RegisterEntry;

/**
 * A group's terms of reference as seeds 000 and 003 set them out: purpose, accountability (who it
 * reports to), frequency of meetings, quorum, membership and the date for next review, with the
 * reviews held so far (newest first).
 */
public record TermsOfReference(Group group, String reportsToName, String accountability, List<RegisterEntry> members,
                               List<TermsReview> reviews) {
    public TermsOfReference {
        members = List.copyOf(members);
        reviews = List.copyOf(reviews);
    }

    public LocalDate nextReview() {
        return group.termsReviewDate();
    }

    /** "review due 2027-03-15", "review overdue since 2027-03-01", "no review date set". */
    public String reviewStatus(LocalDate today) {
        LocalDate next = nextReview();
        if (next == null) {
            return "no review date set";
        }
        return next.isBefore(today) ? "review overdue since " + next : "review due " + next;
    }

    /** Accountability in words: the text recorded, else "Reports to the Partnership Board". */
    public String accountabilityText() {
        if (accountability != null) {
            return accountability;
        }
        return reportsToName == null ? "Not recorded" : "Reports to the " + reportsToName;
    }

    /** The terms as lines of text, in the seeds' order, for the command line and the screen. */
    public List<String> lines(LocalDate today) {
        List<String> out = new ArrayList<>();
        out.add("Terms of reference: " + group.name());
        out.add("Purpose: " + (group.purpose() == null ? "Not recorded" : group.purpose()));
        out.add("Accountability: " + accountabilityText());
        out.add("Frequency of meetings: " + (group.meetingFrequency() == null ? "Not recorded" : group.meetingFrequency())
                + (group.usualLengthMinutes() == null ? "" : ", usually " + group.usualLengthMinutes() + " minutes"));
        out.add("Quorum: " + group.quorumRule().description());
        List<RegisterEntry> current = members.stream().filter(e -> e.isCurrentOn(today)).toList();
        long core = current.stream().filter(RegisterEntry::core).count();
        out.add("Membership: " + core + " core, " + (current.size() - core) + " ad hoc");
        for (RegisterEntry e : current) {
            out.add("  " + e.agencyName() + " – " + (e.jobTitle() == null ? "" : e.jobTitle() + ", ") + e.personName()
                    + (e.core() ? "" : " (ad hoc)") + (e.role() == org.hubdesk.domain.members.MemberRole.MEMBER ? "" : " (" + e.role().label() + ")"));
        }
        out.add("Date for next review: " + (nextReview() == null ? "not set" : nextReview() + (nextReview().isBefore(today) ? " (overdue)" : "")));
        for (TermsReview r : reviews) {
            out.add("Reviewed " + r.reviewedOn() + ", next review set for " + r.nextReviewOn() + (r.note() == null ? "" : ": " + r.note()));
        }
        return out;
    }
}
