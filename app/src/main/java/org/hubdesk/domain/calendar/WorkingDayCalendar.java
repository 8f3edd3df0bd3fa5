package org.hubdesk.domain.calendar;

import java.time.LocalDate;

/** England and Wales working days: Monday to Friday, bank holidays excluded. */
public final class WorkingDayCalendar {
    private WorkingDayCalendar() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return !BankHolidays.isWeekend(day) && !BankHolidays.isBankHoliday(day);
    }

    /** The working day {@code n} working days before {@code day} (n ≥ 1; {@code day} itself is not counted). */
    public static LocalDate workingDaysBefore(LocalDate day, int n) {
        return countWorkingDays(day, n, -1);
    }

    /** The working day {@code n} working days after {@code day} ({@code day} itself is not counted). */
    public static LocalDate workingDaysAfter(LocalDate day, int n) {
        return countWorkingDays(day, n, 1);
    }

    /** Steps a day at a time ({@code step} -1 back, 1 forward) from {@code day} until {@code n} working days are counted. */
    private static LocalDate countWorkingDays(LocalDate day, int n, int step) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code day} if it is a working day, else the last working day before it. */
    public static LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
