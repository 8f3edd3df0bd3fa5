package org.hubdesk.domain.meetings;

/**
 * What a standing agenda item does by itself, so carry-over finds items by role rather than by
 * matching their (editable) titles.
 */
public enum StandingRole {
    NONE,
    /** "Actions from last meeting": lists the group's open actions. */
    ACTIONS_FROM_LAST_MEETING,
    /** "Individual case learning N": filled from the cases noted at the previous meeting. */
    CASE_LEARNING,
    /** "Noting individual cases for next meeting": its sub-points are the cases noted. */
    CASES_FOR_NEXT_MEETING,
    /** "Evidencing impact of learning – updating the tracker": lists the impact reviews falling due. */
    IMPACT_OF_LEARNING,
    /** "Noting current and pending learning reviews": lists the case reviews open or lately finished, by kind. */
    LEARNING_REVIEWS
}
