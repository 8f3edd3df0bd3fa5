package org.hubdesk.domain.learning;

/**
 * How the impact of learning is measured: the processes of seed 004 section 4.1 ("Monitoring the
 * Impact of Changes"), in its order and words.
 */
public enum ImpactMeasure {
    MULTI_AGENCY_DATASET("Performance analysis: multi-agency dataset"),
    SINGLE_AGENCY_MEASURES("Performance analysis: single-agency performance measures"),
    MULTI_AGENCY_AUDIT("Audit: multi-agency audit activity"),
    SINGLE_AGENCY_AUDIT("Audit: single-agency audit activity"),
    SURVEY_CHILDREN_FAMILIES("Survey: children, young people and their families"),
    SURVEY_PRACTITIONERS("Survey: practitioners and line managers"),
    FEEDBACK_PRACTITIONERS("Feedback: practitioners and line managers on the impact on practice"),
    FEEDBACK_CHILDREN_FAMILIES("Feedback: children, young people and their families on the impact of interventions");

    private final String label;

    ImpactMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
