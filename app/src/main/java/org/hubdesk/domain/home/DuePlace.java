package org.hubdesk.domain.home;

/** Where a due item is dealt with; the id it carries names the record in that place. */
public enum DuePlace {
    /** A meeting (id: the meeting). */
    MEETING,
    /** The action log (id: the action). */
    ACTION_LOG,
    /** A case review (id: the review). */
    CASE_REVIEW,
    /** The learning tracker (id: the learning record). */
    LEARNING,
    /** A group's terms of reference and register (id: the group). */
    GROUP
}
