package org.hubdesk.domain.reviews;

/** What the safeguarding partners decide after a rapid review (seed 002 sections 5 and 6). */
public enum ReviewOutcome {
    LCSPR("Local child safeguarding practice review"),
    SINGLE_AGENCY_REVIEW("Single agency review"),
    NO_FURTHER_REVIEW("No further review");

    private final String label;

    ReviewOutcome(String label) {
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
