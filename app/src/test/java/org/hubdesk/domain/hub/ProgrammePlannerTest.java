package org.hubdesk.domain.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;

class ProgrammePlannerTest {
    private static final List<String> SCOPING = List.of(
            "Introductions",
            "Revisiting the learning model: sign-up, commitment and oversight",
            "Scoping current issues and challenges in system",
            "Presenting the delivery plan – first phase knowledge (impact measures/hope for future change, data, research, guidance)",
            "What do we need to know more about?",
            "Set up plans for audits and feedback events and agree any other next steps");
    private static final List<String> AUDITS = List.of("Single agency audits", "Multi-agency audits");
    private static final List<String> FEEDBACK = List.of("Feedback events for children, young people and families",
            "Feedback events for practitioners");
    private static final List<String> FINAL = List.of("Revisit the delivery plan – learning and change phase",
            "Hub does the final analysis and identifies the actions and recommendations to take forward");

    private static final List<String> APPENDIX_3_PRIORITIES = List.of(
            "Reduce the number of children and young people missing from home or care including those subjected to criminal and sexual exploitation",
            "Respond effectively to the mental ill health of parents so they are supported to give their children the best start",
            "Get basic child protection right");

    private final ProgrammePlanner planner = new ProgrammePlanner(HubSettings.DEFAULT);

