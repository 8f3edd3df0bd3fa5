package org.hubdesk.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.hubdesk.domain.common.UserInputException;

/**
 * Dates and times typed as options' text. Commands read them here rather than through picocli converters, so that
 * a wrong one is a one-line error saying how to write it (exit 1), not a usage mistake.
 */
final class Typed {
    private Typed() {
    }

    /** A date written YYYY-MM-DD. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-09");
        }
    }

    /** The date of an option that may be left out: {@code otherwise} (which may be null) when it was. */
    static LocalDate date(String text, LocalDate otherwise) {
        return text == null ? otherwise : date(text);
    }

    /** A time written HH:MM (or H:MM) on the 24-hour clock. */
    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("'" + text + "' is not a time: write it as HH:MM on the 24-hour clock, e.g. 10:00");
        }
    }

    /** The time of an option that may be left out: {@code otherwise} when it was. */
    static LocalTime time(String text, LocalTime otherwise) {
        return text == null ? otherwise : time(text);
    }
}
