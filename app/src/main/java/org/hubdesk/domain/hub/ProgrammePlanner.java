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
    /**
     * How far back a programme may start: recording last year's or an earlier programme (for the
     * annual report, or seed 000's 2018-19) is fine, with a warning; a typo like 2002 is not.
     */
    public static final int MAX_YEARS_IN_THE_PAST = 20;
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
        if (currentMonth != null && firstStart.isBefore(currentMonth.minusYears(MAX_YEARS_IN_THE_PAST))) {
            throw new UserInputException("The start month " + firstStart + " is more than " + MAX_YEARS_IN_THE_PAST
                    + " years in the past; start in " + currentMonth.minusYears(MAX_YEARS_IN_THE_PAST) + " or later");
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
            HubCycle cycle = doneBefore(HubCycle.standard(0, start, lengths), currentMonth);
            planned.add(new PlannedCycle(priority, cycle));
            start = cycle.lastMonth();
        }
        return planned;
    }

    /** A phase over before the current month is recorded as done: a past programme was carried out. */
    static HubCycle doneBefore(HubCycle cycle, YearMonth currentMonth) {
        if (currentMonth == null) {
            return cycle;
        }
        HubCycle marked = cycle;
        for (int i = 0; i < cycle.phases().size(); i++) {
            HubPhase phase = cycle.phases().get(i);
            if (phase.lastMonth().isBefore(currentMonth)) {
                marked = marked.withActivities(i, phase.activities().stream().map(a -> a.withStatus(ActivityStatus.DONE)).toList());
            }
        }
        return marked;
    }

    /**
     * The warning for a programme that is (partly) in the past, empty when none of its phases is over;
     * planning goes ahead either way.
     */
    public static java.util.Optional<String> pastWarning(List<PlannedCycle> planned, YearMonth currentMonth) {
        long done = planned.stream().flatMap(p -> p.cycle().phases().stream())
                .filter(ph -> currentMonth != null && ph.lastMonth().isBefore(currentMonth)).count();
        if (done == 0) {
            return java.util.Optional.empty();
        }
        long all = planned.stream().mapToLong(p -> p.cycle().phases().size()).sum();
        YearMonth first = planned.get(0).cycle().firstMonth();
        return java.util.Optional.of("Warning: the programme starts in " + first + ", in the past; " + done + " of its " + all
                + " phases ended before " + currentMonth + " and are recorded as done");
    }
}
