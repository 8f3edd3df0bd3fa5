package org.hubdesk.domain.hub;

import java.util.EnumMap;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;

/**
 * How many months each phase of a new cycle lasts: a partnership setting. Seed 000's cycle is one
 * month each; a partnership running 2-3 thematic hubs a year (seed 002) lengthens them.
 */
public record PhaseLengths(Map<PhaseKind, Integer> months) {
    public static final int MAX_MONTHS = 12;
    public static final PhaseLengths ONE_MONTH_EACH = new PhaseLengths(1, 1, 1, 1);

    public PhaseLengths {
        EnumMap<PhaseKind, Integer> copy = new EnumMap<>(PhaseKind.class);
        for (PhaseKind kind : PhaseKind.values()) {
            Integer n = months == null ? null : months.get(kind);
            if (n == null) {
                throw new UserInputException("Give a length in months for the phase '" + kind.label() + "'");
            }
            if (n < 1) {
                throw new UserInputException("The phase '" + kind.label() + "' must last at least one month, not " + n);
            }
            if (n > MAX_MONTHS) {
                throw new UserInputException("The phase '" + kind.label() + "' cannot last more than " + MAX_MONTHS + " months, not " + n);
            }
            copy.put(kind, n);
        }
        months = java.util.Collections.unmodifiableMap(copy);
    }

    public PhaseLengths(int scoping, int audits, int feedback, int recommendations) {
        this(Map.of(PhaseKind.SCOPING, scoping, PhaseKind.AUDITS, audits, PhaseKind.FEEDBACK, feedback,
                PhaseKind.RECOMMENDATIONS, recommendations));
    }

    public int of(PhaseKind kind) {
        return months.get(kind);
    }

    public int total() {
        return months.values().stream().mapToInt(Integer::intValue).sum();
    }

    public PhaseLengths with(PhaseKind kind, int n) {
        EnumMap<PhaseKind, Integer> copy = new EnumMap<>(months);
        copy.put(kind, n);
        return new PhaseLengths(copy);
    }
}
