package org.hubdesk.domain.meetings;

import org.hubdesk.domain.common.Labelled;

/** Where a meeting is in its life: planned (including while it runs), held, or cancelled. */
public enum MeetingStatus implements Labelled {
    PLANNED,
    HELD,
    CANCELLED;

    @Override
    public String toString() {
        return label();
    }
}
