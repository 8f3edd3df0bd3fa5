package org.hubdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.plan.PlanComparison.Change;
import org.hubdesk.domain.plan.PlanComparison.ChangeKind;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {
    private static List<Change> changesIn(PlanComparison c, DeliveryPlanSection s) {
        return c.sections().stream().filter(x -> x.section() == s).findFirst().orElseThrow().changes();
    }

    @Test
    void aPlanComparedWithItselfIsIdentical() {
        DeliveryPlan plan = DeliveryPlanTest.samplePlan();
        assertThat(PlanComparison.compare("a", plan, "b", plan).identical()).isTrue();
    }

    @Test
    void findsAddedChangedAndRemovedItemsSectionBySection() {
        DeliveryPlan older = DeliveryPlanTest.samplePlan();
        List<EvidenceEntry> evidence = new ArrayList<>();
        evidence.add(older.evidence().get(0).withText("Audit found *drift* in chronologies in 3 of 4 cases"));
        evidence.add(new EvidenceEntry(13, DeliveryPlanSection.SINGLE_AGENCY_AUDITS, "Police audit", null, null, null, null, 0));
        List<ActionItem> actions = List.of(older.actions().get(0).withStatus(ActionStatus.IN_PROGRESS, DeliveryPlanTest.DAY));
        DeliveryPlan newer = new DeliveryPlan(older.id(), null, older.priorityTitle(), older.texts(), evidence, List.of(),
                actions, older.names());

        PlanComparison c = PlanComparison.compare("First phase knowledge", older, "Now", newer);

        assertThat(changesIn(c, DeliveryPlanSection.MULTI_AGENCY_AUDITS)).singleElement()
                .satisfies(ch -> {
                    assertThat(ch.kind()).isEqualTo(ChangeKind.CHANGED);
                    assertThat(ch.before()).contains("drift in chronologies [");
                    assertThat(ch.after()).contains("3 of 4 cases");
                });
        assertThat(changesIn(c, DeliveryPlanSection.CASE_REVIEWS)).extracting(Change::kind).containsExactly(ChangeKind.REMOVED);
        assertThat(changesIn(c, DeliveryPlanSection.SINGLE_AGENCY_AUDITS)).extracting(Change::kind).containsExactly(ChangeKind.ADDED);
        assertThat(changesIn(c, DeliveryPlanSection.VISITS_AND_OBSERVATIONS)).extracting(Change::kind, Change::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Practice download"));
        assertThat(changesIn(c, DeliveryPlanSection.ACTION_PLAN)).singleElement()
                .satisfies(ch -> assertThat(ch.after()).contains("lead: Wren Larkin").contains("In progress"));
        assertThat(changesIn(c, DeliveryPlanSection.CURRENT_DATA)).isEmpty();
        assertThat(c.count(ChangeKind.ADDED)).isEqualTo(1);
        assertThat(c.count(ChangeKind.REMOVED)).isEqualTo(2);
    }

    @Test
    void textIsComparedParagraphByParagraph() {
        List<Change> changes = PlanComparison.compareLines(
                List.of("Intro", "Old figure 21%", "Kept", "Dropped"),
                List.of("Intro", "New figure 19%", "Kept", "Brand new"), "Paragraph");
        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.CHANGED, ChangeKind.CHANGED);
        assertThat(changes.get(0).before()).isEqualTo("Old figure 21%");
        assertThat(changes.get(0).after()).isEqualTo("New figure 19%");

        List<Change> grown = PlanComparison.compareLines(List.of("a", "b"), List.of("a", "x", "b", "c"), "Measure");
        assertThat(grown).extracting(Change::kind, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "x"), org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "c"));
        assertThat(PlanComparison.compareLines(List.of("a", "b"), List.of("b"), "P")).extracting(Change::kind, Change::before)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "a"));
    }

    @Test
    void aChangedPriorityIsReported() {
        DeliveryPlan older = DeliveryPlanTest.samplePlan();
        DeliveryPlan newer = new DeliveryPlan(older.id(), null, "Neglect and early help", older.texts(), older.evidence(),
                older.downloads(), older.actions(), older.names());
        assertThat(changesIn(PlanComparison.compare("a", older, "b", newer), DeliveryPlanSection.PRIORITY))
                .extracting(Change::kind, Change::after).containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "Neglect and early help"));
    }
}
