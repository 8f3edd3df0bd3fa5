package org.hubdesk.domain.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003 Appendix I item 3: the reviews the Forum notes, under the agenda's own headings. */
class ForumReviewNotesTest {
    static final LocalDate MEETING = LocalDate.of(2027, 3, 10);
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    static CaseReview review(long id, ReviewKind kind, String title, LocalDate received) {
        return CaseReview.draft(kind, title, "CR-" + id, received, null, null).withId(id);
    }

    static CaseReview ledBy(CaseReview r, String who) {
        return new CaseReview(r.id(), r.kind(), r.status(), r.title(), null, r.received(), null, null, null, null, null, null, null,
                null, null, who, r.learning());
    }

    @Test
    void reviewsLedElsewhereAreDhrsOrSarsByTheirTitleOrLead() {
        CaseReview dhr = ledBy(review(1, ReviewKind.LED_ELSEWHERE, "Review of a death, demo 1", TODAY), "Community Safety Partnership");
        CaseReview sar = review(2, ReviewKind.LED_ELSEWHERE, "Safeguarding adults review (SAR), demo 2", TODAY);
        CaseReview other = ledBy(review(3, ReviewKind.LED_ELSEWHERE, "Neighbouring partnership's review", TODAY), "Another partnership");
        assertThat(ForumReviewNotes.headingOf(dhr)).isEqualTo(ForumReviewNotes.Heading.DHR);
        assertThat(ForumReviewNotes.headingOf(sar)).isEqualTo(ForumReviewNotes.Heading.SAR);
        assertThat(ForumReviewNotes.headingOf(other)).isEqualTo(ForumReviewNotes.Heading.OTHER_ELSEWHERE);
        assertThat(ForumReviewNotes.headingOf(review(4, ReviewKind.LCSPR, "x", TODAY))).isEqualTo(ForumReviewNotes.Heading.CSPR);
    }

    @Test
    void linesFollowTheAgendasHeadingsAndSayNoneWhenAHeadingIsEmpty() {
        CaseReview rapid = review(5, ReviewKind.RAPID_REVIEW, "Neglect, infant", LocalDate.of(2027, 2, 22));
        CaseReview sar = review(6, ReviewKind.LED_ELSEWHERE, "Safeguarding adults review (SAR), demo 2", LocalDate.of(2026, 12, 1));
        List<String> lines = ForumReviewNotes.lines(List.of(rapid, sar), MEETING, TODAY);
        assertThat(lines).containsExactly(
                "Domestic Homicide Reviews: none current",
                "Safeguarding Adults Reviews: CR-6: Safeguarding adults review (SAR), demo 2 – in progress",
                "Child Safeguarding Practice Reviews: Rapid review, CR-5: Neglect, infant – referred; "
                        + rapid.nextClock().label() + ": " + rapid.nextClock().describe(TODAY));
    }

    @Test
    void aFinishedReviewIsNotedWhileItsLearningIsRecentAndAReferralAfterTheMeetingIsNot() {
        CaseReview done = new CaseReview(7, ReviewKind.SINGLE_AGENCY, ReviewStatus.COMPLETED, "School attendance", null,
                LocalDate.of(2027, 1, 4), null, null, null, null, LocalDate.of(2027, 1, 20), null, null, null, null, null,
                "Attendance officers were not told of the child protection plan.");
        CaseReview later = review(8, ReviewKind.RAPID_REVIEW, "Later referral", MEETING.plusDays(1));
        assertThat(ForumReviewNotes.noted(done, MEETING)).isTrue();
        assertThat(ForumReviewNotes.noted(done, LocalDate.of(2027, 4, 21))).isFalse();
        assertThat(ForumReviewNotes.noted(later, MEETING)).isFalse();
        assertThat(ForumReviewNotes.lines(List.of(done), MEETING, TODAY))
                .contains("Child Safeguarding Practice Reviews: Single agency review, School attendance – completed; "
                        + "learning: Attendance officers were not told of the child protection plan.");
    }
}
