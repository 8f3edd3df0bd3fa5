package org.hubdesk.domain.plan;

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
import org.hubdesk.domain.plan.DeliveryPlan.ItemKind;
import org.hubdesk.domain.plan.PracticeDownload.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryPlanTest {
    static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    static DeliveryPlan samplePlan() {
        Map<DeliveryPlanSection, String> texts = new EnumMap<>(DeliveryPlanSection.class);
        texts.put(DeliveryPlanSection.CURRENT_DATA, "Repeat plans: **21%**");
        texts.put(DeliveryPlanSection.SUCCESS_MEASURES, "1. Fewer repeat plans\n2) Confident practitioners\n\n- Families heard");
        List<EvidenceEntry> evidence = List.of(
                new EvidenceEntry(11, DeliveryPlanSection.MULTI_AGENCY_AUDITS, "Audit found *drift* in chronologies",
                        LearningSource.MULTI_AGENCY_AUDIT, 5L, DAY, null, 0),
                new EvidenceEntry(12, DeliveryPlanSection.CASE_REVIEWS, "Rapid review: missed appointments not shared",
                        LearningSource.CASE_REVIEWS, null, DAY, null, 0));
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.GOT_IN_THE_WAY, "Three different chronologies");
        List<PracticeDownload> downloads = List.of(new PracticeDownload(21, "Strategy discussion", DAY, null, answers, 0));
        List<ActionItem> actions = List.of(new ActionItem(31, "Agree one screening tool", 7L, null,
                Timescale.parse("2027-04"), ActionStatus.NOT_STARTED, 0, null));
        return new DeliveryPlan(1, null, "Neglect", texts, evidence, downloads, actions,
                new PlanNames(Map.of(7L, "Wren Larkin"), Map.of(5L, "Northbridge Constabulary")));
    }

    @Test
    void successMeasuresAreNumberedOnePerParagraphWhateverTheUserTyped() {
        assertThat(samplePlan().successMeasures()).containsExactly("Fewer repeat plans", "Confident practitioners", "Families heard");
    }

    @Test
    void checklistNamesTheEmptySectionsAndFeedsTheMissingEvidenceQuestion() {
        DeliveryPlan plan = samplePlan();
        assertThat(plan.emptySections()).contains(DeliveryPlanSection.GUIDANCE, DeliveryPlanSection.SINGLE_AGENCY_AUDITS)
                .doesNotContain(DeliveryPlanSection.MULTI_AGENCY_AUDITS, DeliveryPlanSection.CURRENT_DATA,
                        DeliveryPlanSection.ACTION_PLAN, DeliveryPlanSection.PRIORITY, DeliveryPlanSection.EVIDENCE_MISSING);
        // The practice download fills the visits and observations section on its own.
        assertThat(plan.isEmpty(DeliveryPlanSection.VISITS_AND_OBSERVATIONS)).isFalse();
        assertThat(plan.checklist()).filteredOn(i -> i.section() == DeliveryPlanSection.SUCCESS_MEASURES)
                .singleElement().extracting(DeliveryPlan.ChecklistItem::entries).isEqualTo(3);
        assertThat(plan.missingEvidenceDraft())
                .contains("- Nothing yet: single-agency audits")
                .doesNotContain("multi-agency audits")
                .doesNotContain("visits and observations");
    }

    @Test
    void findLooksInTextEvidenceDownloadsAndActionsIncludingLeadNames() {
        DeliveryPlan plan = samplePlan();
        assertThat(plan.find("chronolog")).extracting(DeliveryPlan.FindHit::kind, DeliveryPlan.FindHit::itemId)
                // in the plan's order: visits and observations comes before the multi-agency audits
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemKind.PRACTICE_DOWNLOAD, 21L),
                        org.assertj.core.groups.Tuple.tuple(ItemKind.EVIDENCE, 11L));
        assertThat(plan.find("WREN")).singleElement().extracting(DeliveryPlan.FindHit::section).isEqualTo(DeliveryPlanSection.ACTION_PLAN);
        assertThat(plan.find("21%")).singleElement().extracting(DeliveryPlan.FindHit::section).isEqualTo(DeliveryPlanSection.CURRENT_DATA);
        assertThat(plan.find("constabulary")).hasSize(1);
        assertThat(plan.find("  ")).isEmpty();
    }

    @Test
    void badInputGetsMessagesAUserCanActOn() {
        assertThatThrownBy(() -> EvidenceEntry.draft(DeliveryPlanSection.SELF_ASSESSMENT, "  ", null, null, null, null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("needs some text");
        assertThatThrownBy(() -> DeliveryPlan.requirePriority(" "))
                .isInstanceOf(UserInputException.class).hasMessageContaining("needs its priority");
        assertThatThrownBy(() -> new PracticeDownload(0, "Visit", DAY, null, Map.of(), 0))
                .isInstanceOf(UserInputException.class).hasMessageContaining("at least one of its five questions");
        assertThatThrownBy(() -> ActionItem.draft(" ", null, null, null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("needs a description");
        assertThatThrownBy(() -> Timescale.parse("next spring"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("not a timescale");
    }

    @Test
    void evidenceTakesTheUsualSourceOfItsSectionWhenNoneIsGiven() {
        assertThat(EvidenceEntry.draft(DeliveryPlanSection.SINGLE_AGENCY_AUDITS, "x", null, null, null, null).source())
                .isEqualTo(LearningSource.SINGLE_AGENCY_AUDIT);
    }

    @Test
    void aFileLinkMustNameAnExistingFile(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("audit.docx"), "x");
        assertThat(FileLinks.requireExisting(report.toString())).isEqualTo(report);
        assertThatThrownBy(() -> FileLinks.requireExisting(dir.resolve("gone.docx").toString()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("There is no file at").hasMessageContaining("gone.docx");
        assertThatThrownBy(() -> FileLinks.requireExisting(dir.toString())).isInstanceOf(UserInputException.class);
        assertThat(FileLinks.exists(dir.resolve("gone.docx").toString())).isFalse();
    }

    @Test
    void overdueActionsAreDerivedFromTheirTimescale() {
        ActionItem action = samplePlan().actions().get(0);
        assertThat(action.statusLabel(LocalDate.of(2027, 4, 30))).isEqualTo("Not started");
        assertThat(action.statusLabel(LocalDate.of(2027, 5, 1))).isEqualTo("Overdue");
    }

    @Test
    void practiceDownloadAsksTheFiveBackToPracticeQuestions() {
        assertThat(java.util.Arrays.stream(Question.values()).map(Question::words)).containsExactly(
                "What went well?", "What didn't go well?", "What got in the way?", "What needs to be different?", "What needs to change?");
    }
}
