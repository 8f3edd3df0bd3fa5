package org.hubdesk.service.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.CarryOver;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.FreshDemoTest;
import org.junit.jupiter.api.Test;

/** Impact reviews falling due reach the next Forum meeting's agenda and the annual report. */
class LearningLoopFeedsForumAndAnnualReportTest extends FreshDemoTest {
    private static final String FORUM = "Multi-Agency Learning Forum";

    private static AgendaItem impactItem(MeetingDetail d) {
        return d.items().stream().filter(CarryOver::isImpactOfLearning).findFirst().orElseThrow();
    }

    @Test
    void aReviewFallingDueIsOnTheNextForumMeetingsImpactItemAndGoesOnceHeld() {
        LocalDate day = LocalDate.now().plusWeeks(6);
        LearningRecord r = services.learningTracker().add(LearningRecord.identified(
                org.hubdesk.domain.learning.LearningSourceKind.AUDIT, null, "MAA-9", "Assurance and Review Group",
                "Audit of strategy discussions", LocalDate.now().minusMonths(1), null, "Schools were seldom invited."));
        services.learningTracker().planImpactReview(r.id(), new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT), "Re-audit",
                day.plusWeeks(2), null, null));
        long forum = services.members().groupNamed(FORUM).id();
        MeetingDetail meeting = services.meetings().newMeeting(forum, day, LocalTime.of(10, 0), "Civic Offices");
        AgendaItem item = impactItem(meeting);
        assertThat(item.role()).isEqualTo(StandingRole.IMPACT_OF_LEARNING);
        assertThat(item.title()).isEqualTo("Evidencing impact of learning – updating the tracker");
        assertThat(item.subPoints()).anySatisfy(p -> assertThat(p).startsWith("Learning " + r.id() + ": Audit of strategy discussions")
                .contains("due " + day.plusWeeks(2)));

        services.learningTracker().recordImpactOutcome(r.id(), "Schools now invited in 9 of 10", day);
        MeetingDetail refreshed = services.meetings().refreshStandingItems(meeting.meeting().id());
        assertThat(impactItem(refreshed).subPoints()).noneSatisfy(p -> assertThat(p).startsWith("Learning " + r.id() + ":"));
    }

    @Test
    void theDemosNextForumMeetingListsItsOverdueReview() {
        long forum = services.members().groupNamed(FORUM).id();
        var next = services.meetings().meetings(forum).stream().filter(s -> !s.meeting().meetingDate().isBefore(LocalDate.now()))
                .findFirst().orElseThrow();
        List<String> lines = impactItem(services.meetings().meeting(next.meeting().id())).subPoints();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("(overdue)"));
    }

    @Test
    void theAnnualReportSaysWhatDifferenceTheReviewedLearningMade() {
        int year = PartnershipYear.containing(LocalDate.now(), 4).startYear();
        LearningTrackerService.TrackerLine reviewed = services.learningTracker().tracker().stream()
                .filter(l -> l.record().impact().reviewed()).findFirst().orElseThrow();
        Document doc = services.reports().build("annual-report", ReportScope.ofYear(year), LocalDate.now());
        List<Block> blocks = doc.blocks();
        int from = -1;
        int to = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h) {
                if (h.text().equals("4. What difference did it make?")) {
                    from = i;
                } else if (from >= 0 && i > from && to == blocks.size()) {
                    to = i;
                }
            }
        }
        assertThat(from).isNotNegative();
        String section = blocks.subList(from, to).toString();
        assertThat(section).contains(reviewed.record().impact().outcome()).contains("impact review of learning was held");
    }
}
