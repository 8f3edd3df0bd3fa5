package org.hubdesk.domain.reviews;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;
import org.hubdesk.domain.common.UserInputException;

/**
 * The kinds of case review a business unit tracks (seed 002 sections 4-7), plus reviews led by
 * another partnership (domestic homicide reviews, safeguarding adults reviews) that the Forum
 * notes on its "current and pending learning reviews" item.
 */
public enum ReviewKind implements Labelled {
    RAPID_REVIEW(List.of(ClockKind.NATIONAL_PANEL, ClockKind.RAPID_REVIEW_REPORT)),
    SINGLE_AGENCY(List.of(ClockKind.SINGLE_AGENCY_REVIEW)),
    /** A local child safeguarding practice review always follows a rapid review, so it keeps that review's clocks. */
    LCSPR(List.of(ClockKind.NATIONAL_PANEL, ClockKind.RAPID_REVIEW_REPORT)),
    SERIOUSLY_GOOD(List.of()),
    LED_ELSEWHERE(List.of());

    private final List<ClockKind> clocks;

    ReviewKind(List<ClockKind> clocks) {
        this.clocks = clocks;
    }

    /** The word the command line uses, the name in lower case with hyphens: {@code rapid-review}, {@code lcspr}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The few words a narrow list column has room for. */
    public String shortLabel() {
        return Labels.of(this, "shortLabel");
    }

    /** The heading over several: "Rapid reviews", "Reviews led elsewhere (DHRs, SARs)". */
    public String pluralLabel() {
        return Labels.of(this, "pluralLabel");
    }

    /** The statutory clocks that run for this kind from the date received, in the order they fall due. */
    public List<ClockKind> clocks() {
        return clocks;
    }

    public static ReviewKind parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code().equals(wanted) || k.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new UserInputException("'" + text + "' is not a kind of review; use one of "
                        + Arrays.stream(values()).map(ReviewKind::code).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label();
    }
}
