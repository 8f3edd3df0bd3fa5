package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.PartnershipYear;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;

/**
 * Plans a year's programme as Appendix 3 of seed 000 does: one cycle per priority, in order, each
 * next cycle's scoping held in the previous cycle's final month. Three priorities from October 2018
 * give October 2018 to July 2019.
 */
public final class ProgrammePlanner {
    /** How far back a programme may start: recording a programme already under way is fine, a typo like 2002 is not. */
    public static final int MAX_MONTHS_IN_THE_PAST = 12;
    public static final int MAX_PRIORITIES = 12;

    private final PhaseLengths lengths;
    private final int yearStartMonth;

    public ProgrammePlanner(HubSettings settings) {
        this.lengths = settings.phaseLengths();
        this.yearStartMonth = settings.yearStartMonth();
    }

    public List<PlannedCycle> plan(List<String> priorityTitles, YearMonth firstStart, YearMonth currentMonth) {
        if (firstStart == null) {
            throw new UserInputException("Give the month the first cycle starts in (YYYY-MM)");
        }
        if (priorityTitles == null || priorityTitles.isEmpty()) {
            throw new UserInputException("Name at least one priority for the programme");
        }
        if (priorityTitles.size() > MAX_PRIORITIES) {
            throw new UserInputException("A programme of " + priorityTitles.size() + " priorities is too many; plan at most "
                    + MAX_PRIORITIES + " at a time");
        }
        if (currentMonth != null && firstStart.isBefore(currentMonth.minusMonths(MAX_MONTHS_IN_THE_PAST))) {
            throw new UserInputException("The start month " + firstStart + " is more than " + MAX_MONTHS_IN_THE_PAST
                    + " months in the past; start in " + currentMonth.minusMonths(MAX_MONTHS_IN_THE_PAST) + " or later");
        }
        Set<String> seen = new HashSet<>();
        List<PlannedCycle> planned = new ArrayList<>();
        // One programme is one year's priorities (Appendix 3's "2018-19" runs on to July 2019).
        int partnershipYear = PartnershipYear.containing(firstStart, yearStartMonth).startYear();
        YearMonth start = firstStart;
        for (String title : priorityTitles) {
            Priority priority = new Priority(0, title, null, partnershipYear);
            if (!seen.add(priority.title().toLowerCase(Locale.ROOT))) {
                throw new UserInputException("The priority '" + priority.title() + "' is named twice");
            }
            HubCycle cycle = HubCycle.standard(0, start, lengths);
            planned.add(new PlannedCycle(priority, cycle));
            start = cycle.lastMonth();
        }
        return planned;
    }
}
