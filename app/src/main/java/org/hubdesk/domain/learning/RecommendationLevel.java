package org.hubdesk.domain.learning;

/** Seed 000: the hub makes recommendations "both on an operational and strategic level". */
public enum RecommendationLevel {
    OPERATIONAL("Operational"),
    STRATEGIC("Strategic");

    private final String label;

    RecommendationLevel(String label) {
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
