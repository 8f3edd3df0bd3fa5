package org.hubdesk.domain.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ReviewKind;
import org.junit.jupiter.api.Test;

class DueListTest {
    // Wednesday 10 March 2027.
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private static DueItem item(LocalDate day, DueKind kind, String text) {
        return DueItem.of(day, kind, text, TODAY, DuePlace.MEETING, 1);
    }

    @Test
    void keepsOverdueAndTheWindowAndEveryNextMeetingSortedByDayThenKind() {
        DueItem old = item(TODAY.minusDays(30), DueKind.ACTION, "long overdue");
        DueItem today = item(TODAY, DueKind.PAPERS, "papers today");
        DueItem edge = item(TODAY.plusDays(7), DueKind.ACTION, "last day of the week");
        DueItem beyond = item(TODAY.plusDays(8), DueKind.ACTION, "next week");
        DueItem farMeeting = new DueItem(TODAY.plusDays(60), DueKind.MEETING, "board", false, DuePlace.MEETING, 9);
        DueItem sameDayClock = item(TODAY, DueKind.CLOCK, "clock today");

        List<DueItem> selected = DueList.select(List.of(beyond, farMeeting, edge, sameDayClock, today, old), TODAY, 7);

        assertThat(selected).containsExactly(old, today, sameDayClock, edge, farMeeting);
        assertThat(DueList.select(List.of(beyond), TODAY, 8)).containsExactly(beyond);
        assertThat(DueList.select(List.of(today, edge), TODAY, 0)).containsExactly(today);
        assertThatThrownBy(() -> DueList.select(List.of(), TODAY, -1)).isInstanceOf(UserInputException.class);
    }

    @Test
    void anOverdueItemSaysSoInItsTextAndTheLineHasTwoSpacesBetweenColumns() {
        DueItem late = item(TODAY.minusDays(1), DueKind.ACTION, "Action: re-audit");
        assertThat(late.overdue()).isTrue();
        assertThat(late.text()).isEqualTo("overdue: Action: re-audit");
        assertThat(late.line()).isEqualTo("2027-03-09  ACTION  overdue: Action: re-audit");
        DueItem onTime = item(TODAY, DueKind.ACTION, "Action: re-audit");
        assertThat(onTime.overdue()).isFalse();
        assertThat(onTime.line()).isEqualTo("2027-03-10  ACTION  Action: re-audit");
    }

    @Test
    void groupedUnderHomesHeadingsInKindOrder() {
        Map<DueKind, List<DueItem>> grouped = DueList.grouped(List.of(item(TODAY, DueKind.TERMS, "t"), item(TODAY, DueKind.PAPERS, "p"),
                item(TODAY.minusDays(2), DueKind.PAPERS, "q")));
        assertThat(grouped.keySet()).containsExactly(DueKind.PAPERS, DueKind.TERMS);
        assertThat(grouped.get(DueKind.PAPERS)).extracting(DueItem::text).containsExactly("overdue: q", "p");
    }

    @Test
    void meetingsGivePapersBeforeAndMinutesAfterOnlyWhileNotSent() {
        // Tuesday 16 March: papers due five working days before, Tuesday 9 March (yesterday).
        Meeting m = Meeting.planned(3, LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), "Civic Offices").withId(7);
        DueItem papers = DueItems.papers(m, "Learning Hub", TODAY).orElseThrow();
        assertThat(papers.line()).isEqualTo("2027-03-09  PAPERS  overdue: Papers for Learning Hub on 2027-03-16 (five working days before)");
        assertThat(papers.place()).isEqualTo(DuePlace.MEETING);
        assertThat(papers.targetId()).isEqualTo(7);
        assertThat(DueItems.papers(m.withPapersSent(TODAY), "Learning Hub", TODAY)).isEmpty();
        assertThat(DueItems.papers(m.withStatus(MeetingStatus.CANCELLED), "Learning Hub", TODAY)).isEmpty();
        assertThat(DueItems.minutes(m, "Learning Hub", TODAY)).as("not held yet").isEmpty();

