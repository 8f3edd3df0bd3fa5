package org.hubdesk.service.assurance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.PhaseKind;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.store.Database;
import org.hubdesk.store.assurance.AuditCalendarRepository;
import org.hubdesk.store.hub.HubRepository;
import org.jooq.DSLContext;

/**
 * The multi-agency audit and observation calendar of one partnership year (seed 002 section 10),
 * with each Learning Hub cycle's audit phase (its month 2, seed 000) shown in its months.
 */
public final class AuditCalendarService {
    private final Database database;

    public AuditCalendarService(Database database) {
        this.database = database;
    }

    public PartnershipYear year(Integer startYear, java.time.LocalDate today) {
        int startMonth = database.transaction(ctx -> new HubRepository(ctx).settings().yearStartMonth());
        return PartnershipYear.namedOrContaining(startYear, today, startMonth);
    }

    /** The year's entries month by month, the hub cycles' audit months among them. */
    public List<CalendarEntry> calendar(PartnershipYear year) {
        return database.transaction(ctx -> calendar(ctx, year));
    }

    static List<CalendarEntry> calendar(DSLContext ctx, PartnershipYear year) {
        List<CalendarEntry> list = new ArrayList<>(new AuditCalendarRepository(ctx).between(year.firstMonth(), year.lastMonth()));
        HubRepository hub = new HubRepository(ctx);
        Map<Long, Priority> priorities = hub.priorities().stream().collect(Collectors.toMap(Priority::id, Function.identity()));
        for (HubCycle cycle : hub.cycles()) {
            for (HubPhase phase : cycle.phases()) {
                if (phase.kind() != PhaseKind.AUDITS) {
                    continue;
                }
                Priority p = priorities.get(cycle.priorityId());
                for (int m = 0; m < phase.months(); m++) {
                    YearMonth month = phase.firstMonth().plusMonths(m);
                    if (year.contains(month)) {
                        list.add(new CalendarEntry(0, month, CalendarEntry.Kind.HUB_CYCLE, p == null ? "Learning Hub cycle" : p.title(),
                                null, null, null, null, null));
                    }
                }
            }
        }
        list.sort(Comparator.comparing(CalendarEntry::month).thenComparing(e -> e.kind() == CalendarEntry.Kind.HUB_CYCLE ? 0 : 1));
        return list;
    }

    /** Adds an audit or observation to the calendar, or saves an edited one. */
    public CalendarEntry save(CalendarEntry entry) {
        entry.check();
        if (entry.kind() == CalendarEntry.Kind.HUB_CYCLE) {
            throw new org.hubdesk.domain.common.UserInputException("A hub cycle's audits are planned on the Hub timeline, not here");
        }
        return database.transaction(ctx -> new AuditCalendarRepository(ctx).save(entry));
    }
}
