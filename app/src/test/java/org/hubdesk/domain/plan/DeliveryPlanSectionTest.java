package org.hubdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.hubdesk.domain.plan.DeliveryPlanSection.Column;
import org.junit.jupiter.api.Test;

class DeliveryPlanSectionTest {
    /** Appendix 2 of the Learning Hub terms of reference, top to bottom, in its words. */
    private static final List<String> APPENDIX_2 = List.of(
            "Priority",
            "Current data and performance",
            "Success and impact measures",
            "Relevant statutory and other guidance",
            "Evidence from previous learning hubs ('the frontline')",
            "Evidence from visits and observations by Practice Review & Learning Manager",
            "Evidence from self-assessment and peer challenges",
            "Evidence from serious case and learning reviews, child deaths, LADO, national reports, inspection reports (including from other areas)",
            "Evidence from multi-agency audits",
            "Evidence from single-agency audits",
            "Evidence from feedback (children, young people and families, complaints)",
            "Evidence from feedback (professionals and agencies)",
            "Is there any evidence missing? What do we need to know more about?",
            "Action plan");

    @Test
    void sectionsAreAppendix2sInItsOrderAndWords() {
        assertThat(Arrays.stream(DeliveryPlanSection.values()).map(DeliveryPlanSection::title).toList()).isEqualTo(APPENDIX_2);
        assertThat(DeliveryPlanSection.ACTION_PLAN_HEADINGS).containsExactly("Action plan", "Lead", "Timescale");
    }

    @Test
    void layoutCoversEverySectionOnceInReadingOrder() {
        assertThat(DeliveryPlanSection.layout()).extracting(DeliveryPlanSection.Cell::section)
                .containsExactly(DeliveryPlanSection.values());
        List<Integer> rows = DeliveryPlanSection.layout().stream().map(DeliveryPlanSection.Cell::row).toList();
        assertThat(rows).isSorted();
    }

    @Test
    void twoColumnsWhereTheTemplateHasTwo() {
        assertThat(DeliveryPlanSection.CURRENT_DATA.beside()).isEqualTo(DeliveryPlanSection.SUCCESS_MEASURES);
        assertThat(DeliveryPlanSection.SUCCESS_MEASURES.beside()).isEqualTo(DeliveryPlanSection.CURRENT_DATA);
        assertThat(DeliveryPlanSection.MULTI_AGENCY_AUDITS.beside()).isEqualTo(DeliveryPlanSection.SINGLE_AGENCY_AUDITS);
        assertThat(DeliveryPlanSection.FEEDBACK_CHILDREN_AND_FAMILIES.beside()).isEqualTo(DeliveryPlanSection.FEEDBACK_PROFESSIONALS);
        assertThat(DeliveryPlanSection.SELF_ASSESSMENT.beside()).isNull();
        assertThat(DeliveryPlanSection.ACTION_PLAN.cell().column()).isEqualTo(Column.BOTH);
        // Current data runs down beside the four sections stacked on the right, as in the template.
        assertThat(DeliveryPlanSection.CURRENT_DATA.cell().rowSpan()).isEqualTo(4);
        assertThat(DeliveryPlanSection.VISITS_AND_OBSERVATIONS.cell().column()).isEqualTo(Column.RIGHT);
    }

    @Test
    void evidenceSectionsAreTheEightEvidenceFromHeadings() {
        assertThat(DeliveryPlanSection.evidenceSections()).hasSize(8)
                .allSatisfy(s -> assertThat(s.title()).startsWith("Evidence from"));
    }
}
