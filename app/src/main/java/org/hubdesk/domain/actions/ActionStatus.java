package org.hubdesk.domain.actions;

import org.hubdesk.domain.common.Labelled;

/** The status a user sets on an action; "overdue" is never set, it is derived from the timescale. */
public enum ActionStatus implements Labelled {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    @Override
    public String toString() {
        return label();
    }
}
