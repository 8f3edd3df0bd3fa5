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

    public boolean open() {
        return this != COMPLETED && this != CLOSED;
    }

    @Override
    public String toString() {
        return label;
    }
}
