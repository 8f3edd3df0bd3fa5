package org.hubdesk.domain.reviews;

/** Where a review is in its life. */
public enum ReviewStatus {
    REFERRED("Referred, awaiting panel decision"),
    IN_PROGRESS("In progress"),
    AWAITING_DECISION("Rapid review done, awaiting LCSPR decision"),
    COMPLETED("Completed"),
    CLOSED("Closed, no further review");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The few words a narrow list column has room for. */
    public String shortLabel() {
        return switch (this) {
            case REFERRED -> "Referred";
            case IN_PROGRESS -> "In progress";
            case AWAITING_DECISION -> "Awaiting decision";
            case COMPLETED -> "Completed";
            case CLOSED -> "Closed";
        };
    }

    public boolean open() {
        return this != COMPLETED && this != CLOSED;
    }

    @Override
    public String toString() {
        return label;
    }
}
