package org.hubdesk.domain.common;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A partnership's reporting year: twelve months from its start month (April by default, as in
 * English public bodies), named by the calendar year it starts in, e.g. 2025-26.
 */
public record PartnershipYear(int startYear, int startMonth) implements Comparable<PartnershipYear> {
    public PartnershipYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new UserInputException("The partnership year must start in a month from 1 to 12, not " + startMonth);
        }
        if (startYear < 1900 || startYear > 9998) {
            throw new UserInputException("The year " + startYear + " is not a year Hubdesk can report on");
        }
    }

    /** The partnership year a day falls in. */
    public static PartnershipYear containing(LocalDate day, int startMonth) {
        int year = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return new PartnershipYear(year, startMonth);
    }

    /** The year starting in {@code startYear} when one is named, else the one {@code today} falls in. */
    public static PartnershipYear namedOrContaining(Integer startYear, LocalDate today, int startMonth) {
        return startYear != null ? new PartnershipYear(startYear, startMonth) : containing(today, startMonth);
    }

    /** The partnership year a month falls in (hub cycles are planned in whole months). */
    public static PartnershipYear containing(YearMonth month, int startMonth) {
        return containing(month.atDay(1), startMonth);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(startYear, startMonth);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(11);
    }

    public boolean contains(YearMonth month) {
        return month != null && !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public PartnershipYear next() {
        return new PartnershipYear(startYear + 1, startMonth);
    }

    /** "2025-26", or "2025" for a calendar year. */
    public String label() {
        if (startMonth == 1) {
            return Integer.toString(startYear);
        }
        return startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    /** "1 April 2025 to 31 March 2026". */
    public String span() {
        return describe(firstDay()) + " to " + describe(lastDay());
    }

    /** "2025-26 (1 April 2025 to 31 March 2026)": the year named in full, as papers' subtitles and the CLI give it. */
    public String labelWithSpan() {
        return label() + " (" + span() + ")";
    }

    private static String describe(LocalDate day) {
        return day.getDayOfMonth() + " " + Month.of(day.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear();
    }

    @Override
    public int compareTo(PartnershipYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
