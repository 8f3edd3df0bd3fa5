package org.hubdesk.service.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.store.hub.HubRepository;

/** Which partnership year a hub paper is about: the one asked for, else this year, else the latest with anything. */
final class HubYears {
    private HubYears() {
    }

    /**
     * A hub cycle belongs to its priority's partnership year, so the years to choose from are those of the cycles
     * with something to report.
     *
     * @param reported which cycles have something to report
     * @param nothing  the message when no year has anything
     * @param what     what the years have, for the message naming them ("hub cycles")
     */
    static PartnershipYear choose(ReportInput input, Predicate<HubCycle> reported, String nothing, String what) {
        HubRepository hub = new HubRepository(input.ctx());
        HubSettings settings = hub.settings();
        Map<Long, Integer> yearOfPriority = new HashMap<>();
        hub.priorities().forEach(p -> yearOfPriority.put(p.id(), p.partnershipYear()));
        TreeSet<Integer> sorted = new TreeSet<>();
        hub.cycles().stream().filter(reported).forEach(c -> sorted.add(yearOfPriority.get(c.priorityId())));
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
