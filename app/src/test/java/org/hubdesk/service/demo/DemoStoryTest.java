package org.hubdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.PhaseKind;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.service.Services;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.service.plan.DeliveryPlanDemo;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo tells one story: the delivery plan is for the hub cycle that is auditing this month, and the programme has no conflicts. */
class DemoStoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "demo --years {0}")
    @ValueSource(ints = {0, 3})
    void theCurrentPlanBelongsToTheHubCycleInItsAuditsMonthToday(int years) {
        try (Services services = TestStores.open(dir)) {
            LocalDate today = LocalDate.now();
            services.demo().createDemo(years, today);
            assertOneStory(services, services.hub(), today);
        }
    }

    /** The first month of a partnership year (April) and of a calendar year: the programme started in the year before. */
    @ParameterizedTest(name = "demo --years {0} on {1}")
    @CsvSource({"0, 2027-04-01", "3, 2027-04-30", "3, 2027-01-06", "1, 2026-11-25"})
    void theStoryHoldsWhateverTheDate(int years, LocalDate today) {
        try (Services services = TestStores.openDemo(dir, years, today)) {
            HubService hub = new HubService(services.database(), Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            assertOneStory(services, hub, today);
        }
    }

    private static void assertOneStory(Services services, HubService hub, LocalDate today) {
        HubService.Programme programme = hub.programme();
        assertThat(programme.conflicts()).isEmpty();
        PlanSummary plan = services.plans().plans().stream()
                .filter(p -> p.priorityTitle().equals(DeliveryPlanDemo.DEMO_PRIORITY)).findFirst().orElseThrow();
        assertThat(plan.hubCycleId()).as("the current plan's hub cycle").isNotNull();
        HubCycle cycle = programme.cycle(plan.hubCycleId()).orElseThrow();
        YearMonth month = YearMonth.from(today);
        assertThat(cycle.covers(month)).isTrue();
        assertThat(cycle.phases()).filteredOn(p -> p.covers(month)).extracting(HubPhase::kind).containsExactly(PhaseKind.AUDITS);
        assertThat(cycle.phases().indexOf(cycle.phases().stream().filter(p -> p.covers(month)).findFirst().orElseThrow())).isEqualTo(1);
        assertThat(programme.titleOf(cycle.priorityId())).isEqualTo(plan.priorityTitle());
        // The neglect cycle is the first of the current programme: no cycle of its year starts before it.
        int year = programme.priorities().stream().filter(p -> p.id() == cycle.priorityId()).findFirst().orElseThrow().partnershipYear();
        assertThat(programme.cycles()).filteredOn(c -> programme.priorities().stream()
                        .anyMatch(p -> p.id() == c.priorityId() && p.partnershipYear() == year))
                .allSatisfy(c -> assertThat(c.firstMonth()).isAfterOrEqualTo(cycle.firstMonth()));
    }
}
