package org.hubdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.plan.PracticeDownload.Question;
import org.junit.jupiter.api.Test;

/**
 * Snapshots stored by earlier builds stay readable: the files under test resources plan-snapshots/
 * were written by the hand-made JSON writer of format 1 (before Jackson) from the plans built here,
 * and are never regenerated.
 */
class StoredSnapshotsTest {
    static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    /** Every field of format 1 filled in at least once, with text that needs escaping. */
    static DeliveryPlan fullPlan() {
        Map<DeliveryPlanSection, String> texts = new EnumMap<>(DeliveryPlanSection.class);
        texts.put(DeliveryPlanSection.CURRENT_DATA, "Repeat plans: **21%**");
        texts.put(DeliveryPlanSection.SUCCESS_MEASURES, "1. Fewer repeat plans\n2) Confident practitioners\n\n- Families heard");
        texts.put(DeliveryPlanSection.GUIDANCE, "Quotes \" and backslash \\ and tab\t and ünïcode — and\r\nnew lines, a bell \u0007 too");
        List<EvidenceEntry> evidence = List.of(
                new EvidenceEntry(11, DeliveryPlanSection.MULTI_AGENCY_AUDITS, "Audit found *drift* in chronologies",
                        LearningSource.MULTI_AGENCY_AUDIT, 5L, DAY, "https://example.org/audit.pdf", 0),
                new EvidenceEntry(12, DeliveryPlanSection.CASE_REVIEWS, "Rapid review: missed appointments not shared",
                        LearningSource.CASE_REVIEWS, null, null, null, 1));
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.GOT_IN_THE_WAY, "Three different chronologies");
        answers.put(Question.WENT_WELL, "Everyone came");
        List<PracticeDownload> downloads = List.of(
                new PracticeDownload(21, "Strategy discussion", DAY, 5L, answers, 0),
                new PracticeDownload(22, "Home visit", null, null, Map.of(Question.NEEDS_TO_CHANGE, "Shared notes"), 1));
        List<ActionItem> actions = List.of(
                new ActionItem(31, "Agree one screening tool", 7L, null, Timescale.parse("2027-04"), ActionStatus.NOT_STARTED, 0, null),
                new ActionItem(32, "Brief the front door", null, "Front door manager", Timescale.ofDay(DAY.plusDays(10)),
                        ActionStatus.DONE, 1, DAY.plusDays(12)),
                new ActionItem(33, "Review in a year", null, null, null, ActionStatus.NOT_STARTED, 2, null));
        return new DeliveryPlan(4, 9L, "Neglect", texts, evidence, downloads, actions,
                new PlanNames(Map.of(7L, "Wren Larkin", 12L, "Ash Fenwick"), Map.of(5L, "Northbridge Constabulary")));
    }

    static DeliveryPlan emptyPlan() {
        return new DeliveryPlan(3, null, "P", Map.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void aFullFormatOneSnapshotReadsBackAsThePlanItWasWrittenFrom() throws IOException {
        DeliveryPlan read = PlanSnapshotCodec.decode(fixture("format1-full.json"));
        assertThat(read).isEqualTo(fullPlan());
        assertThat(read.names().person(12L)).isEqualTo("Ash Fenwick");
        assertThat(read.actions().get(1).completedOn()).isEqualTo(DAY.plusDays(12));
    }

    @Test
    void anEmptyFormatOneSnapshotReadsBack() throws IOException {
        assertThat(PlanSnapshotCodec.decode(fixture("format1-empty.json"))).isEqualTo(emptyPlan());
    }

    @Test
    void theWriterStillProducesTextTheOldReaderUnderstood() throws IOException {
        // Same fields, same names, same order: a snapshot written now is byte-for-byte the stored one.
        assertThat(PlanSnapshotCodec.encode(fullPlan())).isEqualTo(fixture("format1-full.json"));
        assertThat(PlanSnapshotCodec.encode(emptyPlan())).isEqualTo(fixture("format1-empty.json"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StoredSnapshotsTest.class.getResourceAsStream("/plan-snapshots/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
