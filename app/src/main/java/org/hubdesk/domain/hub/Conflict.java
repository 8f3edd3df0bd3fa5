package org.hubdesk.domain.hub;

import java.time.YearMonth;
import java.util.List;

/** Something wrong with the programme that the business manager should see and fix. */
public record Conflict(Kind kind, List<Long> cycleIds, PhaseKind phaseKind, YearMonth firstMonth, YearMonth lastMonth,
                       String message) {
    public enum Kind {
        /** Two cycles in the same phase in one month, e.g. two audit programmes at once. */
        SAME_PHASE_AT_ONCE,
        /** No lead nominated by a safeguarding partner. */
        NO_LEAD,
        /** A phase whose months are over but whose activities are still all or partly planned. */
        PAST_STILL_PLANNED
    }

    public Conflict {
        cycleIds = List.copyOf(cycleIds);
    }

    /** "in 2027-01" or "from 2027-01 to 2027-03". */
    public String when() {
        return firstMonth.equals(lastMonth) ? "in " + firstMonth : "from " + firstMonth + " to " + lastMonth;
    }

    public boolean involves(long cycleId) {
        return cycleIds.contains(cycleId);
    }
}
