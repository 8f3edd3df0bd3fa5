package org.hubdesk.domain.common;

import java.util.function.IntFunction;

/**
 * Text a person typed into a field, as a record keeps it: stripped of outer white space, blank
 * refused (required) or kept as null (optional), and no longer than the store holds. The messages
 * are the record's own, so each says what to do in its words.
 */
public final class UserText {
    private UserText() {
    }

    /** {@code text} stripped; blank or null is refused with {@code whenBlank}. */
    public static String required(String text, String whenBlank) {
        if (text == null || text.isBlank()) {
            throw new UserInputException(whenBlank);
        }
        return text.strip();
    }

    /** As {@link #required(String, String)}, and longer than {@code max} refused with {@code whenTooLong} of its length. */
    public static String required(String text, String whenBlank, int max, IntFunction<String> whenTooLong) {
        return atMost(required(text, whenBlank), max, whenTooLong);
    }

    /** {@code text} stripped, or null when it is blank or null. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** As {@link #optional(String)}, and longer than {@code max} refused with {@code whenTooLong} of its length. */
    public static String optional(String text, int max, IntFunction<String> whenTooLong) {
        String stripped = optional(text);
        return stripped == null ? null : atMost(stripped, max, whenTooLong);
    }

    private static String atMost(String text, int max, IntFunction<String> whenTooLong) {
        if (text.length() > max) {
            throw new UserInputException(whenTooLong.apply(text.length()));
        }
        return text;
    }
}
