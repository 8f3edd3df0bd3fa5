package org.hubdesk.domain.learning;

import org.hubdesk.domain.common.Labelled;

/**
 * How the impact of learning is measured: the processes of seed 004 section 4.1 ("Monitoring the
 * Impact of Changes"), in its order and words.
 */
public enum ImpactMeasure implements Labelled {
    MULTI_AGENCY_DATASET,
    SINGLE_AGENCY_MEASURES,
    MULTI_AGENCY_AUDIT,
    SINGLE_AGENCY_AUDIT,
    SURVEY_CHILDREN_FAMILIES,
    SURVEY_PRACTITIONERS,
    FEEDBACK_PRACTITIONERS,
    FEEDBACK_CHILDREN_FAMILIES;

    @Override
    public String toString() {
        return label();
    }
}
