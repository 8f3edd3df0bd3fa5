package org.hubdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * England and Wales bank holidays, computed from the rules of the Banking and Financial Dealings
 * Act 1971 and the royal proclamations since 1978 (when the early May holiday began), so they
 * never "run out" the way a typed list does. One-off changes announced by proclamation (a moved
 * holiday, an extra one for a jubilee or a state funeral) are kept in {@link #ANNOUNCED}: when a
 * new one is proclaimed, add one line there with its test.
 */
public final class BankHolidays {
    /** A proclaimed change to one year: the rule's date that is dropped (or null) and the day added. */
    public record Announced(LocalDate dropped, LocalDate added, String reason) {
    }

    /** Proclaimed changes to the rules, oldest first. */
    public static final List<Announced> ANNOUNCED = List.of(
            new Announced(LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8), "early May bank holiday moved for the 50th anniversary of VE Day"),
            new Announced(null, LocalDate.of(1999, 12, 31), "Millennium"),
            new Announced(LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4), "spring bank holiday moved for the Golden Jubilee"),
            new Announced(null, LocalDate.of(2002, 6, 3), "Golden Jubilee"),
            new Announced(null, LocalDate.of(2011, 4, 29), "Royal wedding"),
            new Announced(LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4), "spring bank holiday moved for the Diamond Jubilee"),
            new Announced(null, LocalDate.of(2012, 6, 5), "Diamond Jubilee"),
            new Announced(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8), "early May bank holiday moved for the 75th anniversary of VE Day"),
            new Announced(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2), "spring bank holiday moved for the Platinum Jubilee"),
            new Announced(null, LocalDate.of(2022, 6, 3), "Platinum Jubilee"),
            new Announced(null, LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
            new Announced(null, LocalDate.of(2023, 5, 8), "Coronation of King Charles III"));

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        return inYear(day.getYear()).containsKey(day);
    }

    /** The year's bank holidays with their names, in date order. */
    public static Map<LocalDate, String> inYear(int year) {
        return CACHE.computeIfAbsent(year, BankHolidays::compute);
    }

    public static List<LocalDate> datesInYear(int year) {
        return new ArrayList<>(inYear(year).keySet());
    }

    private static Map<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(substituteIfWeekend(LocalDate.of(year, 1, 1)), "New Year's Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        if (year >= 1978) {
            days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
        }
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
        days.put(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday");
        addChristmas(year, days);
        for (Announced change : ANNOUNCED) {
            if (change.dropped() != null && change.dropped().getYear() == year) {
                days.remove(change.dropped());
            }
            if (change.added().getYear() == year) {
                days.put(change.added(), change.reason());
            }
        }
        return Collections.unmodifiableMap(days);
    }

    /** A holiday falling on a weekend is taken on the next Monday. */
    private static LocalDate substituteIfWeekend(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /**
     * Christmas and Boxing Day: when either falls at a weekend the next weekdays not already a
     * holiday are taken instead (Christmas on a Saturday gives Monday 27 and Tuesday 28).
     */
    private static void addChristmas(int year, Map<LocalDate, String> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        Set<LocalDate> taken = new TreeSet<>();
        // A day that falls on a weekday keeps its name; only weekend ones move to a substitute.
        for (LocalDate day : List.of(christmas, boxing)) {
            if (!isWeekend(day)) {
                taken.add(day);
                days.put(day, day.equals(christmas) ? "Christmas Day" : "Boxing Day");
            }
        }
        for (LocalDate day : List.of(christmas, boxing)) {
            if (isWeekend(day)) {
                LocalDate substitute = day;
                while (isWeekend(substitute) || taken.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                taken.add(substitute);
                days.put(substitute, (day.equals(christmas) ? "Christmas Day" : "Boxing Day") + " (substitute day)");
            }
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Western Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
