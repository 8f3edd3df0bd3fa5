package org.hubdesk.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.LearningSource;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanComparison.ChangeKind;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan service against a real H2 file, reopened where durability matters. */
class DeliveryPlanServiceTest {
    @TempDir
    Path dir;
    Services services;
    DeliveryPlanService plans;
    Agency police;
    Person lead;

    @BeforeEach
    void open() {
        services = TestStores.open(dir.resolve("data"));
        plans = services.plans();
        services.demo().createEmpty("Test Partnership");
        police = services.members().addAgency(new Agency(0, "Test Constabulary", AgencyKind.POLICE, true));
        lead = services.members().addPerson(new Person(0, "Quentin Zephyrine", "Inspector", police.id(), null, null));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void reopen() {
        services.close();
        services = TestStores.open(dir.resolve("data"));
        plans = services.plans();
    }

    private static EvidenceEntry evidence(DeliveryPlanSection s, String text) {
        return EvidenceEntry.draft(s, text, null, null, LocalDate.of(2027, 2, 1), null);
    }

    @Test
    void everyEditIsOnDiskWhenTheCallReturns() {
        DeliveryPlan plan = plans.createPlan("Get basic child protection right", null);
        plans.setSectionText(plan.id(), DeliveryPlanSection.CURRENT_DATA, "Repeat plans: **21%**");
        EvidenceEntry added = plans.addEvidence(plan.id(), EvidenceEntry.draft(DeliveryPlanSection.MULTI_AGENCY_AUDITS,
                "Audit of 10 cases", LearningSource.MULTI_AGENCY_AUDIT, police.id(), LocalDate.of(2027, 2, 1), null));
        ActionItem action = plans.addAction(plan.id(), ActionItem.draft("Publish a 7-minute briefing", lead.id(), null,
                Timescale.parse("2027-05")));
        reopen();
        DeliveryPlan back = plans.load(plan.id());
        assertThat(back.text(DeliveryPlanSection.CURRENT_DATA)).isEqualTo("Repeat plans: **21%**");
        assertThat(back.evidenceIn(DeliveryPlanSection.MULTI_AGENCY_AUDITS)).containsExactly(added);
        assertThat(back.names().agency(police.id())).isEqualTo("Test Constabulary");
        assertThat(back.actions()).containsExactly(action);
        assertThat(back.leadLabel(action)).isEqualTo("Quentin Zephyrine");
    }

    @Test
    void planActionsAreRowsOfTheSharedActionLog() {
        DeliveryPlan plan = plans.createPlan("P", null);
        ActionItem action = plans.addAction(plan.id(), ActionItem.draft("Audit", null, "Business unit", null));
        services.actions().setStatus(action.id(), ActionStatus.DONE, LocalDate.of(2027, 3, 1));
        assertThat(services.actions().all()).extracting(ActionItem::id).contains(action.id());
        assertThat(plans.load(plan.id()).actions()).singleElement().extracting(ActionItem::status).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void editsReturnWhatUndoNeedsAndUndoRestoresExactly() {
        DeliveryPlan plan = plans.createPlan("P", null);
        assertThat(plans.setSectionText(plan.id(), DeliveryPlanSection.GUIDANCE, "first")).isEmpty();
        assertThat(plans.setSectionText(plan.id(), DeliveryPlanSection.GUIDANCE, "second")).isEqualTo("first");
        assertThat(plans.setPriority(plan.id(), "Q")).isEqualTo("P");

        EvidenceEntry a = plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.SELF_ASSESSMENT, "a"));
        EvidenceEntry b = plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.SELF_ASSESSMENT, "b"));
        EvidenceEntry before = plans.updateEvidence(a.withText("a, edited"));
        assertThat(before).isEqualTo(a);
        EvidenceEntry removed = plans.removeEvidence(a.id());
        assertThat(plans.load(plan.id()).evidence()).containsExactly(b);
        plans.restoreEvidence(plan.id(), removed);
        assertThat(plans.load(plan.id()).evidenceIn(DeliveryPlanSection.SELF_ASSESSMENT))
                .extracting(EvidenceEntry::id, EvidenceEntry::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a.id(), "a, edited"), org.assertj.core.groups.Tuple.tuple(b.id(), "b"));
    }

    @Test
    void evidenceAndActionsReorderAndUndoTheirOrder() {
        DeliveryPlan plan = plans.createPlan("P", null);
        EvidenceEntry a = plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.CASE_REVIEWS, "a"));
        EvidenceEntry b = plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.CASE_REVIEWS, "b"));
        EvidenceEntry c = plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.CASE_REVIEWS, "c"));
        List<Long> before = plans.moveEvidence(c.id(), -2);
        assertThat(before).containsExactly(a.id(), b.id(), c.id());
        assertThat(plans.load(plan.id()).evidence()).extracting(EvidenceEntry::text).containsExactly("c", "a", "b");
        plans.reorderEvidence(plan.id(), DeliveryPlanSection.CASE_REVIEWS, before);
        assertThat(plans.load(plan.id()).evidence()).extracting(EvidenceEntry::text).containsExactly("a", "b", "c");
        assertThat(plans.moveEvidence(a.id(), -1)).containsExactly(a.id(), b.id(), c.id());
        assertThat(plans.load(plan.id()).evidence()).extracting(EvidenceEntry::text).containsExactly("a", "b", "c");

        ActionItem x = plans.addAction(plan.id(), ActionItem.draft("x", null, null, null));
        ActionItem y = plans.addAction(plan.id(), ActionItem.draft("y", null, null, null));
        plans.moveAction(x.id(), 1);
        assertThat(plans.load(plan.id()).actions()).extracting(ActionItem::description).containsExactly("y", "x");
        assertThatThrownBy(() -> plans.reorderActions(plan.id(), List.of(x.id())))
                .isInstanceOf(UserInputException.class).hasMessageContaining("changed while you were reordering");
        plans.reorderActions(plan.id(), List.of(x.id(), y.id()));
        assertThat(plans.load(plan.id()).actions()).extracting(ActionItem::description).containsExactly("x", "y");
    }

    @Test
    void aLinkToAMissingFileIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
        DeliveryPlan plan = plans.createPlan("P", null);
        Path missing = dir.resolve("moved-away.docx");
        assertThatThrownBy(() -> plans.addEvidence(plan.id(), EvidenceEntry.draft(DeliveryPlanSection.SINGLE_AGENCY_AUDITS,
                "Police audit", null, null, null, missing.toString())))
                .isInstanceOf(UserInputException.class).hasMessage("There is no file at '" + missing
                        + "': it may have been moved or renamed; choose the file again or leave the link empty");
        assertThat(plans.load(plan.id()).evidence()).isEmpty();
        Path report = Files.writeString(dir.resolve("audit.docx"), "x");
        EvidenceEntry linked = plans.addEvidence(plan.id(), EvidenceEntry.draft(DeliveryPlanSection.SINGLE_AGENCY_AUDITS,
                "Police audit", null, null, null, report.toString()));
        assertThat(linked.fileLink()).isEqualTo(report.toString());
    }

    @Test
    void aLeadWhoIsNotInTheRegistersIsRefused() {
        DeliveryPlan plan = plans.createPlan("P", null);
        assertThatThrownBy(() -> plans.addAction(plan.id(), ActionItem.draft("x", 99_999L, null, null)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no longer in the registers");
        assertThat(plans.load(plan.id()).actions()).isEmpty();
    }

    @Test
    void practiceDownloadsAreKeptUnderVisitsAndObservations() {
        DeliveryPlan plan = plans.createPlan("P", null);
        Map<PracticeDownload.Question, String> answers = new EnumMap<>(PracticeDownload.Question.class);
        answers.put(PracticeDownload.Question.WENT_WELL, "Everyone came");
        answers.put(PracticeDownload.Question.NEEDS_TO_CHANGE, "Reports on time");
        PracticeDownload d = plans.addPracticeDownload(plan.id(), new PracticeDownload(0, "Strategy meeting", null, police.id(), answers, 0));
        reopen();
        DeliveryPlan back = plans.load(plan.id());
        assertThat(back.downloads()).containsExactly(d);
        assertThat(back.isEmpty(DeliveryPlanSection.VISITS_AND_OBSERVATIONS)).isFalse();
        PracticeDownload removed = plans.removePracticeDownload(d.id());
        plans.restorePracticeDownload(plan.id(), removed);
        assertThat(plans.load(plan.id()).downloads()).containsExactly(d);
    }

    @Test
    void versionsAreImmutableAndComparedSectionBySection() {
        DeliveryPlan plan = plans.createPlan("Neglect", null);
        plans.setSectionText(plan.id(), DeliveryPlanSection.CURRENT_DATA, "Repeat plans 21%");
        EvidenceEntry early = plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.CASE_REVIEWS, "Rapid review"));
        ActionItem action = plans.addAction(plan.id(), ActionItem.draft("Agree a tool", lead.id(), null, Timescale.parse("2027-04")));
        PlanVersion first = plans.snapshot(plan.id(), PlanVersion.FIRST_PHASE_KNOWLEDGE);

        plans.setSectionText(plan.id(), DeliveryPlanSection.CURRENT_DATA, "Repeat plans 19%");
        plans.removeEvidence(early.id());
        plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.MULTI_AGENCY_AUDITS, "Audit findings"));
        plans.setActionStatus(action.id(), ActionStatus.IN_PROGRESS);
        services.members().updatePerson(new Person(lead.id(), "Quentin Renamed", "Inspector", police.id(), null, null));
        reopen();

        PlanVersion reopened = plans.openVersion(first.id());
        assertThat(reopened.plan()).isEqualTo(first.plan());
        assertThat(reopened.plan().text(DeliveryPlanSection.CURRENT_DATA)).isEqualTo("Repeat plans 21%");
        assertThat(reopened.plan().leadLabel(action)).isEqualTo("Quentin Zephyrine");

        PlanVersion second = plans.snapshot(plan.id(), PlanVersion.LEARNING_AND_CHANGE_PHASE);
        assertThat(plans.versions(plan.id())).extracting(PlanVersion.Summary::name)
                .containsExactly(PlanVersion.FIRST_PHASE_KNOWLEDGE, PlanVersion.LEARNING_AND_CHANGE_PHASE);

        PlanComparison c = plans.compare(first.id(), second.id());
        assertThat(c.sections()).filteredOn(s -> s.section() == DeliveryPlanSection.CURRENT_DATA).singleElement()
                .satisfies(s -> assertThat(s.changes()).extracting(PlanComparison.Change::kind).containsExactly(ChangeKind.CHANGED));
        assertThat(c.sections()).filteredOn(s -> s.section() == DeliveryPlanSection.CASE_REVIEWS).singleElement()
                .satisfies(s -> assertThat(s.count(ChangeKind.REMOVED)).isEqualTo(1));
        assertThat(c.sections()).filteredOn(s -> s.section() == DeliveryPlanSection.MULTI_AGENCY_AUDITS).singleElement()
                .satisfies(s -> assertThat(s.count(ChangeKind.ADDED)).isEqualTo(1));
        assertThat(c.sections()).filteredOn(s -> s.section() == DeliveryPlanSection.ACTION_PLAN).singleElement()
                .satisfies(s -> assertThat(s.changes()).singleElement().extracting(PlanComparison.Change::after).asString()
                        .contains("In progress"));
        assertThat(plans.compare(second.id(), null).identical()).isTrue();
        assertThatThrownBy(() -> plans.snapshot(plan.id(), "  ")).isInstanceOf(UserInputException.class);
    }

    @Test
    void oneDeliveryPlanPerHubCycle() {
        services.hub().planProgramme(List.of("Neglect"), java.time.YearMonth.of(2027, 5));
        long cycleId = services.hub().programme().cycles().get(0).id();
        DeliveryPlan plan = plans.createPlan("Neglect", cycleId);
        assertThat(plan.hubCycleId()).isEqualTo(cycleId);
        assertThatThrownBy(() -> plans.createPlan("Q", cycleId)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("already has a delivery plan");
        assertThat(plans.plans()).hasSize(1);
        assertThat(plans.planForHubCycle(cycleId)).contains(plan.id());
    }

    @Test
    void findSearchesTheStoredPlan() {
        DeliveryPlan plan = plans.createPlan("Neglect", null);
        plans.addEvidence(plan.id(), evidence(DeliveryPlanSection.FEEDBACK_PROFESSIONALS, "Health visitors asked for escalation"));
        assertThat(plans.find(plan.id(), "ESCALATION")).singleElement()
                .extracting(DeliveryPlan.FindHit::section).isEqualTo(DeliveryPlanSection.FEEDBACK_PROFESSIONALS);
    }
}
