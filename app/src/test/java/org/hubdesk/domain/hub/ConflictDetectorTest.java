package org.hubdesk.domain.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {
    private static final Map<Long, String> TITLES = Map.of(1L, "Neglect", 2L, "Online harm", 3L, "Missing children");
    private final ConflictDetector detector = new ConflictDetector(TITLES::get);

    private static HubCycle cycle(long id, long priority, YearMonth start) {
        return HubCycle.standard(priority, start, PhaseLengths.ONE_MONTH_EACH).withId(id).withLead(99L);
    }

    @Test
    void twoAuditProgrammesInOneMonthAreAConflict() {
        HubCycle a = cycle(10, 1, YearMonth.of(2027, 1));
        HubCycle b = cycle(11, 2, YearMonth.of(2027, 1));
        List<Conflict> found = detector.detect(List.of(a, b), YearMonth.of(2026, 12));
        assertThat(found).extracting(Conflict::message).containsExactly(
                "'Neglect' and 'Online harm' are both in initial scoping in 2027-01",
                "'Neglect' and 'Online harm' are both in single- and multi-agency audits in 2027-02",
                "'Neglect' and 'Online harm' are both in feedback from children, young people, families and practitioners in 2027-03",
                "'Neglect' and 'Online harm' are both in agreeing recommendations and actions in 2027-04");
        assertThat(found).allSatisfy(c -> assertThat(c.cycleIds()).containsExactly(10L, 11L));
    }

    @Test
    void scopingTheNextPriorityInTheFinalMonthOfThePreviousIsAppendix3NotAConflict() {
        HubCycle a = cycle(10, 1, YearMonth.of(2018, 10));
        HubCycle b = cycle(11, 2, YearMonth.of(2019, 1));
        HubCycle c = cycle(12, 3, YearMonth.of(2019, 4));
        assertThat(detector.detect(List.of(a, b, c), YearMonth.of(2018, 9))).isEmpty();
    }

    @Test
    void oneMonthLaterTheStaggerBecomesAClash() {
        HubCycle a = cycle(10, 1, YearMonth.of(2018, 10)).withPhaseLength(1, 2);
        HubCycle b = cycle(11, 2, YearMonth.of(2018, 11));
        List<Conflict> found = detector.detect(List.of(a, b), YearMonth.of(2018, 9));
        assertThat(found).extracting(Conflict::kind).containsOnly(Conflict.Kind.SAME_PHASE_AT_ONCE);
        assertThat(found).extracting(Conflict::message)
                .contains("'Neglect' and 'Online harm' are both in single- and multi-agency audits in 2018-12");
    }

    @Test
    void aLongSharedPhaseIsOneConflictWithItsRange() {
        HubCycle a = cycle(10, 1, YearMonth.of(2027, 1)).withPhaseLength(1, 4);
        HubCycle b = cycle(11, 2, YearMonth.of(2027, 2)).withPhaseLength(0, 2).withPhaseLength(1, 3);
        List<Conflict> found = detector.detect(List.of(b, a), YearMonth.of(2026, 12));
        assertThat(found).extracting(Conflict::message)
                .contains("'Neglect' and 'Online harm' are both in single- and multi-agency audits from 2027-04 to 2027-05");
    }

    @Test
    void aCycleWithNoLeadIsFlagged() {
        HubCycle a = cycle(10, 3, YearMonth.of(2027, 1)).withLead(null);
        assertThat(detector.detect(List.of(a), YearMonth.of(2026, 12))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.NO_LEAD);
            assertThat(c.message()).isEqualTo("'Missing children' has no lead: one of the safeguarding partners should nominate one");
        });
    }

    @Test
    void aPhaseInThePastStillPlannedIsFlaggedUntilItsActivitiesMove() {
        HubCycle a = cycle(10, 1, YearMonth.of(2026, 8));
        List<Conflict> found = detector.detect(List.of(a), YearMonth.of(2026, 10));
        assertThat(found).extracting(Conflict::message).containsExactly(
                "'Neglect': scoping ended 2026-08 but 6 of its 6 activities are still planned",
                "'Neglect': audits ended 2026-09 but 2 of its 2 activities are still planned");

        HubPhase scoping = a.phases().get(0);
        HubCycle progressed = a.withActivities(0, scoping.activities().stream().map(x -> x.withStatus(ActivityStatus.DONE)).toList())
                .withActivities(1, a.phases().get(1).activities().stream().map(x -> x.withStatus(ActivityStatus.IN_PROGRESS)).toList());
        assertThat(detector.detect(List.of(progressed), YearMonth.of(2026, 10))).isEmpty();
        // The current month's phase is not yet "in the past".
        assertThat(detector.detect(List.of(a), YearMonth.of(2026, 8))).isEmpty();
    }
}
