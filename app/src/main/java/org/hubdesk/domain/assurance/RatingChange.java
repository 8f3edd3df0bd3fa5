package org.hubdesk.domain.assurance;

/** How a standard's rating moved since the previous round. */
public enum RatingChange {
    IMPROVED("Improved", "+"),
    SAME("No change", "="),
    DECLINED("Declined", "-"),
    NEW("Not rated last round", "new"),
    NOT_RATED("Not rated", "");

    private final String label;
    private final String symbol;

    RatingChange(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    /** A short mark for a heat map cell: "+", "-", "=" or "new" (plain ASCII, so every PDF font has it). */
    public String symbol() {
        return symbol;
    }

    public static RatingChange between(SelfRating previous, SelfRating now) {
        if (now == null) {
            return NOT_RATED;
        }
        if (previous == null) {
            return NEW;
        }
        int d = Integer.compare(now.score(), previous.score());
        return d > 0 ? IMPROVED : d < 0 ? DECLINED : SAME;
    }
}
