package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.PartnershipYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.junit.jupiter.api.Test;

class HubCycleTest {
    private final HubCycle cycle = HubCycle.standard(1, YearMonth.of(2027, 1), PhaseLengths.ONE_MONTH_EACH);

    private static String months(HubCycle c) {
        return String.join(" ", c.phases().stream().map(p -> p.firstMonth() + (p.months() > 1 ? "+" + p.months() : "")).toList());
    }

    @Test
    void movingACycleMovesEveryPhaseAcrossYears() {
        assertThat(months(cycle.movedBy(11))).isEqualTo("2027-12 2028-01 2028-02 2028-03");
        assertThat(months(cycle.movedBy(-2))).isEqualTo("2026-11 2026-12 2027-01 2027-02");
    }

    @Test
    void stretchingAPhasePushesTheLaterPhasesAlong() {
        HubCycle stretched = cycle.withPhaseLength(1, 3);
        assertThat(months(stretched)).isEqualTo("2027-01 2027-02+3 2027-05 2027-06");
        assertThat(months(stretched.withPhaseLength(1, 1))).isEqualTo(months(cycle));
        assertThatThrownBy(() -> cycle.withPhaseLength(2, 0))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The phase 'Feedback from children, young people, families and practitioners' must last at least one month, not 0");
    }

    @Test
    void settingAPhasesDatesKeepsTheLaterPhasesDistance() {
        HubCycle changed = cycle.withPhaseDates(2, YearMonth.of(2027, 4), YearMonth.of(2027, 5));
        assertThat(months(changed)).isEqualTo("2027-01 2027-02 2027-04+2 2027-06");
    }

    @Test
    void aPhaseEndingBeforeItStartsOrOverlappingTheOneBeforeIsRefused() {
        assertThatThrownBy(() -> cycle.withPhaseDates(1, YearMonth.of(2027, 3), YearMonth.of(2027, 2)))
                .hasMessage("The phase 'Single- and multi-agency audits' ends (2027-02) before it starts (2027-03)");
        assertThatThrownBy(() -> cycle.withPhaseDates(1, YearMonth.of(2027, 1), YearMonth.of(2027, 2)))
                .hasMessage("The phase 'Single- and multi-agency audits' (from 2027-01) must start after 'Initial scoping' ends (2027-01)");
    }

    @Test
    void phaseStatusFollowsItsActivities() {
        HubPhase audits = cycle.phases().get(1);
        assertThat(audits.status()).isEqualTo(ActivityStatus.PLANNED);
        HubPhase started = audits.withActivities(java.util.List.of(audits.activities().get(0).withStatus(ActivityStatus.DONE),
                audits.activities().get(1)));
        assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        HubPhase done = started.withActivities(started.activities().stream().map(a -> a.withStatus(ActivityStatus.DONE)).toList());
        assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(ActivityStatus.parse("in-progress")).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThatThrownBy(() -> ActivityStatus.parse("finished")).hasMessageContaining("use planned, in progress or done");
    }

    @Test
    void onlyTheThreeSafeguardingPartnersNominateTheLead() {
        Agency police = new Agency(1, "Test Constabulary", AgencyKind.POLICE, true);
        Agency trust = new Agency(2, "Test Hospitals Trust", AgencyKind.HEALTH, false);
        Agency school = new Agency(3, "Test Academy", AgencyKind.EDUCATION, false);
        HubCycle.checkLead(new Person(10, "Ira Quill", "DCI", 1, null, null), police);
        assertThatThrownBy(() -> HubCycle.checkLead(new Person(11, "Uma Vex", "Named nurse", 2, null, null), trust))
                .hasMessage("Uma Vex (Test Hospitals Trust) cannot lead a hub cycle: the lead is nominated by one of the three"
                        + " safeguarding partners (local authority, police, health)");
        assertThatThrownBy(() -> HubCycle.checkLead(new Person(12, "Oz Wren", "Head", 3, null, null), school))
                .isInstanceOf(UserInputException.class);
    }

    @Test
    void membersAreKeptOnceInTheOrderNominated() {
        assertThat(cycle.withMembers(java.util.List.of(5L, 3L, 5L)).memberIds()).containsExactly(5L, 3L);
    }

    @Test
    void partnershipYearsLabelAndContainTheirMonths() {
        PartnershipYear y = PartnershipYear.containing(YearMonth.of(2019, 3), 4);
        assertThat(y.label()).isEqualTo("2018-19");
        assertThat(y.firstMonth()).isEqualTo(YearMonth.of(2018, 4));
        assertThat(y.lastMonth()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(PartnershipYear.containing(YearMonth.of(2019, 4), 4).label()).isEqualTo("2019-20");
        assertThat(new PartnershipYear(2099, 12).label()).isEqualTo("2099-00");
        assertThat(PartnershipYear.containing(YearMonth.of(2027, 6), 1).label()).isEqualTo("2027");
    }
}
