package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.Labelled;

/** Where a hub activity stands. */
public enum ActivityStatus implements Labelled {
    PLANNED,
    IN_PROGRESS,
    DONE;

    public static ActivityStatus parse(String text) {
        return Labelled.parse(ActivityStatus.class, text, "activity status");
    }

    @Override
    public String toString() {
        return label();
    }
}
