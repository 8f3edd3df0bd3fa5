package org.hubdesk.service.report;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.hub.Priority;

/** Which partnership year a hub paper is about: the one asked for, else this year, else the latest with anything. */
final class HubYears {
    private HubYears() {
    }

    /**
     * A hub cycle belongs to its priority's partnership year, so the years to choose from are those of the cycles
     * with something to report.
     *
     * @param settings   the hub's settings (where its partnership years start)
     * @param priorities the hub's priorities, each in its partnership year
     * @param reported   the cycles with something to report, as the report has read them
     * @param nothing    the message when no year has anything
     * @param what       what the years have, for the message naming them ("hub cycles")
     */
    static PartnershipYear choose(ReportInput input, HubSettings settings, Collection<Priority> priorities,
            Stream<HubCycle> reported, String nothing, String what) {
        Map<Long, Integer> yearOfPriority = new HashMap<>();
        priorities.forEach(p -> yearOfPriority.put(p.id(), p.partnershipYear()));
        TreeSet<Integer> sorted = new TreeSet<>();
        reported.forEach(c -> sorted.add(yearOfPriority.get(c.priorityId())));
        if (sorted.isEmpty()) {
            throw new UserInputException(nothing);
        }
        Integer wanted = input.scope().year();
        if (wanted == null) {
            int current = settings.yearOf(YearMonth.from(input.today())).startYear();
            Integer chosen = sorted.contains(current) ? Integer.valueOf(current) : sorted.floor(current);
            return settings.year(chosen != null ? chosen : sorted.first());
        }
        PartnershipYear year = settings.year(wanted);
        if (!sorted.contains(wanted)) {
            List<String> labels = sorted.stream().map(y -> settings.year(y).label()).toList();
            throw new UserInputException("There are no " + what + " for " + year.label() + "; years with " + what + ": "
                    + labels.stream().collect(Collectors.joining(", ")));
        }
        return year;
    }
}
