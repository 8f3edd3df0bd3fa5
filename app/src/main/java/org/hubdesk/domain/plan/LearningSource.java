package org.hubdesk.domain.plan;

/**
 * Where a piece of evidence comes from: the "Information" column of the sources of learning table
 * (Solihull Learning and Improvement Framework, 2.1), plus the practice download of the Back to
 * Practice model and "Other".
 */
public enum LearningSource {
    EXTERNAL_INSPECTIONS("External inspections and reviews"),
    VOICE_OF_THE_CHILD("The voice of the child"),
    CHILD_DEATH_OVERVIEW_PANEL("Child Death Overview Panel"),
    CASE_REVIEWS("Rapid reviews and child safeguarding practice reviews, safeguarding adult reviews and domestic homicide reviews"),
    PARTNER_REPORTS("Specific partner / issue reports (LADO, private fostering, education)"),
    PERFORMANCE_ANALYSIS("Performance analysis (multi-agency dataset, MASH data)"),
    MULTI_AGENCY_AUDIT("Multi-agency quality assurance and audit programmes"),
    PRACTITIONER_FEEDBACK("Practitioner feedback"),
    SINGLE_AGENCY_AUDIT("Single agency quality assurance and audit programmes"),
    SELF_ASSESSMENT("Self-assessment audit programme (Section 11 / 175)"),
    COMPLAINTS_AND_COMPLIMENTS("Complaints and compliments"),
    WORKFORCE_DEVELOPMENT("Workforce development"),
    PARTNERSHIP_WEBSITE("Partnership website"),
    PRACTICE_DOWNLOAD("Practice download (visits and observations)"),
    OTHER("Other");

    private final String label;

    LearningSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
        return label;
    }
}
