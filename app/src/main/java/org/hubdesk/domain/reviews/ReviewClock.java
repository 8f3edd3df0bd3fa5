package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hubdesk.domain.calendar.WorkingDayCalendar;

/**
 * One statutory clock of one review: when it is due, when (if at all) it was done, and how it
 * stands on a given day. A running clock is amber from {@value #AMBER_DAYS} days left (working
 * days for a working-day clock) and red once its day has passed.
 */
public record ReviewClock(ClockKind kind, LocalDate received, LocalDate dueOn, LocalDate doneOn) {
    public static final int AMBER_DAYS = 2;

    public static ReviewClock of(ClockKind kind, LocalDate received, LocalDate doneOn) {
        return new ReviewClock(kind, received, kind.dueOn(received), doneOn);
    }

    public String label() {
        return kind.label();
    }

    /**
     * Days left to the due day, today not counted, the due day counted: 0 on the due day itself,
     * negative once overdue. Working days for a working-day clock, else calendar days.
     */
    public int daysLeft(LocalDate today) {
        if (!kind.allowance().workingDays()) {
            return (int) ChronoUnit.DAYS.between(today, dueOn);
        }
        int n = 0;
        if (today.isBefore(dueOn)) {
            for (LocalDate d = today.plusDays(1); !d.isAfter(dueOn); d = d.plusDays(1)) {
                if (WorkingDayCalendar.isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }
        for (LocalDate d = dueOn.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (WorkingDayCalendar.isWorkingDay(d)) {
                n++;
            }
        }
        return -n;
    }

    public TrafficLight light(LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? TrafficLight.MISSED : TrafficLight.MET;
        }
        if (today.isAfter(dueOn)) {
            return TrafficLight.RED;
        }
        return daysLeft(today) <= AMBER_DAYS ? TrafficLight.AMBER : TrafficLight.GREEN;
    }

    public boolean overdue(LocalDate today) {
        return light(today) == TrafficLight.RED;
    }

    /** "3 working days left", "due today", "2 days overdue", "met on 2027-01-05". */
    public String describe(LocalDate today) {
        if (doneOn != null) {
            return (doneOn.isAfter(dueOn) ? "missed, done on " : "met on ") + doneOn;
        }
        int left = daysLeft(today);
        String unit = kind.allowance().workingDays() ? "working day" : "day";
        if (left == 0) {
            return today.equals(dueOn) ? "due today" : "overdue";
        }
        int n = Math.abs(left);
        return n + " " + unit + (n == 1 ? "" : "s") + (left > 0 ? " left" : " overdue");
    }
}
