package org.hubdesk.domain.actions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.hubdesk.domain.common.UserInputException;

/**
 * When an action is due: a day ("2027-06-01") or a whole month ("2027-06"), as delivery plans
 * write timescales. A month is due by its last day.
 */
public record Timescale(LocalDate day, YearMonth month) {
    public Timescale {
        if ((day == null) == (month == null)) {
            throw new IllegalArgumentException("A timescale is either a day or a month");
        }
    }

    public static Timescale ofDay(LocalDate day) {
        return new Timescale(day, null);
    }

    public static Timescale ofMonth(YearMonth month) {
        return new Timescale(null, month);
    }

    /** Parses an ISO day or month; blank means no timescale (null). */
    public static Timescale parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.length() <= 7 ? ofMonth(YearMonth.parse(t)) : ofDay(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new UserInputException("'" + t + "' is not a timescale: write a date like 2027-06-01 or a month like 2027-06");
        }
    }

    public LocalDate dueBy() {
        return day != null ? day : month.atEndOfMonth();
    }

    @Override
    public String toString() {
        return day != null ? day.toString() : month.toString();
    }
}
