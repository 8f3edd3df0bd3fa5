package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/** Where a hub activity stands. */
public enum ActivityStatus implements Labelled {
    PLANNED,
    IN_PROGRESS,
    DONE;

    public static ActivityStatus parse(String text) {
        return Labelled.find(ActivityStatus.class, text)
                .orElseThrow(() -> new UserInputException("Unknown activity status '" + text + "': use planned, in progress or done"));
    }

    @Override
    public String toString() {
        return label();
    }
}
