package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import org.hubdesk.domain.calendar.WorkingDayCalendar;
import org.hubdesk.domain.common.Labelled;

/**
 * The statutory clocks of a case review, each counted from the date the referral (or the single
 * agency review's letter) was received. Working-day clocks count England and Wales working days,
 * day 1 being the first working day after the date received. Its label is what the command line and
 * the screens print before the date.
 */
public enum ClockKind implements Labelled {
    /** Working Together 2018: notify the Child Safeguarding Practice Review Panel within 5 working days. */
    NATIONAL_PANEL(new Allowance(5, true)),
    /** Seed 002 section 4: the Rapid Review report goes to the National Panel within 15 working days. */
    RAPID_REVIEW_REPORT(new Allowance(15, true)),
    /** Seed 002 section 6: within three weeks of receipt of the letter, 21 calendar days. */
    SINGLE_AGENCY_REVIEW(new Allowance(21, false));

    /** What a clock allows from the date received: so many working days, or calendar days. */
    public record Allowance(int days, boolean workingDays) {
        /** "5 working days", "21 calendar days". */
        public String inWords() {
            return days + (workingDays ? " working days" : " calendar days");
        }

        /** The last day on which the clock is met: day {@code days} counted from the day after {@code received}. */
        public LocalDate dueOn(LocalDate received) {
            return workingDays ? WorkingDayCalendar.workingDaysAfter(received, days) : received.plusDays(days);
        }
    }

    private final Allowance allowance;

    ClockKind(Allowance allowance) {
        this.allowance = allowance;
    }

    public Allowance allowance() {
        return allowance;
    }

    /** The last day on which the clock is met. */
    public LocalDate dueOn(LocalDate received) {
        return allowance.dueOn(received);
    }
}
