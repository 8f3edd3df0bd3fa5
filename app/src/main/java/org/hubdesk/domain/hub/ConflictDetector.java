package org.hubdesk.domain.hub;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Flags what a programme should not silently allow. A cycle's scoping in the month another cycle
 * agrees its recommendations is Appendix 3's design (different phases), not a conflict; two cycles
 * both auditing in one month is.
 */
public final class ConflictDetector {
    private final LongFunction<String> priorityTitle;

    /** @param priorityTitle names a cycle's priority in messages, from its priority id */
    public ConflictDetector(LongFunction<String> priorityTitle) {
        this.priorityTitle = priorityTitle;
    }

    public List<Conflict> detect(List<HubCycle> cycles, YearMonth currentMonth) {
        List<Conflict> found = new ArrayList<>();
        found.addAll(samePhaseAtOnce(cycles));
        for (HubCycle cycle : sorted(cycles)) {
            if (cycle.leadPersonId() == null) {
                found.add(new Conflict(Conflict.Kind.NO_LEAD, List.of(cycle.id()), null, cycle.firstMonth(), cycle.lastMonth(),
                        "'" + title(cycle) + "' has no lead: one of the safeguarding partners should nominate one"));
            }
            if (currentMonth != null) {
                for (HubPhase phase : cycle.phases()) {
                    long planned = phase.activities().stream().filter(a -> a.status() == ActivityStatus.PLANNED).count();
                    if (phase.lastMonth().isBefore(currentMonth) && planned > 0) {
                        found.add(new Conflict(Conflict.Kind.PAST_STILL_PLANNED, List.of(cycle.id()), phase.kind(), phase.firstMonth(),
                                phase.lastMonth(), "'" + title(cycle) + "': " + phase.kind().shortLabel().toLowerCase(java.util.Locale.ROOT)
                                + " ended " + phase.lastMonth() + " but " + planned + " of its " + phase.activities().size()
                                + " activities are still planned"));
                    }
                }
            }
        }
        return found;
    }

    /** Unsaved cycles all have id 0, so pairs are keyed by position in the sorted list. */
    private record Clash(int first, int second, PhaseKind kind) {
    }

    private List<Conflict> samePhaseAtOnce(List<HubCycle> cycles) {
        // Per phase kind and pair of cycles, the months they share, so one clash is one message.
        Map<Clash, List<YearMonth>> shared = new LinkedHashMap<>();
        List<HubCycle> ordered = sorted(cycles);
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                HubCycle a = ordered.get(i);
                HubCycle b = ordered.get(j);
                if (b.firstMonth().isAfter(a.lastMonth())) {
                    continue;
                }
                for (HubPhase pa : a.phases()) {
                    for (HubPhase pb : b.phases()) {
                        if (pa.kind() != pb.kind()) {
                            continue;
                        }
                        YearMonth from = max(pa.firstMonth(), pb.firstMonth());
                        YearMonth to = min(pa.lastMonth(), pb.lastMonth());
                        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                            shared.computeIfAbsent(new Clash(i, j, pa.kind()), k -> new ArrayList<>()).add(m);
                        }
                    }
                }
            }
        }
        List<Conflict> found = new ArrayList<>();
        for (var entry : shared.entrySet()) {
            List<YearMonth> months = entry.getValue();
            HubCycle a = ordered.get(entry.getKey().first());
            HubCycle b = ordered.get(entry.getKey().second());
            PhaseKind kind = entry.getKey().kind();
            YearMonth first = months.get(0);
            YearMonth last = months.get(months.size() - 1);
            String when = first.equals(last) ? "in " + first : "from " + first + " to " + last;
            found.add(new Conflict(Conflict.Kind.SAME_PHASE_AT_ONCE, List.of(a.id(), b.id()), kind, first, last,
                    "'" + title(a) + "' and '" + title(b) + "' are both in " + kind.label().toLowerCase(java.util.Locale.ROOT)
                            + " " + when));
        }
        return found;
    }

    private String title(HubCycle cycle) {
        String t = priorityTitle.apply(cycle.priorityId());
        return t == null ? "cycle " + cycle.id() : t;
    }

    private static List<HubCycle> sorted(List<HubCycle> cycles) {
        return cycles.stream().sorted(HubCycle.BY_START).toList();
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
