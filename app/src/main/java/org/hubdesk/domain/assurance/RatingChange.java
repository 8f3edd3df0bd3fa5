package org.hubdesk.domain.assurance;

import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;

/** How a standard's rating moved since the previous round. */
public enum RatingChange implements Labelled {
    IMPROVED,
    SAME,
    DECLINED,
    NEW,
    NOT_RATED;

    /** A short mark for a heat map cell: "+", "-", "=" or "new" (plain ASCII, so every PDF font has it). */
    public String symbol() {
        return Labels.of(this, "symbol");
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
