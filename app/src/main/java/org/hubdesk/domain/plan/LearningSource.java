package org.hubdesk.domain.plan;

import org.hubdesk.domain.common.Labelled;

/**
 * Where a piece of evidence comes from: the "Information" column of the sources of learning table
 * (Solihull Learning and Improvement Framework, 2.1), plus the practice download of the Back to
 * Practice model and "Other".
 */
public enum LearningSource implements Labelled {
    EXTERNAL_INSPECTIONS,
    VOICE_OF_THE_CHILD,
    CHILD_DEATH_OVERVIEW_PANEL,
    CASE_REVIEWS,
    PARTNER_REPORTS,
    PERFORMANCE_ANALYSIS,
    MULTI_AGENCY_AUDIT,
    PRACTITIONER_FEEDBACK,
    SINGLE_AGENCY_AUDIT,
    SELF_ASSESSMENT,
    COMPLAINTS_AND_COMPLIMENTS,
    WORKFORCE_DEVELOPMENT,
    PARTNERSHIP_WEBSITE,
    PRACTICE_DOWNLOAD,
    OTHER;

    /** The source a new entry in {@code section} most likely has, so the editor can preselect it. */
    public static LearningSource usualFor(DeliveryPlanSection section) {
        return switch (section) {
            case PREVIOUS_HUBS, FEEDBACK_PROFESSIONALS -> PRACTITIONER_FEEDBACK;
            case VISITS_AND_OBSERVATIONS -> PRACTICE_DOWNLOAD;
            case SELF_ASSESSMENT -> SELF_ASSESSMENT;
            case CASE_REVIEWS -> CASE_REVIEWS;
            case MULTI_AGENCY_AUDITS -> MULTI_AGENCY_AUDIT;
            case SINGLE_AGENCY_AUDITS -> SINGLE_AGENCY_AUDIT;
            case FEEDBACK_CHILDREN_AND_FAMILIES -> VOICE_OF_THE_CHILD;
            case CURRENT_DATA -> PERFORMANCE_ANALYSIS;
            default -> OTHER;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
