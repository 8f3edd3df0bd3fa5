package org.hubdesk.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryPlanDemoTest {
    @TempDir
    Path dir;

    @Test
    void theDemoHasACurrentPlanWithEvidenceADownloadFiveLedActionsAndItsFirstPhaseVersion() {
        try (Services services = TestStores.openDemo(dir, 0, LocalDate.of(2027, 3, 15))) {
            var summaries = services.plans().plans();
            assertThat(summaries).singleElement().extracting(s -> s.priorityTitle()).isEqualTo(DeliveryPlanDemo.DEMO_PRIORITY);
            DeliveryPlan plan = services.plans().load(summaries.get(0).id());
            assertThat(plan.actions()).hasSize(5).allSatisfy(a -> assertThat(plan.leadLabel(a)).isNotBlank());
            assertThat(plan.actions()).allSatisfy(a -> assertThat(a.leadPersonId()).isNotNull());
            assertThat(plan.downloads()).hasSize(1);
            assertThat(plan.evidence().stream().map(e -> e.section()).distinct().count()).isGreaterThanOrEqualTo(5);
            assertThat(plan.successMeasures()).hasSize(3);
            assertThat(plan.emptySections()).contains(DeliveryPlanSection.FEEDBACK_PROFESSIONALS);
            var versions = services.plans().versions(plan.id());
            assertThat(versions).extracting(PlanVersion.Summary::name).containsExactly(PlanVersion.FIRST_PHASE_KNOWLEDGE);
            PlanComparison sinceThen = services.plans().compare(versions.get(0).id(), null);
            assertThat(sinceThen.count(PlanComparison.ChangeKind.ADDED)).isEqualTo(2);
        }
    }

    @Test
    void yearsOfHistoryAddThreeLargerPlansAYear() {
        try (Services services = TestStores.openDemo(dir, 2, LocalDate.of(2027, 3, 15))) {
            assertThat(services.plans().plans()).hasSize(1 + 2 * 3);
        }
    }
}
