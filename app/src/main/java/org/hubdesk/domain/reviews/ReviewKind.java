package org.hubdesk.domain.reviews;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.UserInputException;

/**
 * The kinds of case review a business unit tracks (seed 002 sections 4-7), plus reviews led by
 * another partnership (domestic homicide reviews, safeguarding adults reviews) that the Forum
 * notes on its "current and pending learning reviews" item.
 */
public enum ReviewKind {
    RAPID_REVIEW("rapid-review", "Rapid review", List.of(ClockKind.NATIONAL_PANEL, ClockKind.RAPID_REVIEW_REPORT)),
    SINGLE_AGENCY("single-agency", "Single agency review", List.of(ClockKind.SINGLE_AGENCY_REVIEW)),
    /** A local child safeguarding practice review always follows a rapid review, so it keeps that review's clocks. */
    LCSPR("lcspr", "Local child safeguarding practice review", List.of(ClockKind.NATIONAL_PANEL, ClockKind.RAPID_REVIEW_REPORT)),
    SERIOUSLY_GOOD("seriously-good", "Seriously good case review", List.of()),
    LED_ELSEWHERE("led-elsewhere", "Review led elsewhere (DHR, SAR)", List.of());

    private final String code;
    private final String label;
    private final List<ClockKind> clocks;

    ReviewKind(String code, String label, List<ClockKind> clocks) {
        this.code = code;
        this.label = label;
        this.clocks = clocks;
    }

    /** The word the command line uses: {@code rapid-review}, {@code lcspr}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The few words a narrow list column has room for. */
    public String shortLabel() {
        return switch (this) {
            case RAPID_REVIEW -> "Rapid review";
            case SINGLE_AGENCY -> "Single agency";
            case LCSPR -> "LCSPR";
            case SERIOUSLY_GOOD -> "Seriously good";
            case LED_ELSEWHERE -> "Led elsewhere";
        };
    }

    /** The heading over several: "Rapid reviews", "Reviews led elsewhere (DHRs, SARs)". */
    public String pluralLabel() {
        return this == LED_ELSEWHERE ? "Reviews led elsewhere (DHRs, SARs)" : label + "s";
    }

    /** The statutory clocks that run for this kind from the date received, in the order they fall due. */
    public List<ClockKind> clocks() {
        return clocks;
    }

    public static ReviewKind parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted) || k.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new UserInputException("'" + text + "' is not a kind of review; use one of "
                        + Arrays.stream(values()).map(ReviewKind::code).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label;
    }
}
