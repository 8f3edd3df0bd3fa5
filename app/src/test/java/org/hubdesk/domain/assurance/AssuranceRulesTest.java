package org.hubdesk.domain.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standards in the seed's words, the rating scale, the comparison with the last round and the exception rule. */
class AssuranceRulesTest {
    @Test
    void theStandardsAreTheSeedsInItsOrderAndWords() {
        assertThat(AuditKind.SECTION_11.standards()).hasSize(8).startsWith("Leadership and Accountability")
                .contains("Staff Induction, Training and Development", "Information Sharing, Communication and Confidentiality")
                .endsWith("Equality of Opportunity");
        assertThat(AuditKind.SECTION_175.standards()).hasSize(13).startsWith("Designated Safeguarding Lead")
                .contains("Multi-Agency Safeguarding Standards and Links with Key Agencies", "Allegations against staff")
                .endsWith("Single Central Record");
        assertThat(AuditKind.VCS.standards()).isEqualTo(AuditKind.SECTION_11.standards());
        assertThat(AuditKind.parse("section-175")).isEqualTo(AuditKind.SECTION_175);
        assertThatThrownBy(() -> AuditKind.SECTION_11.standard(9)).isInstanceOf(UserInputException.class).hasMessageContaining("1 to 8");
    }

    /** A blank cell (no expected rating) is no rating. */
    @ParameterizedTest
    @CsvSource({"3, MOSTLY_MET", "4.0, FULLY_MET", "2 Partly met, PARTLY_MET", "Not met, NOT_MET", "green, FULLY_MET", "' ',"})
    void aRatingIsReadAsANumberAWordOrAColour(String cell, SelfRating rating) {
        assertThat(SelfRating.parse(cell)).isEqualTo(rating);
    }

    @ParameterizedTest
    @CsvSource({"5, not 5", "excellent, not a rating"})
    void anythingElseIsRefusedSayingWhy(String cell, String why) {
        assertThatThrownBy(() -> SelfRating.parse(cell)).isInstanceOf(UserInputException.class).hasMessageContaining(why);
    }

    @Test
    void theOverviewComparesEachRatingWithTheLastRoundsAndListsWhoHasNotReturned() {
        AuditRound before = new AuditRound(1, AuditKind.SECTION_11, 2024, null, null);
        AuditRound now = new AuditRound(2, AuditKind.SECTION_11, 2026, null, null);
        List<SelfAssessment> last = List.of(assessment(1, "Police", 2, 3, 3, 3, 3, 3, 3, 3), assessment(1, "Council", 4, 4, 4, 4, 4, 4, 4, 4));
        List<SelfAssessment> current = List.of(assessment(2, "police", 3, 3, 2, 3, 3, 3, 3, 3),
                new SelfAssessment(0, 2, "Council", null, List.of()), assessment(2, "New Trust", 1, 1, 1, 1, 1, 1, 1, 1));
        AuditOverview o = AuditOverview.of(now, current, before, last);

        assertThat(o.notYetReturned()).containsExactly("Council");
        AuditOverview.Row police = o.rows().stream().filter(r -> r.organisation().equals("police")).findFirst().orElseThrow();
        assertThat(police.cells().get(0).change()).isEqualTo(RatingChange.IMPROVED);
        assertThat(police.cells().get(0).text()).isEqualTo("3 (+1)");
        assertThat(police.cells().get(2).text()).isEqualTo("2 (-1)");
        assertThat(police.cells().get(3).text()).isEqualTo("3 (=)");
        AuditOverview.Row fresh = o.rows().stream().filter(r -> r.organisation().equals("New Trust")).findFirst().orElseThrow();
        assertThat(fresh.cells().get(0).change()).isEqualTo(RatingChange.NEW);
        assertThat(fresh.cells().get(0).text()).isEqualTo("1");
        assertThat(o.changes()).extracting(AuditOverview.Change::change).containsExactly(RatingChange.DECLINED, RatingChange.IMPROVED);
        assertThat(o.changes().get(0).standard()).isEqualTo("Recruitment and Selection");
        assertThat(o.average(1)).isEqualTo(2.0);
    }

