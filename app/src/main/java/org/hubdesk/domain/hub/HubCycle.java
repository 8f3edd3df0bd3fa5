package org.hubdesk.domain.hub;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Person;

/**
 * One Learning Hub cycle on one priority: its phases in order, its nominated members and the lead
 * nominated by one of the three safeguarding partners (seed 000, "Membership").
 */
public record HubCycle(long id, long priorityId, List<HubPhase> phases, Long leadPersonId, List<Long> memberIds) {
    /** The programme's order: by first month, cycles starting together in the order they were planned (by id). */
    public static final Comparator<HubCycle> BY_START = Comparator.comparing(HubCycle::firstMonth).thenComparingLong(HubCycle::id);

    public HubCycle {
        if (phases == null || phases.isEmpty()) {
            throw new UserInputException("A hub cycle needs at least one phase");
        }
        phases = List.copyOf(phases);
        for (int i = 1; i < phases.size(); i++) {
            HubPhase before = phases.get(i - 1);
            HubPhase after = phases.get(i);
            if (!after.firstMonth().isAfter(before.lastMonth())) {
                throw new UserInputException("The phase '" + after.kind().label() + "' (from " + after.firstMonth()
                        + ") must start after '" + before.kind().label() + "' ends (" + before.lastMonth() + ")");
            }
        }
        memberIds = memberIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(memberIds));
    }

    /** The cycles on a partnership year's priorities ({@code startYear} 2026 = 2026-27), in the programme's order. */
    public static List<HubCycle> ofYear(Collection<HubCycle> cycles, Collection<Priority> priorities, int startYear) {
        Set<Long> ofYear = priorities.stream().filter(p -> p.partnershipYear() == startYear).map(Priority::id).collect(Collectors.toSet());
        return cycles.stream().filter(c -> ofYear.contains(c.priorityId())).sorted(BY_START).toList();
    }

    /** A new cycle with seed 000's four phases back to back and Appendix 3's activities. */
    public static HubCycle standard(long priorityId, YearMonth start, PhaseLengths lengths) {
        List<HubPhase> phases = new ArrayList<>();
        YearMonth next = start;
        for (PhaseKind kind : PhaseKind.values()) {
            HubPhase phase = HubPhase.standard(kind, next, lengths.of(kind));
            phases.add(phase);
            next = phase.lastMonth().plusMonths(1);
        }
        return new HubCycle(0, priorityId, phases, null, List.of());
    }

    public YearMonth firstMonth() {
        return phases.get(0).firstMonth();
    }

    public YearMonth lastMonth() {
        return phases.get(phases.size() - 1).lastMonth();
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public int indexOfPhase(long phaseId) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id() == phaseId) {
                return i;
            }
        }
        throw new UserInputException("That phase is not part of this cycle");
    }

    public HubCycle withId(long newId) {
        return new HubCycle(newId, priorityId, phases, leadPersonId, memberIds);
    }

    public HubCycle withPriority(long newPriorityId) {
        return new HubCycle(id, newPriorityId, phases, leadPersonId, memberIds);
    }

    public HubCycle withPhases(List<HubPhase> newPhases) {
        return new HubCycle(id, priorityId, newPhases, leadPersonId, memberIds);
    }

    public HubCycle withLead(Long personId) {
        return new HubCycle(id, priorityId, phases, personId, memberIds);
    }

    public HubCycle withMembers(List<Long> personIds) {
        return new HubCycle(id, priorityId, phases, leadPersonId, personIds);
    }

    /** The whole cycle, every phase, N months later (earlier when negative). */
    public HubCycle movedBy(long months) {
        return withPhases(phases.stream().map(p -> p.movedBy(months)).toList());
    }

    /** Stretches or shrinks one phase; the phases after it move along so none overlap. */
    public HubCycle withPhaseLength(int index, int months) {
        HubPhase phase = phases.get(index);
        HubPhase changed = phase.lasting(months);
        long delta = (long) months - phase.months();
        return replacePhase(index, changed, delta);
    }

    /** Sets a phase's first and last month; the phases after it keep their distance from its end. */
    public HubCycle withPhaseDates(int index, YearMonth first, YearMonth last) {
        HubPhase phase = phases.get(index);
        HubPhase changed = HubPhase.between(phase.id(), phase.kind(), first, last, phase.activities());
        long delta = phase.lastMonth().until(changed.lastMonth(), java.time.temporal.ChronoUnit.MONTHS);
        return replacePhase(index, changed, delta);
    }

    public HubCycle withActivities(int index, List<Activity> activities) {
        List<HubPhase> copy = new ArrayList<>(phases);
        copy.set(index, phases.get(index).withActivities(activities));
        return withPhases(copy);
    }

    private HubCycle replacePhase(int index, HubPhase changed, long laterShift) {
        List<HubPhase> copy = new ArrayList<>(phases);
        copy.set(index, changed);
        for (int i = index + 1; i < copy.size(); i++) {
            copy.set(i, copy.get(i).movedBy(laterShift));
        }
        return withPhases(copy);
    }

    /**
     * The lead must come from one of the three safeguarding partners: a local authority, police or
     * health agency that is flagged as the statutory partner (a hospital trust is not the ICB).
     */
    public static void checkLead(Person person, Agency agency) {
        if (person == null || agency == null || person.agencyId() != agency.id()) {
            throw new UserInputException("The lead must be a person in the registers");
        }
        if (!agency.kind().isStatutoryPartnerKind() || !agency.statutoryPartner()) {
            throw new UserInputException(person.fullName() + " (" + agency.name() + ") cannot lead a hub cycle: the lead is nominated"
                    + " by one of the three safeguarding partners (local authority, police, health)");
        }
    }
}