        Meeting held = Meeting.planned(3, LocalDate.of(2027, 3, 1), LocalTime.of(10, 0), null).withId(8).withStatus(MeetingStatus.HELD);
        assertThat(DueItems.minutes(held, "Learning Hub", TODAY).orElseThrow().line())
                .isEqualTo("2027-03-15  MINUTES  Minutes of Learning Hub held on 2027-03-01 (within two weeks)");
        assertThat(DueItems.minutes(held.withMinutesSent(TODAY), "Learning Hub", TODAY)).isEmpty();
    }

    @Test
    void anActionNamesItsOwnerAndAgencyAndADoneOneIsNotDue() {
        ActionItem a = new ActionItem(5, "Re-audit strategy discussions", 2L, null, Timescale.ofDay(TODAY.minusDays(3)),
                ActionStatus.IN_PROGRESS, 0, null);
        ActionLogEntry e = new ActionLogEntry(a, "Sam Oakley", 4L, "Northbridge Constabulary", 7L, TODAY.minusDays(40), 3L,
                "Learning Hub", null);
        assertThat(DueItems.action(e, TODAY).orElseThrow().line()).isEqualTo("2027-03-07  ACTION  overdue: Action: Re-audit strategy "
                + "discussions – owner Sam Oakley (Northbridge Constabulary) [Learning Hub]");
        ActionLogEntry done = new ActionLogEntry(a.withStatus(ActionStatus.DONE, TODAY), "Sam Oakley", 4L, "Northbridge Constabulary",
                null, null, null, null, null);
        assertThat(DueItems.action(done, TODAY)).isEmpty();
    }

    @Test
    void aRapidReviewShowsBothRunningClocksWithDaysLeft() {
        // Received Monday 8 March: panel by Monday 15 (5 working days), report by Wednesday 31 (15; Easter 26 and 29 March).
        CaseReview r = CaseReview.draft(ReviewKind.RAPID_REVIEW, "Infant injuries", "Baby Q", LocalDate.of(2027, 3, 8), null, null)
                .withId(12);
        List<DueItem> clocks = DueItems.clocks(r, TODAY);
        assertThat(clocks).extracting(DueItem::line).containsExactly(
                "2027-03-15  CLOCK  National Panel notified by: Infant injuries (Baby Q) – 3 working days left",
                "2027-03-31  CLOCK  Rapid review report due: Infant injuries (Baby Q) – 13 working days left");
        assertThat(DueItems.clocks(r, LocalDate.of(2027, 3, 16)).get(0).text()).startsWith("overdue: ").endsWith("1 working day overdue");
    }

    @Test
    void impactReviewsAndTermsOfReference() {
        LearningRecord rec = LearningRecord.identified(LearningSourceKind.AUDIT, null, null, null, "Neglect audit",
                TODAY.minusMonths(4), null, null).withId(3).withImpact(new ImpactReview(Set.of(), null, TODAY.plusDays(2), null, null));
        assertThat(DueItems.impact(rec, TODAY).orElseThrow().line()).isEqualTo("2027-03-12  IMPACT  Impact review of learning 3: Neglect audit");
        assertThat(DueItems.impact(rec.withImpact(ImpactReview.none()), TODAY)).isEmpty();

        Group hub = new Group(2, "Learning Hub", GroupKind.LEARNING_HUB, null, "Monthly", 120, QuorumRule.STATUTORY_PARTNERS, null,
                TODAY.plusDays(5));
        assertThat(DueItems.terms(hub, TODAY).orElseThrow().line()).isEqualTo("2027-03-15  TERMS  Terms of reference of Learning Hub due for review");
    }

    @Test
    void theNextMeetingNamesThePartnersWithNoOneConfirmed() {
        Group hub = new Group(2, "Learning Hub", GroupKind.LEARNING_HUB, null, "Monthly", 120, QuorumRule.STATUTORY_PARTNERS, null, null);
        Meeting m = Meeting.planned(2, TODAY.plusDays(20), LocalTime.of(14, 0), null).withId(30);
        MeetingQuoracy.Status none = MeetingQuoracy.evaluate(QuorumRule.STATUTORY_PARTNERS, List.of(), Map.of());
        assertThat(DueItems.nextMeeting(m, hub, none, TODAY).line()).isEqualTo(
                "2027-03-30  MEETING  Next meeting of Learning Hub at 14:00 – quoracy at risk: no one confirmed from local authority, police, health");
        MeetingQuoracy.Status fine = MeetingQuoracy.evaluate(QuorumRule.NONE, List.of(), Map.of());
        assertThat(DueItems.nextMeeting(m, hub, fine, TODAY).text()).endsWith("quorate on the members confirmed so far");
    }
}