    @Test
    void aChallengePanelThatIsNotTheSeedsMakeUpIsWarnedAboutNotRefused() {
        ChallengePanel ok = new ChallengePanel(1, LocalDate.of(2026, 9, 1), List.of("A", "B", "C"), ChallengePanel.split("X; Y; Z"),
                List.of("Hub chair"), "Forum member", "Findings");
        assertThat(ok.warnings()).isEmpty();
        ChallengePanel thin = new ChallengePanel(1, null, List.of("A"), List.of(), List.of(), " ", null);
        assertThat(thin.warnings()).contains("1 agencies invited; the framework invites three",
                "No representative from the Young People's Safeguarding Forum yet");
    }

    @Test
    void quartersAreReadInTheWaysPeopleWriteThem() {
        assertThat(Quarter.parse("2026-04")).isEqualTo(Quarter.of(2026, 4));
        assertThat(Quarter.parse("2026 Q3")).isEqualTo(Quarter.of(2026, 7));
        assertThat(Quarter.parse("Q1 2027")).isEqualTo(Quarter.of(2027, 1));
        assertThat(Quarter.parse("Oct-Dec 2026")).isEqualTo(Quarter.of(2026, 10));
        assertThat(Quarter.of(2026, 4).label()).isEqualTo("Apr-Jun 2026");
        assertThatThrownBy(() -> Quarter.parse("2026-05")).hasMessageContaining("does not start a quarter");
        assertThatThrownBy(() -> Quarter.parse("spring")).hasMessageContaining("not a quarter");
        assertThat(Quarter.containing(YearMonth.of(2026, 12))).isEqualTo(Quarter.of(2026, 10));
    }

    @Test
    void anExceptionIsAMissedTargetOrAMoveOfMoreThanAFifthFromTheLastFourQuarters() {
        Indicator higher = new Indicator(1, "Visits on time", "0-2-year-olds", null, "%", Polarity.HIGHER_IS_BETTER, 90.0);
        List<IndicatorValue> values = series(1, 92, 93, 91, 94, 89);
        Quarter last = values.get(4).quarter();
        assertThat(PerformanceException.of(higher, values, last)).extracting(PerformanceException::reason)
                .containsExactly(PerformanceException.Reason.TARGET);
        assertThat(PerformanceException.of(higher, values, last).get(0).text()).isEqualTo("89% is below the target of 90%");

        Indicator lower = new Indicator(2, "Incidents", "Domestic abuse", null, null, Polarity.LOWER_IS_BETTER, null);
        List<IndicatorValue> up = series(2, 100, 100, 100, 100, 125);
        assertThat(PerformanceException.of(lower, up, up.get(4).quarter())).extracting(PerformanceException::reason)
                .containsExactly(PerformanceException.Reason.TREND);
        List<IndicatorValue> down = series(2, 100, 100, 100, 100, 60);
        assertThat(PerformanceException.of(lower, down, down.get(4).quarter())).isEmpty();
        Indicator neither = new Indicator(3, "Contacts", "Referrals to MASH and Early Help", null, null, Polarity.NEITHER, null);
        assertThat(PerformanceException.of(neither, down, down.get(4).quarter())).hasSize(1);
        // Fewer than four earlier quarters: no trend to compare with.
        assertThat(PerformanceException.of(lower, up.subList(1, 5), up.get(4).quarter())).isEmpty();
    }

    private static List<IndicatorValue> series(long id, double... v) {
        List<IndicatorValue> list = new ArrayList<>();
        Quarter q = Quarter.of(2025, 1);
        for (double d : v) {
            list.add(new IndicatorValue(id, q, d, null));
            q = q.next();
        }
        return list;
    }

    private static SelfAssessment assessment(long round, String name, int... scores) {
        List<StandardRating> r = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            r.add(StandardRating.of(i + 1, SelfRating.ofScore(scores[i]), "evidence"));
        }
        return new SelfAssessment(0, round, name, LocalDate.of(2026, 6, 1), r);
    }
}
