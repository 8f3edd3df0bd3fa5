package org.hubdesk.domain.hub;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.UserInputException;

/**
 * The month view of a programme, as the Appendix 3 table: for each month, each priority's phase
 * and activities that month. The screen's month view and the hub programme report both read it.
 */
public record ProgrammeMonths(List<MonthRow> rows) {
    public record Entry(Priority priority, HubCycle cycle, HubPhase phase) {
        public List<Activity> activities() {
            return phase.activities();
        }
    }

    public record MonthRow(YearMonth month, List<Entry> entries) {
        public MonthRow {
            entries = List.copyOf(entries);
        }
    }

    public ProgrammeMonths {
        rows = List.copyOf(rows);
    }

    public static ProgrammeMonths of(List<Priority> priorities, List<HubCycle> cycles, YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new UserInputException("Give the first and last month to show");
        }
        if (to.isBefore(from)) {
            throw new UserInputException("The last month (" + to + ") is before the first (" + from + ")");
        }
        Map<Long, Priority> byId = priorities.stream().collect(Collectors.toMap(Priority::id, Function.identity(), (a, b) -> a));
        List<HubCycle> ordered = cycles.stream()
                .sorted(HubCycle.BY_START).toList();
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            List<Entry> entries = new ArrayList<>();
            for (HubCycle cycle : ordered) {
                for (HubPhase phase : cycle.phases()) {
                    if (phase.covers(m)) {
                        Priority priority = byId.get(cycle.priorityId());
                        if (priority != null) {
                            entries.add(new Entry(priority, cycle, phase));
                        }
                    }
                }
            }
            rows.add(new MonthRow(m, entries));
        }
        return new ProgrammeMonths(rows);
    }
}
