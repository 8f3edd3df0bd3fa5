package org.hubdesk.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;

class LearningRecordTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static LearningRecord audit() {
        return LearningRecord.identified(LearningSourceKind.AUDIT, null, "MAA-7", "Assurance and Review Group",
                "Multi-agency audit of neglect cases", DAY, DAY.plusDays(10), "Chronologies were rarely shared.");
    }

    private static DisseminationAction method(boolean done, LocalDate due) {
        return new DisseminationAction(0, 1, Audience.WORKFORCE, "Newsletter", "Business unit", due, done, 0);
    }

    @Test
    void stagesFollowTheLoop() {
        LearningRecord r = audit();
        DisseminationPlan empty = new DisseminationPlan(1, List.of(), List.of());
        assertThat(r.stage(empty)).isEqualTo(LearningStage.IDENTIFIED);
        LearningRecord agreed = r.withMessages("Share chronologies", "Social workers", DAY.plusDays(20));
        assertThat(agreed.stage(empty)).isEqualTo(LearningStage.MESSAGES_AGREED);
        DisseminationPlan half = new DisseminationPlan(1, List.of(), List.of(method(true, DAY), method(false, DAY)));
        assertThat(agreed.stage(half)).isEqualTo(LearningStage.DISSEMINATING);
        DisseminationPlan done = new DisseminationPlan(1, List.of(), List.of(method(true, DAY), method(true, DAY)));
        assertThat(agreed.stage(done)).isEqualTo(LearningStage.AWAITING_IMPACT_REVIEW);
        LearningRecord reviewed = agreed.withImpact(new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT), "Re-audit", DAY.plusMonths(6),
                "Chronologies now shared in 8 of 10 cases", DAY.plusMonths(6)));
        assertThat(reviewed.stage(half)).isEqualTo(LearningStage.CLOSED);
    }

    @Test
    void overdueNamesLateMethodsAndReview() {
        LearningRecord r = audit().withMessages("m", null, DAY)
                .withImpact(new ImpactReview(Set.of(), null, DAY.plusDays(5), null, null));
        DisseminationPlan plan = new DisseminationPlan(1, List.of(), List.of(method(false, DAY), method(true, DAY)));
        assertThat(r.overdue(plan, DAY)).isEmpty();
        assertThat(r.overdue(plan, DAY.plusDays(6))).isEqualTo("1 method past their date; impact review due 2027-03-06");
        assertThat(r.impact().dueBy(DAY.plusDays(5))).isTrue();
        assertThat(r.impact().dueBy(DAY.plusDays(4))).isFalse();
    }

    @Test
    void rulesAUserCanActOn() {
        assertThatThrownBy(() -> LearningRecord.identified(LearningSourceKind.HUB_CYCLE, null, null, null, "x", DAY, null, null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("hub cycle");
        assertThatThrownBy(() -> LearningRecord.identified(LearningSourceKind.AUDIT, null, null, null, "x", DAY, DAY.minusDays(1), null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> audit().withMessages(null, null, DAY)).hasMessageContaining("key messages");
        assertThatThrownBy(() -> new ImpactReview(Set.of(), null, DAY, "Better", null)).hasMessageContaining("date");
        // Only a hub cycle source keeps a link to a cycle.
        assertThat(LearningRecord.identified(LearningSourceKind.AUDIT, 5L, null, null, "x", DAY, null, null).hubCycleId()).isNull();
        assertThat(LearningSourceKind.parse("case review")).isEqualTo(LearningSourceKind.CASE_REVIEW);
        assertThatThrownBy(() -> LearningSourceKind.parse("gossip")).isInstanceOf(UserInputException.class);
    }

    @Test
    void planAlwaysHasTheFourAudienceRowsInAppendixCOrder() {
        DisseminationPlan plan = new DisseminationPlan(1, List.of(new DisseminationRow(Audience.GENERAL, "Inform", null)), List.of());
        assertThat(plan.rows()).extracting(DisseminationRow::audience).containsExactly(Audience.values());
        assertThat(plan.row(Audience.GENERAL).purpose()).isEqualTo("Inform");
        assertThat(Audience.WORKFORCE.label()).isEqualTo("Workforce communications (professionals working within partner organisations)");
        assertThat(Audience.EXTERNAL.shortLabel()).isEqualTo("External communications");
    }

    @Test
    void briefingDraftHasSevenPartsFromTheRecordAndFitsThePage() {
        LearningRecord r = audit().withMessages("Share the chronology from the first strategy discussion.", "Social workers", DAY);
        SevenMinuteBriefing b = SevenMinuteBriefing.draft(r, null, null);
        assertThat(b.parts()).hasSize(7);
        assertThat(b.part(2)).isEqualTo("Chronologies were rarely shared.");
        assertThat(b.part(3)).contains("first strategy discussion");
        assertThat(b.part(0)).contains("Audit").contains("2027-03-01 to 2027-03-11");
        LearningRecord longOne = audit().withMessages("word ".repeat(400), null, DAY);
        assertThat(SevenMinuteBriefing.draft(longOne, null, null).part(3).length()).isLessThanOrEqualTo(SevenMinuteBriefing.MAX_PART_LENGTH);
        assertThatThrownBy(() -> b.with(4, "x".repeat(701))).isInstanceOf(UserInputException.class);
        assertThat(b.with(4, "Read it.").part(4)).isEqualTo("Read it.");
    }
}
