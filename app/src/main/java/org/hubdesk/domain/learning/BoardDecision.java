package org.hubdesk.domain.learning;

/** What the Partnership Board decided about a hub recommendation. */
public enum BoardDecision {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    NOT_AGREED("Not agreed");

    private final String label;

    BoardDecision(String label) {
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
