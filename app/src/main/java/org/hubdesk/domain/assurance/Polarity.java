package org.hubdesk.domain.assurance;

import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/** Which way is better for an indicator: a higher figure, a lower one, or neither (context only). */
public enum Polarity implements Labelled {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEITHER;

    /** "higher", "Higher is better", "up", "lower", "down", "neither", "context"; blank is neither. */
    public static Polarity parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.startsWith("neither") || t.equals("context") || t.equals("none")) {
            return NEITHER;
        }
        if (t.startsWith("higher") || t.equals("up") || t.equals("high")) {
            return HIGHER_IS_BETTER;
        }
        if (t.startsWith("lower") || t.equals("down") || t.equals("low")) {
            return LOWER_IS_BETTER;
        }
        throw new UserInputException("'" + text.strip() + "' is not a polarity: use higher, lower or neither");
    }
}
