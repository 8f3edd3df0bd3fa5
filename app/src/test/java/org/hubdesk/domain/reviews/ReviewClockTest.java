package org.hubdesk.domain.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;

/** The statutory clocks on the England and Wales calendar; every expected date worked out by hand below. */
class ReviewClockTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void acrossChristmasWithABoxingDaySubstitute() {
        // Received Wed 23 Dec 2026. Christmas Fri 25 Dec; Boxing Day Sat 26 so its substitute is Mon 28 Dec;
        // New Year's Day Fri 1 Jan 2027. Working days: Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5).
        LocalDate received = d("2026-12-23");
        assertThat(ClockKind.NATIONAL_PANEL.dueOn(received)).isEqualTo(d("2027-01-04"));
        // Then Tue 5 (6), Wed 6 (7), Thu 7 (8), Fri 8 (9), Mon 11 (10), Tue 12 .. Fri 15 (11-14), Mon 18 (15).
        assertThat(ClockKind.RAPID_REVIEW_REPORT.dueOn(received)).isEqualTo(d("2027-01-18"));
        // Three weeks of calendar days: 23 Dec + 21 = 13 Jan, holidays or not.
        assertThat(ClockKind.SINGLE_AGENCY_REVIEW.dueOn(received)).isEqualTo(d("2027-01-13"));
    }

    @Test
    void acrossChristmasAndNewYearAllAtWeekends() {
        // Received Fri 24 Dec 2027. Christmas Sat 25 and Boxing Day Sun 26 are taken Mon 27 and Tue 28;
        // New Year's Day Sat 1 Jan 2028 is taken Mon 3 Jan. Wed 29 (1), Thu 30 (2), Fri 31 (3), Tue 4 (4), Wed 5 (5).
        LocalDate received = d("2027-12-24");
        assertThat(ClockKind.NATIONAL_PANEL.dueOn(received)).isEqualTo(d("2028-01-05"));
        // Thu 6 (6), Fri 7 (7), Mon 10 .. Fri 14 (8-12), Mon 17 (13), Tue 18 (14), Wed 19 (15).
        assertThat(ClockKind.RAPID_REVIEW_REPORT.dueOn(received)).isEqualTo(d("2028-01-19"));
    }

    @Test
    void acrossEaster() {
        // Easter Sunday 2027 is 28 March: Good Friday 26 March, Easter Monday 29 March.
        // Received Thu 25 Mar: Tue 30 (1), Wed 31 (2), Thu 1 Apr (3), Fri 2 (4), Mon 5 (5).
        LocalDate received = d("2027-03-25");
        assertThat(ClockKind.NATIONAL_PANEL.dueOn(received)).isEqualTo(d("2027-04-05"));
        // Tue 6 .. Fri 9 (6-9), Mon 12 .. Fri 16 (10-14), Mon 19 (15).
        assertThat(ClockKind.RAPID_REVIEW_REPORT.dueOn(received)).isEqualTo(d("2027-04-19"));
    }

    @Test
    void dayOneIsTheFirstWorkingDayAfterTheDayReceivedEvenWhenReceivedAtAWeekend() {
        // Received Sat 6 Mar 2027: Mon 8 (1), Tue 9 (2), Wed 10 (3), Thu 11 (4), Fri 12 (5).
        assertThat(ClockKind.NATIONAL_PANEL.dueOn(d("2027-03-06"))).isEqualTo(d("2027-03-12"));
        // Received Mon 8 Mar: the day itself does not count, so Tue 9 (1) .. Mon 15 (5).
        assertThat(ClockKind.NATIONAL_PANEL.dueOn(d("2027-03-08"))).isEqualTo(d("2027-03-15"));
    }

    @Test
    void trafficLightAndDaysLeftCountWorkingDays() {
        // National Panel clock of a referral received 23 Dec 2026, due Mon 4 Jan 2027.
        ReviewClock clock = ReviewClock.of(ClockKind.NATIONAL_PANEL, d("2026-12-23"), null);
        // From Thu 24 Dec: Tue 29, Wed 30, Thu 31, Mon 4 are left.
        assertThat(clock.daysLeft(d("2026-12-24"))).isEqualTo(4);
        assertThat(clock.light(d("2026-12-24"))).isEqualTo(TrafficLight.GREEN);
        assertThat(clock.describe(d("2026-12-24"))).isEqualTo("4 working days left");
        // From Thu 31 Dec only Mon 4 is left.
        assertThat(clock.daysLeft(d("2026-12-31"))).isEqualTo(1);
        assertThat(clock.light(d("2026-12-31"))).isEqualTo(TrafficLight.AMBER);
        assertThat(clock.describe(d("2027-01-04"))).isEqualTo("due today");
        // Tue 5 Jan is one working day late; Sat 9 Jan four (Tue 5 .. Fri 8).
        assertThat(clock.light(d("2027-01-05"))).isEqualTo(TrafficLight.RED);
        assertThat(clock.describe(d("2027-01-05"))).isEqualTo("1 working day overdue");
        assertThat(clock.daysLeft(d("2027-01-09"))).isEqualTo(-4);
    }

    @Test
    void aClockDoneInTimeIsMetAndOneDoneLateIsMissed() {
        LocalDate received = d("2026-12-23");
        assertThat(ReviewClock.of(ClockKind.NATIONAL_PANEL, received, d("2027-01-04")).light(d("2027-03-01"))).isEqualTo(TrafficLight.MET);
        assertThat(ReviewClock.of(ClockKind.NATIONAL_PANEL, received, d("2027-01-05")).light(d("2027-03-01")))
                .isEqualTo(TrafficLight.MISSED);
        // The single agency clock counts calendar days: due 13 Jan, so on 10 Jan three days are left.
        ReviewClock single = ReviewClock.of(ClockKind.SINGLE_AGENCY_REVIEW, received, null);
        assertThat(single.describe(d("2027-01-10"))).isEqualTo("3 days left");
    }

    @Test
    void eachKindRunsItsOwnClocks() {
        CaseReview rapid = CaseReview.draft(ReviewKind.RAPID_REVIEW, "Referral", "Child T", d("2027-03-25"), null, null);
        assertThat(rapid.clocks()).extracting(ReviewClock::label).containsExactly("National Panel notified by", "Rapid review report due");
        assertThat(rapid.status()).isEqualTo(ReviewStatus.REFERRED);
        CaseReview single = CaseReview.draft(ReviewKind.SINGLE_AGENCY, "Letter", null, d("2027-03-25"), null, null);
        assertThat(single.clocks()).extracting(ReviewClock::label).containsExactly("Review due");
        assertThat(CaseReview.draft(ReviewKind.SERIOUSLY_GOOD, "Good", null, d("2027-03-25"), null, null).clocks()).isEmpty();
        assertThat(rapid.overdue(d("2027-04-06"))).isTrue();
        assertThat(rapid.overdue(d("2027-04-05"))).isFalse();
    }

    @Test
    void kindsParseFromTheCommandLineWords() {
        assertThat(ReviewKind.parse("rapid-review")).isEqualTo(ReviewKind.RAPID_REVIEW);
        assertThat(ReviewKind.parse("LCSPR")).isEqualTo(ReviewKind.LCSPR);
        assertThat(ReviewKind.parse("led-elsewhere")).isEqualTo(ReviewKind.LED_ELSEWHERE);
        assertThatThrownBy(() -> ReviewKind.parse("audit")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("rapid-review, single-agency, lcspr, seriously-good");
    }

    @Test
    void aCaseReferenceThatLooksLikeAFullNameIsWarnedNotRefused() {
        assertThat(CaseReference.nameWarning("Jane Smith")).contains("looks like a full name");
        assertThat(CaseReference.nameWarning("Mary-Ann O'Neill")).isNotNull();
        assertThat(CaseReference.nameWarning("Child T")).isNull();
        assertThat(CaseReference.nameWarning("Baby Boy")).isNull();
        assertThat(CaseReference.nameWarning("OSCP 2027/04")).isNull();
        assertThat(CaseReference.nameWarning("Jane")).isNull();
        assertThat(CaseReference.nameWarning(null)).isNull();
    }

    @Test
    void theLcsprDecisionAnswersAllEightCriteriaInTheSeedsWords() {
        LcsprDecision decision = new LcsprDecision(d("2027-04-20"), List.of(
                new CriterionAnswer(LcsprCriterion.WORKING_TOGETHER, true, "health and police did not share the referral"),
                new CriterionAnswer(LcsprCriterion.MORE_THAN_ONE_AREA, true, null)), ReviewOutcome.LCSPR);
        assertThat(decision.answers()).hasSize(8);
        assertThat(decision.criteriaMet()).isEqualTo(2);
        assertThat(decision.consistencyWarning()).isNull();
        List<String> record = decision.recordLines("Referral 4", "Child T");
        assertThat(record).contains("[x] highlights or may highlight concerns regarding two or more organisations or agencies working "
                + "together effectively to safeguard and promote the welfare of children (health and police did not share the referral)");
        assertThat(record).contains("[ ] the case may raise issues relating to safeguarding or promoting the welfare of children in "
                + "institutional settings");
        assertThat(record).contains("Outcome: Local child safeguarding practice review", "Criteria met: 2 of 8");
        assertThat(new LcsprDecision(d("2027-04-20"), List.of(), ReviewOutcome.LCSPR).consistencyWarning()).contains("no criterion");
    }
}