    @Test
    void threePrioritiesFromOctober2018GiveAppendix3MonthByMonth() {
        List<PlannedCycle> planned = planner.plan(APPENDIX_3_PRIORITIES, YearMonth.of(2018, 10), YearMonth.of(2018, 9));

        assertThat(planned).extracting(p -> p.cycle().firstMonth() + ".." + p.cycle().lastMonth())
                .containsExactly("2018-10..2019-01", "2019-01..2019-04", "2019-04..2019-07");

        // Appendix 3, read as: priority number -> the activities it has that month.
        Map<YearMonth, Map<Integer, List<String>>> appendix3 = new LinkedHashMap<>();
        appendix3.put(YearMonth.of(2018, 10), Map.of(1, SCOPING));
        appendix3.put(YearMonth.of(2018, 11), Map.of(1, AUDITS));
        appendix3.put(YearMonth.of(2018, 12), Map.of(1, FEEDBACK));
        appendix3.put(YearMonth.of(2019, 1), Map.of(1, FINAL, 2, SCOPING));
        appendix3.put(YearMonth.of(2019, 2), Map.of(2, AUDITS));
        appendix3.put(YearMonth.of(2019, 3), Map.of(2, FEEDBACK));
        appendix3.put(YearMonth.of(2019, 4), Map.of(2, FINAL, 3, SCOPING));
        appendix3.put(YearMonth.of(2019, 5), Map.of(3, AUDITS));
        appendix3.put(YearMonth.of(2019, 6), Map.of(3, FEEDBACK));
        appendix3.put(YearMonth.of(2019, 7), Map.of(3, FINAL));

        List<Priority> priorities = new ArrayList<>();
        List<HubCycle> cycles = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            priorities.add(planned.get(i).priority().withId(i + 1));
            cycles.add(planned.get(i).cycle().withPriority(i + 1).withId(100 + i));
        }
        ProgrammeMonths months = ProgrammeMonths.of(priorities, cycles, YearMonth.of(2018, 10), YearMonth.of(2019, 7));
        Map<YearMonth, Map<Integer, List<String>>> actual = new LinkedHashMap<>();
        for (ProgrammeMonths.MonthRow row : months.rows()) {
            Map<Integer, List<String>> byPriority = new LinkedHashMap<>();
            for (ProgrammeMonths.Entry e : row.entries()) {
                byPriority.put((int) e.priority().id(), e.activities().stream().map(Activity::description).toList());
            }
            actual.put(row.month(), byPriority);
        }
        assertThat(actual).isEqualTo(appendix3);
        assertThat(planned).allSatisfy(p -> assertThat(p.cycle().phases()).flatExtracting(HubPhase::activities)
                .extracting(Activity::status).containsOnly(ActivityStatus.PLANNED));
        assertThat(planned).extracting(p -> p.priority().partnershipYear()).containsExactly(2018, 2018, 2018);
    }

    @Test
    void eachNextCycleScopesInThePreviousCyclesFinalMonth() {
        List<PlannedCycle> planned = planner.plan(List.of("A", "B"), YearMonth.of(2019, 3), YearMonth.of(2019, 1));
        HubCycle first = planned.get(0).cycle();
        HubCycle second = planned.get(1).cycle();
        assertThat(second.phases().get(0).kind()).isEqualTo(PhaseKind.SCOPING);
        assertThat(second.phases().get(0).firstMonth()).isEqualTo(first.phases().get(3).firstMonth());
        assertThat(first.phases().get(3).kind()).isEqualTo(PhaseKind.RECOMMENDATIONS);
    }

    @Test
    void aProgrammeRunsAcrossTheYearBoundary() {
        List<PlannedCycle> planned = planner.plan(List.of("Neglect", "Online harm"), YearMonth.of(2026, 11), YearMonth.of(2026, 11));
        assertThat(planned.get(0).cycle().phases()).extracting(HubPhase::firstMonth)
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2));
        assertThat(planned.get(1).cycle().firstMonth()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(planned.get(1).cycle().lastMonth()).isEqualTo(YearMonth.of(2027, 5));
        // With an April year start, February 2027 still belongs to 2026-27; May 2027 would not.
        assertThat(planned).extracting(p -> p.priority().partnershipYear()).containsExactly(2026, 2026);
    }

    @Test
    void customPhaseLengthsStretchTheCyclesAndKeepTheStagger() {
        ProgrammePlanner longer = new ProgrammePlanner(new HubSettings(new PhaseLengths(1, 2, 2, 1), 4));
        List<PlannedCycle> planned = longer.plan(List.of("A", "B", "C"), YearMonth.of(2027, 4), YearMonth.of(2027, 1));
        HubCycle a = planned.get(0).cycle();
        assertThat(a.phases()).extracting(p -> p.kind() + " " + p.firstMonth() + ".." + p.lastMonth()).containsExactly(
                "Initial scoping 2027-04..2027-04",
                "Single- and multi-agency audits 2027-05..2027-06",
                "Feedback from children, young people, families and practitioners 2027-07..2027-08",
                "Agreeing recommendations and actions 2027-09..2027-09");
        assertThat(planned).extracting(p -> p.cycle().firstMonth().toString())
                .containsExactly("2027-04", "2027-09", "2028-02");
        // Two or three thematic hubs a year, as seed 002 runs them.
        assertThat(planned.get(2).cycle().lastMonth()).isEqualTo(YearMonth.of(2028, 7));
    }

    @Test
    void aStaggeredProgrammeHasNoConflictsOfItsOwn() {
        ProgrammePlanner longer = new ProgrammePlanner(new HubSettings(new PhaseLengths(2, 1, 3, 2), 4));
        List<PlannedCycle> planned = longer.plan(List.of("A", "B", "C", "D"), YearMonth.of(2027, 4), YearMonth.of(2027, 4));
        List<HubCycle> cycles = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            cycles.add(planned.get(i).cycle().withId(i + 1).withLead(7L));
        }
        assertThat(new ConflictDetector(id -> "P" + id).detect(cycles, YearMonth.of(2027, 4))).isEmpty();
    }

    @Test
    void theProgrammeOf2018To19PlannedInDecember2026IsRecordedDoneWithAWarning() {
        YearMonth now = YearMonth.of(2026, 12);
        List<PlannedCycle> planned = planner.plan(APPENDIX_3_PRIORITIES, YearMonth.of(2018, 10), now);

        assertThat(planned).extracting(p -> p.cycle().firstMonth() + ".." + p.cycle().lastMonth())
                .containsExactly("2018-10..2019-01", "2019-01..2019-04", "2019-04..2019-07");
        assertThat(planned).flatExtracting(p -> p.cycle().phases()).extracting(HubPhase::status).containsOnly(ActivityStatus.DONE);
        assertThat(ProgrammePlanner.pastWarning(planned, now)).contains("Warning: the programme starts in 2018-10, in the past;"
                + " 12 of its 12 phases ended before 2026-12 and are recorded as done");
    }

    @Test
    void aProgrammeUnderWayHasOnlyItsFinishedPhasesDone() {
        YearMonth now = YearMonth.of(2027, 2);
        List<PlannedCycle> planned = planner.plan(List.of("A", "B"), YearMonth.of(2026, 12), now);

        assertThat(planned.get(0).cycle().phases()).extracting(HubPhase::status)
                .containsExactly(ActivityStatus.DONE, ActivityStatus.DONE, ActivityStatus.PLANNED, ActivityStatus.PLANNED);
        assertThat(planned.get(1).cycle().phases()).extracting(HubPhase::status).containsOnly(ActivityStatus.PLANNED);
        assertThat(ProgrammePlanner.pastWarning(planned, now)).get().asString().contains("2 of its 8 phases ended before 2027-02");
        List<PlannedCycle> future = planner.plan(List.of("A"), YearMonth.of(2027, 2), now);
        assertThat(ProgrammePlanner.pastWarning(future, now)).isEmpty();
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThatThrownBy(() -> planner.plan(List.of("A"), YearMonth.of(2002, 1), YearMonth.of(2026, 11)))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The start month 2002-01 is more than 20 years in the past; start in 2006-11 or later");
        assertThatThrownBy(() -> planner.plan(List.of(), YearMonth.of(2027, 1), YearMonth.of(2026, 11)))
                .hasMessage("Name at least one priority for the programme");
        assertThatThrownBy(() -> planner.plan(List.of("Neglect", " neglect "), YearMonth.of(2027, 1), YearMonth.of(2026, 11)))
                .hasMessage("The priority 'neglect' is named twice");
        assertThatThrownBy(() -> planner.plan(List.of("  "), YearMonth.of(2027, 1), YearMonth.of(2026, 11)))
                .hasMessage("A priority needs a title");
        assertThatThrownBy(() -> new PhaseLengths(1, 0, 1, 1))
                .hasMessage("The phase 'Single- and multi-agency audits' must last at least one month, not 0");
        assertThatThrownBy(() -> new HubSettings(PhaseLengths.ONE_MONTH_EACH, 13))
                .hasMessage("The partnership year must start in a month from 1 to 12, not 13");
    }

    @Test
    void aProgrammeStartedRecentlyCanStillBeRecorded() {
        assertThat(planner.plan(List.of("A"), YearMonth.of(2025, 11), YearMonth.of(2026, 11))).hasSize(1);
    }
}
