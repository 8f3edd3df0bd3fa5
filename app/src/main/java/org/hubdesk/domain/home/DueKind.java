package org.hubdesk.domain.home;

import org.hubdesk.domain.common.Labels;

/**
 * The kinds of thing Home and {@code hubdesk due} list, in the order Home groups them. The name is
 * the KIND column of {@code hubdesk due}; the heading is Home's group title.
 */
public enum DueKind {
    PAPERS,
    MINUTES,
    ACTION,
    CLOCK,
    IMPACT,
    TERMS,
    MEETING;

    public String heading() {
        return Labels.of(this, "heading");
    }

    /** What the group lists, in a few lower-case words. */
    public String explanation() {
        return Labels.of(this, "explanation");
    }
}
