package org.hubdesk.domain.assurance;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubdesk.domain.common.UserInputException;

/** A calendar quarter, named by its first month: January, April, July or October. */
public record Quarter(YearMonth firstMonth) implements Comparable<Quarter> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-\\d{1,2})?");
    private static final Pattern Q = Pattern.compile("(\\d{4})\\s*[- ]?\\s*q([1-4])|q([1-4])\\s*[- ]?\\s*(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("([a-z]{3})[a-z]*\\s*[-\u2013 to]+\\s*([a-z]{3})[a-z]*\\s+(\\d{4})");

    public Quarter {
        if (firstMonth == null) {
            throw new UserInputException("A quarter needs its first month");
        }
        if ((firstMonth.getMonthValue() - 1) % 3 != 0) {
            throw new UserInputException(firstMonth + " does not start a quarter: quarters start in January, April, July or October");
        }
    }

    public static Quarter of(int year, int firstMonth) {
        return new Quarter(YearMonth.of(year, firstMonth));
    }

    public static Quarter containing(LocalDate day) {
        return containing(YearMonth.from(day));
    }

    public static Quarter containing(YearMonth month) {
        return new Quarter(YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1));
    }

    public LocalDate firstDay() {
        return firstMonth.atDay(1);
    }

    public YearMonth lastMonth() {
        return firstMonth.plusMonths(2);
    }

    public Quarter next() {
        return new Quarter(firstMonth.plusMonths(3));
    }

    public Quarter previous() {
        return new Quarter(firstMonth.minusMonths(3));
    }

    /** "Apr-Jun 2026". */
    public String label() {
        return shortMonth(firstMonth.getMonth()) + "-" + shortMonth(lastMonth().getMonth()) + " " + lastMonth().getYear();
    }

    /** "Q2 26": short enough for a chart axis. */
    public String shortLabel() {
        return "Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1) + " " + String.format(Locale.ROOT, "%02d", firstMonth.getYear() % 100);
    }

    private static String shortMonth(Month m) {
        return m.getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
    }

    /** Reads "2026-04", "2026-04-01", "2026 Q2", "Q2 2026" (calendar quarters) or "Apr-Jun 2026". */
    public static Quarter parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new UserInputException("Give the quarter, e.g. 2026-04 or Apr-Jun 2026");
        }
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new UserInputException("'" + text.strip() + "' is not a month");
            }
            return new Quarter(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        m = Q.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            int q = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            return of(year, (q - 1) * 3 + 1);
        }
        m = SPAN.matcher(t);
        if (m.matches()) {
            for (Month month : Month.values()) {
                if (shortMonth(month).toLowerCase(Locale.ROOT).equals(m.group(1))) {
                    int year = Integer.parseInt(m.group(3));
                    // "Oct-Dec 2026" is named by its last month's year, which is its first month's too.
                    return new Quarter(YearMonth.of(year, month.getValue()));
                }
            }
        }
        throw new UserInputException("'" + text.strip() + "' is not a quarter: write 2026-04, 2026 Q2 or Apr-Jun 2026");
    }

    @Override
    public int compareTo(Quarter o) {
        return firstMonth.compareTo(o.firstMonth);
    }

    @Override
    public String toString() {
        return label();
    }
}
