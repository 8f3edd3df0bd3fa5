package org.hubdesk.domain.hub;

import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;

/** One phase of a cycle: a kind, the months it runs and its activities. */
public record HubPhase(long id, PhaseKind kind, YearMonth firstMonth, int months, List<Activity> activities) {
    public HubPhase {
        if (kind == null) {
            throw new UserInputException("A phase needs a kind");
        }
        if (firstMonth == null) {
            throw new UserInputException("The phase '" + kind.label() + "' needs a start month");
        }
        if (months < 1) {
            throw new UserInputException("The phase '" + kind.label() + "' must last at least one month, not " + months);
        }
        if (months > PhaseLengths.MAX_MONTHS) {
            throw new UserInputException("The phase '" + kind.label() + "' cannot last more than " + PhaseLengths.MAX_MONTHS
                    + " months, not " + months);
        }
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** A new phase with the Appendix 3 activities, all planned. */
    public static HubPhase standard(PhaseKind kind, YearMonth firstMonth, int months) {
        return new HubPhase(0, kind, firstMonth, months, kind.defaultActivities().stream().map(Activity::planned).toList());
    }

    /** A phase from its first and last month, as a person enters them. */
    public static HubPhase between(long id, PhaseKind kind, YearMonth first, YearMonth last, List<Activity> activities) {
        if (first == null || last == null) {
            throw new UserInputException("The phase '" + kind.label() + "' needs a first and a last month");
        }
        if (last.isBefore(first)) {
            throw new UserInputException("The phase '" + kind.label() + "' ends (" + last + ") before it starts (" + first + ")");
        }
        long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        return new HubPhase(id, kind, first, (int) Math.min(span, Integer.MAX_VALUE), activities);
    }

    public YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth());
    }

    /** Planned until something has started, done when everything is. */
    public ActivityStatus status() {
        if (activities.isEmpty()) {
            return ActivityStatus.PLANNED;
        }
        if (activities.stream().allMatch(a -> a.status() == ActivityStatus.DONE)) {
            return ActivityStatus.DONE;
        }
        if (activities.stream().allMatch(a -> a.status() == ActivityStatus.PLANNED)) {
            return ActivityStatus.PLANNED;
        }
        return ActivityStatus.IN_PROGRESS;
    }

    public HubPhase movedBy(long monthsLater) {
        return new HubPhase(id, kind, firstMonth.plusMonths(monthsLater), months, activities);
    }

    public HubPhase startingIn(YearMonth newFirst) {
        return new HubPhase(id, kind, newFirst, months, activities);
    }

    public HubPhase lasting(int newMonths) {
        return new HubPhase(id, kind, firstMonth, newMonths, activities);
    }

    public HubPhase withActivities(List<Activity> newActivities) {
        return new HubPhase(id, kind, firstMonth, months, newActivities);
    }
}
