package org.hubdesk.domain.meetings;

/** Where a meeting is in its life: planned (including while it runs), held, or cancelled. */
public enum MeetingStatus {
    PLANNED("Planned"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
