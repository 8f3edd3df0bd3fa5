package org.hubdesk.domain.hub;

import java.time.YearMonth;
import org.hubdesk.domain.common.UserInputException;

/**
 * A partnership's business year, e.g. 2018-19 starting in April 2018. A year starting in January
 * is simply the calendar year.
 */
public record PartnershipYear(int startYear, int firstMonth) {
    public PartnershipYear {
        if (firstMonth < 1 || firstMonth > 12) {
            throw new UserInputException("The partnership year must start in a month from 1 to 12, not " + firstMonth);
        }
        if (startYear < 1990 || startYear > 2200) {
            throw new UserInputException("The year " + startYear + " is outside what Hubdesk plans for (1990 to 2200)");
        }
    }

    public static PartnershipYear containing(YearMonth month, int firstMonth) {
        int start = month.getMonthValue() >= firstMonth ? month.getYear() : month.getYear() - 1;
        return new PartnershipYear(start, firstMonth);
    }

    public YearMonth first() {
        return YearMonth.of(startYear, firstMonth);
    }

    public YearMonth last() {
        return first().plusMonths(11);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    /** "2018-19", or "2019" for a calendar year. */
    public String label() {
        if (firstMonth == 1) {
            return Integer.toString(startYear);
        }
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
