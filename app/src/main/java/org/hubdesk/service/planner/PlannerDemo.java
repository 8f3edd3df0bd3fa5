package org.hubdesk.service.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.hubdesk.domain.calendar.WorkingDayCalendar;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.jooq.DSLContext;

/**
 * A year of fictional events on the demo's forward planner, from this month on: the seeds'
 * kinds (training programmes, learning events, Information Highway Friday sessions, Young
 * People's Safeguarding Forum workshops every two months, the yearly joint development day).
 * Places and organisers are invented. No event falls on a bank holiday: a series leaves them out
 * (the planner's rule for every series) and a one-off weekday event moves to the next working day.
 */
public final class PlannerDemo implements DemoContributor {
    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        LocalDate start = facts.today().withDayOfMonth(1);
        LocalDate end = start.plusYears(1).minusDays(1);
        java.time.LocalDateTime now = facts.today().atTime(9, 0);
        LocalDate firstFriday = start.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        PlannerService.add(ctx, event("Information Highway Friday session: learning from our reviews", EventKind.INFORMATION_HIGHWAY,
                firstFriday, LocalTime.of(12, 30), LocalTime.of(13, 30), "Online (Teams)", "Multi-agency professionals",
                "Partnership business unit"), new Recurrence(Recurrence.Frequency.MONTHLY, 1, end), now);
        LocalDate workshop = start.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        PlannerService.add(ctx, event("Young People's Safeguarding Forum workshop", EventKind.WORKSHOP, workshop, LocalTime.of(16, 0),
                LocalTime.of(18, 0), "Northbridge Youth Centre", "Children and young people", "Youth Service"),
                new Recurrence(Recurrence.Frequency.MONTHLY, 2, end), now);
        LocalDate training = start.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).plusWeeks(1);
        PlannerService.add(ctx, event("Multi-agency safeguarding training: working together", EventKind.TRAINING, training,
                LocalTime.of(9, 30), LocalTime.of(16, 0), "Civic Offices, Training Room 2", "Practitioners from every agency",
                "Partnership training officer"), new Recurrence(Recurrence.Frequency.MONTHLY, 3, end), now);
        PlannerService.add(ctx, event("Domestic abuse training programme: risk assessment", EventKind.TRAINING,
                weekday(start.plusMonths(2), 14), LocalTime.of(9, 30), LocalTime.of(13, 0), "Online (Teams)",
                "Practitioners and first-line managers", "Community safety team"), null, now);
        PlannerService.add(ctx, event("Learning event: strategy discussions after Child A", EventKind.LEARNING_EVENT,
                weekday(start.plusMonths(1), 20), LocalTime.of(10, 0), LocalTime.of(12, 30), "Northbridge Library, Community Room",
                "Social workers, police, health and schools", "Practice review and learning manager"), null, now);
        PlannerService.add(ctx, event("Learning event: neglect and the graded care profile", EventKind.LEARNING_EVENT,
                weekday(start.plusMonths(7), 9), LocalTime.of(10, 0), LocalTime.of(12, 30), "Civic Offices, Council Chamber",
                "Multi-agency practitioners", "Practice review and learning manager"), null, now);
        LocalDate devDay = start.plusMonths(10).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        PlannerService.add(ctx, event("Joint development day with the Young People's Safeguarding Forum", EventKind.DEVELOPMENT_DAY,
                devDay, LocalTime.of(10, 0), LocalTime.of(15, 0), "Northbridge Youth Centre",
                "Young people and the Safeguarding Partnership", "Youth Service and business unit"), null, now);
    }

    /** That day of the month, or the next working day if it is a weekend or a bank holiday. */
    private static LocalDate weekday(LocalDate month, int dayOfMonth) {
        return WorkingDayCalendar.onOrAfter(month.withDayOfMonth(dayOfMonth));
    }

    private static PlannerEvent event(String title, EventKind kind, LocalDate day, LocalTime from, LocalTime to, String place,
                                      String audience, String organiser) {
        return new PlannerEvent(0, title, kind, day.atTime(from), day.atTime(to), place, audience, organiser, null, null);
    }
}
