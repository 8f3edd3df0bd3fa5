package org.hubdesk.domain.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A month of the planner laid out as a calendar: whole weeks from Monday, each day with its
 * events in time order (days of the months either side included, to fill the first and last week).
 */
public record PlannerMonth(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, List<PlannerEvent> events) {
    }

    public static PlannerMonth of(YearMonth month, List<PlannerEvent> events) {
        LocalDate[] shown = range(month);
        LocalDate first = shown[0];
        LocalDate last = shown[1];
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            week.add(new Day(day, YearMonth.from(day).equals(month), events.stream().filter(e -> e.day().equals(day))
                    .sorted(java.util.Comparator.comparing(PlannerEvent::starts)).toList()));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        return new PlannerMonth(month, List.copyOf(weeks));
    }

    /** The first and the last day shown (Monday to Sunday), to read the events for. */
    public static LocalDate[] range(YearMonth month) {
        return new LocalDate[] {month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
            month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
    }
}
