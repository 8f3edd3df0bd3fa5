package org.hubdesk.domain.assurance;

import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;
import org.hubdesk.domain.common.UserInputException;

/**
 * The fixed scale an agency or school rates itself on, one standard at a time: 1 to 4, each with
 * its RAG colour for the heat map. Documented in the README ("The rating scale").
 */
public enum SelfRating implements Labelled {
    NOT_MET(1, 0xE06666),
    PARTLY_MET(2, 0xF6B26B),
    MOSTLY_MET(3, 0xB6D7A8),
    FULLY_MET(4, 0x6AA84F);

    private final int score;
    private final int rgb;

    SelfRating(int score, int rgb) {
        this.score = score;
        this.rgb = rgb;
    }

    public int score() {
        return score;
    }

    /** The heat map colour in words: Red, Amber, Yellow-green, Green. */
    public String colourName() {
        return Labels.of(this, "colourName");
    }

    /** The heat map colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** "6AA84F": the colour as Word and CSS write it. */
    public String hex() {
        return String.format(Locale.ROOT, "%06X", rgb);
    }

    public static SelfRating ofScore(int score) {
        return Labelled.first(SelfRating.class, r -> r.score == score).orElseThrow(
                () -> new UserInputException("A rating is 1 (not met), 2 (partly met), 3 (mostly met) or 4 (fully met), not " + score));
    }

    /**
     * Reads a rating as a person types it into the returned template: "3", "3 - Mostly met",
     * "Mostly met", or the colour (red, amber, green). Blank means not rated (null).
     */
    public static SelfRating parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (Character.isDigit(t.charAt(0))) {
            int end = 0;
            while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.')) {
                end++;
            }
            String number = t.substring(0, end);
            try {
                double d = Double.parseDouble(number);
                if (d == Math.rint(d)) {
                    return ofScore((int) d);
                }
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
            throw new UserInputException("'" + text.strip() + "' is not a rating: use 1, 2, 3 or 4");
        }
        for (SelfRating r : values()) {
            if (t.equals(r.label().toLowerCase(Locale.ROOT)) || t.equals(r.colourName().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        if (t.equals("r")) {
            return NOT_MET;
        }
        if (t.equals("a")) {
            return PARTLY_MET;
        }
        if (t.equals("g")) {
            return FULLY_MET;
        }
        throw new UserInputException("'" + text.strip() + "' is not a rating: use 1 (not met), 2 (partly met), 3 (mostly met) or 4 (fully met)");
    }

    @Override
    public String toString() {
        return score + " " + label();
    }
}
