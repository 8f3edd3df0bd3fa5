package org.hubdesk.service.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.Conflict;
import org.hubdesk.domain.hub.ConflictDetector;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.PlannedCycle;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.hub.ProgrammeMonths;
import org.hubdesk.domain.hub.ProgrammePlanner;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.meetings.MeetingService;
import org.hubdesk.service.meetings.MeetingSummary;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.members.MembersRepository;

/**
 * The Learning Hub programme: plan, adjust and export hub cycles. One public method per user
 * action, one transaction each; every edit returns the cycles before and after, so the screen can
 * undo it with {@link #restore} and redo it the same way.
 */
public final class HubService extends DatedService {
    /** Moving a cycle further than this is more likely a slip than a plan. */
    public static final int MAX_MOVE_MONTHS = 120;

    private final MeetingService meetings;

    public HubService(Database database, Clock clock, MeetingService meetings) {
        super(database, clock);
        this.meetings = meetings;
    }

    public HubService(Database database, Clock clock) {
        this(database, clock, new MeetingService(database, clock));
    }

    /**
     * Everything the timeline shows, with the Learning Hub's meetings over the programme and the
     * current partnership year as markers (their x is set when a timeline is laid out).
     */
    public record Programme(HubSettings settings, List<Priority> priorities, List<HubCycle> cycles, List<Conflict> conflicts,
                            List<TimelineLayout.Marker> meetings, Map<Long, Integer> versions) {
        public Programme {
            versions = Map.copyOf(versions);
            priorities = List.copyOf(priorities);
            cycles = List.copyOf(cycles);
            conflicts = List.copyOf(conflicts);
            meetings = List.copyOf(meetings);
        }

        /** A programme shown without saving from it (a report): no row versions. */
        public Programme(HubSettings settings, List<Priority> priorities, List<HubCycle> cycles, List<Conflict> conflicts,
                         List<TimelineLayout.Marker> meetings) {
            this(settings, priorities, cycles, conflicts, meetings, Map.of());
        }

        /** The cycle's row version as loaded (null: not loaded): the side panel's saves are checked against it. */
        public Integer version(long cycleId) {
            return versions.get(cycleId);
        }

        public String titleOf(long priorityId) {
            return priorities.stream().filter(p -> p.id() == priorityId).map(Priority::title).findFirst().orElse("Priority " + priorityId);
        }

        public java.util.Optional<HubCycle> cycle(long cycleId) {
            return cycles.stream().filter(c -> c.id() == cycleId).findFirst();
        }

        /** Months from the first cycle's start to the last one's end, or empty when nothing is planned. */
        public java.util.Optional<YearMonth> firstMonth() {
            return cycles.stream().map(HubCycle::firstMonth).min(Comparator.naturalOrder());
        }

        public java.util.Optional<YearMonth> lastMonth() {
            return cycles.stream().map(HubCycle::lastMonth).max(Comparator.naturalOrder());
        }
    }

    /** What one edit changed: the cycles before and after (for undo and redo) and the conflicts now. */
    public record Change(List<HubCycle> before, List<HubCycle> after, List<Conflict> conflicts) {
        public Change {
            before = List.copyOf(before);
            after = List.copyOf(after);
            conflicts = List.copyOf(conflicts);
        }
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    public Programme programme() {
        Programme programme = database.transaction(ctx -> load(new HubRepository(ctx)));
        // The timeline never shows less than the current partnership year, so its meetings come too.
        PartnershipYear year = programme.settings().yearOf(currentMonth());
        YearMonth from = programme.firstMonth().filter(m -> m.isBefore(year.firstMonth())).orElse(year.firstMonth());
        YearMonth to = programme.lastMonth().filter(m -> m.isAfter(year.lastMonth())).orElse(year.lastMonth());
        List<TimelineLayout.Marker> markers = meetings.meetingsOfKind(GroupKind.LEARNING_HUB, from.atDay(1), to.atEndOfMonth()).stream()
                .map(HubService::marker).toList();
        return new Programme(programme.settings(), programme.priorities(), programme.cycles(), programme.conflicts(), markers, programme.versions());
    }

    private static TimelineLayout.Marker marker(MeetingSummary meeting) {
        Meeting m = meeting.meeting();
        String label = meeting.groupName() + " meeting" + (m.status() == MeetingStatus.HELD ? " (held)" : "")
                + ", " + m.startsAt();
        return new TimelineLayout.Marker(m.meetingDate(), 0, label);
    }

    private Programme load(HubRepository repo) {
        List<Priority> priorities = repo.priorities();
        List<HubCycle> cycles = repo.cycles();
        return new Programme(repo.settings(), priorities, cycles, detect(priorities, cycles), List.of(), repo.versions());
    }

    private List<Conflict> detect(List<Priority> priorities, List<HubCycle> cycles) {
        Map<Long, String> titles = new HashMap<>();
        priorities.forEach(p -> titles.put(p.id(), p.title()));
        return new ConflictDetector(titles::get).detect(cycles, currentMonth());
    }

    // ---- settings

    public HubSettings settings() {
        return database.transaction(ctx -> new HubRepository(ctx).settings());
    }

    /** Saves phase lengths and the year's first month for new cycles; returns the settings before. */
    public HubSettings saveSettings(HubSettings settings) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubSettings before = repo.settings();
            repo.saveSettings(settings);
            return before;
        });
    }

    // ---- planning

    /**
     * Plans and saves a staggered programme (Appendix 3). Refuses, saving nothing, when a new cycle
     * would be in the same phase as an existing cycle in some month. A past programme is recorded
     * with its phases over before this month done (see {@link #pastProgrammeWarning}).
     */
    public List<PlannedCycle> planProgramme(List<String> priorityTitles, YearMonth firstStart) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubSettings settings = repo.settings();
            List<PlannedCycle> planned = new ProgrammePlanner(settings).plan(priorityTitles, firstStart, currentMonth());
            List<Priority> existingPriorities = repo.priorities();
            for (PlannedCycle p : planned) {
                existingPriorities.stream()
                        .filter(e -> e.partnershipYear() == p.priority().partnershipYear()
                                && e.title().equalsIgnoreCase(p.priority().title()))
                        .findFirst().ifPresent(e -> {
                            throw new UserInputException("'" + e.title() + "' is already a priority for "
                                    + settings.year(e.partnershipYear()).label() + "; plan it once");
                        });
            }
            refuseClashes(repo, existingPriorities, planned);
            List<PlannedCycle> saved = new ArrayList<>();
            for (PlannedCycle p : planned) {
                Priority priority = repo.insertPriority(p.priority());
                HubCycle cycle = repo.insertCycle(p.cycle().withPriority(priority.id()));
                saved.add(new PlannedCycle(priority, cycle));
            }
            return saved;
        });
    }

    /**
     * The warning to show after planning a programme that is (partly) in the past, whose phases
     * over before this month were recorded as done; empty for a programme still to come.
     */
    public java.util.Optional<String> pastProgrammeWarning(List<PlannedCycle> planned) {
        return ProgrammePlanner.pastWarning(planned, currentMonth());
    }

    private void refuseClashes(HubRepository repo, List<Priority> existingPriorities, List<PlannedCycle> planned) {
        // New cycles get negative stand-in ids so a clash can say which side each cycle is on.
        Map<Long, String> titles = new HashMap<>();
        existingPriorities.forEach(p -> titles.put(p.id(), p.title()));
        List<HubCycle> all = new ArrayList<>(repo.cycles());
        for (int i = 0; i < planned.size(); i++) {
            long standIn = -(i + 1);
            titles.put(standIn, planned.get(i).priority().title());
            all.add(planned.get(i).cycle().withPriority(standIn).withId(standIn));
        }
        new ConflictDetector(titles::get).detect(all, null).stream()
                .filter(c -> c.kind() == Conflict.Kind.SAME_PHASE_AT_ONCE)
                .filter(c -> c.cycleIds().stream().anyMatch(id -> id < 0) && c.cycleIds().stream().anyMatch(id -> id > 0))
                .findFirst()
                .ifPresent(c -> {
                    long newId = c.cycleIds().stream().filter(id -> id < 0).findFirst().orElseThrow();
                    long oldId = c.cycleIds().stream().filter(id -> id > 0).findFirst().orElseThrow();
                    long oldPriority = all.stream().filter(x -> x.id() == oldId).findFirst().orElseThrow().priorityId();
                    throw new UserInputException("The programme clashes with cycles already planned: '" + titles.get(newId)
                            + "' would be in " + c.phaseKind().label().toLowerCase(Locale.ROOT) + " " + c.when() + " as '"
                            + titles.get(oldPriority) + "' already is; start it later or move the existing cycle first");
                });
    }

    /** Undoes a plan: removes its priorities with their cycles. */
    public void removeProgramme(List<PlannedCycle> planned) {
        database.run(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            planned.forEach(p -> repo.deletePriority(p.priority().id()));
        });
    }

    /** Redoes a plan that was undone, under the same ids. */
    public void restoreProgramme(List<PlannedCycle> planned) {
        database.run(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            for (PlannedCycle p : planned) {
                repo.insertPriority(p.priority());
                repo.insertCycle(p.cycle());
            }
        });
    }

    // ---- adjusting

    /** Moves a whole cycle N months (negative: earlier), and on request every cycle that follows it. */
    public Change moveCycle(long cycleId, int months, boolean shiftFollowing, Integer openedVersion) {
        if (months == 0) {
            throw new UserInputException("Move the cycle by at least one month");
        }
        if (Math.abs(months) > MAX_MOVE_MONTHS) {
            throw new UserInputException("A cycle can move at most " + MAX_MOVE_MONTHS + " months at once, not " + months);
        }
        return edit(cycleId, shiftFollowing, months, openedVersion, cycle -> cycle.movedBy(months));
    }

    /** Stretches or shrinks a phase to {@code months}; later phases move along, and following cycles on request. */
    public Change stretchPhase(long phaseId, int months, boolean shiftFollowing, Integer openedVersion) {
        return editPhase(phaseId, shiftFollowing, openedVersion, (cycle, index) -> cycle.withPhaseLength(index, months));
    }

    /**
     * Sets a phase's first and last month, as typed in the phase editor, from the cycle loaded at
     * {@code openedVersion} (null: unchecked); refused, nothing saved, if someone saved the cycle since.
     */
    public Change setPhaseDates(long phaseId, YearMonth first, YearMonth last, boolean shiftFollowing, Integer openedVersion) {
        return editPhase(phaseId, shiftFollowing, openedVersion, (cycle, index) -> cycle.withPhaseDates(index, first, last));
    }

    /**
     * Replaces a phase's activities (added, reworded, reordered, removed, statuses changed), checked
     * against the cycle's {@code openedVersion} (null: unchecked).
     */
    public Change editActivities(long phaseId, List<Activity> activities, Integer openedVersion) {
        return editPhase(phaseId, false, openedVersion, (cycle, index) -> cycle.withActivities(index, activities));
    }

    /** Sets one activity's status, checked against the cycle's {@code openedVersion} (null: unchecked). */
    public Change setActivityStatus(long activityId, ActivityStatus status, Integer openedVersion) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubCycle before = repo.cycleOfActivity(activityId)
                    .orElseThrow(() -> new UserInputException("That activity no longer exists"));
            HubCycle after = before;
            int changedPhase = 0;
            for (int i = 0; i < before.phases().size(); i++) {
                HubPhase phase = before.phases().get(i);
                if (phase.activities().stream().anyMatch(a -> a.id() == activityId)) {
                    changedPhase = i;
                }
                after = after.withActivities(i, phase.activities().stream()
                        .map(a -> a.id() == activityId ? a.withStatus(status) : a).toList());
            }
            if (openedVersion != null) {
                HubCycleVersions.requirePhase(ctx, repo, after, changedPhase, openedVersion);
            }
            return save(repo, List.of(before), List.of(after));
        });
    }

    /**
     * Nominates the cycle's lead (null: none yet); only the three safeguarding partners' people
     * qualify. Checked against the cycle's {@code openedVersion} (null: unchecked): a colleague's save since is refused.
     */
    public Change setLead(long cycleId, Long personId, Integer openedVersion) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubCycle before = cycle(repo, cycleId);
            if (openedVersion != null) {
                HubCycleVersions.require(ctx, repo, before.withLead(personId), openedVersion);
            }
            if (personId != null) {
                MembersRepository members = new MembersRepository(ctx);
                Person person = members.personTable().find(personId).orElseThrow(() -> new UserInputException("That person is not in the registers"));
                Agency agency = members.agencies().stream().filter(a -> a.id() == person.agencyId()).findFirst().orElse(null);
                HubCycle.checkLead(person, agency);
            }
            return save(repo, List.of(before), List.of(before.withLead(personId)));
        });
    }

    /** The cycle as it is now, with its row version: open an edit of its members with this. */
    public Versioned<HubCycle> cycleForEdit(long cycleId) {
        return database.transaction(ctx -> new HubRepository(ctx).cycleForEdit(cycleId)
                .orElseThrow(() -> new UserInputException("That hub cycle no longer exists")));
    }

    /** Sets the cycle's nominated members, in the order given. */
    public Change setMembers(long cycleId, List<Long> personIds) {
        return setMembers(cycleId, personIds, null);
    }

    /**
     * As {@link #setMembers(long, List)} from the cycle opened at {@code openedVersion} (null:
     * unchecked); refused with a StaleEditException, nothing saved, if someone saved the cycle since.
     */
    public Change setMembers(long cycleId, List<Long> personIds, Integer openedVersion) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubCycle before = cycle(repo, cycleId);
            if (openedVersion != null) {
                HubCycleVersions.require(ctx, repo, before.withMembers(personIds), openedVersion);
            }
            MembersRepository members = new MembersRepository(ctx);
            for (Long id : personIds) {
                if (members.personTable().find(id).isEmpty()) {
                    throw new UserInputException("Person " + id + " is not in the registers");
                }
            }
            return save(repo, List.of(before), List.of(before.withMembers(personIds)));
        });
    }

    /** Puts cycles back exactly as given: undo saves a change's {@code before}, redo its {@code after}. */
    public List<Conflict> restore(List<HubCycle> cycles) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            cycles.forEach(repo::saveCycle);
            return detect(repo.priorities(), repo.cycles());
        });
    }

    /** People who may lead a cycle: those of the three safeguarding partners' agencies. */
    public List<Person> leadCandidates() {
        return database.transaction(ctx -> {
            MembersRepository members = new MembersRepository(ctx);
            Map<Long, Agency> agencies = new HashMap<>();
            members.agencies().forEach(a -> agencies.put(a.id(), a));
            return members.people().stream().filter(p -> {
                Agency a = agencies.get(p.agencyId());
                return a != null && a.statutoryPartner() && a.kind().isStatutoryPartnerKind();
            }).toList();
        });
    }

    private interface PhaseEdit {
        HubCycle apply(HubCycle cycle, int phaseIndex);
    }

    private Change editPhase(long phaseId, boolean shiftFollowing, Integer openedVersion, PhaseEdit edit) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubCycle before = repo.cycleOfPhase(phaseId).orElseThrow(() -> new UserInputException("That phase no longer exists"));
            int index = before.indexOfPhase(phaseId);
            HubCycle after = edit.apply(before, index);
            if (openedVersion != null) {
                HubCycleVersions.requirePhase(ctx, repo, after, index, openedVersion);
            }
            long shift = before.lastMonth().until(after.lastMonth(), java.time.temporal.ChronoUnit.MONTHS);
            return saveWithFollowing(repo, before, after, shiftFollowing ? shift : 0);
        });
    }

    private Change edit(long cycleId, boolean shiftFollowing, long followingShift, Integer openedVersion, UnaryOperator<HubCycle> change) {
        return database.transaction(ctx -> {
            HubRepository repo = new HubRepository(ctx);
            HubCycle before = cycle(repo, cycleId), after = change.apply(before);
            HubCycleVersions.requireMoved(ctx, repo, after, openedVersion);
            return saveWithFollowing(repo, before, after, shiftFollowing ? followingShift : 0);
        });
    }

    private Change saveWithFollowing(HubRepository repo, HubCycle before, HubCycle after, long followingShift) {
        List<HubCycle> befores = new ArrayList<>(List.of(before));
        List<HubCycle> afters = new ArrayList<>(List.of(after));
        if (followingShift != 0) {
            for (HubCycle other : following(repo.cycles(), before)) {
                befores.add(other);
                afters.add(other.movedBy(followingShift));
            }
        }
        return save(repo, befores, afters);
    }

    /** The cycles that start after this one (or in the same month but were planned after it). */
    static List<HubCycle> following(List<HubCycle> all, HubCycle cycle) {
        return all.stream()
                .filter(c -> c.id() != cycle.id())
                .filter(c -> c.firstMonth().isAfter(cycle.firstMonth())
                        || (c.firstMonth().equals(cycle.firstMonth()) && c.id() > cycle.id()))
                .toList();
    }

    private Change save(HubRepository repo, List<HubCycle> before, List<HubCycle> after) {
        List<HubCycle> saved = after.stream().map(repo::saveCycle).toList();
        return new Change(before, saved, detect(repo.priorities(), repo.cycles()));
    }

    private static HubCycle cycle(HubRepository repo, long cycleId) {
        return repo.cycle(cycleId).orElseThrow(() -> new UserInputException("That hub cycle no longer exists"));
    }

    // ---- views and exports

    public ProgrammeMonths months(YearMonth from, YearMonth to) {
        Programme programme = programme();
        return ProgrammeMonths.of(programme.priorities(), programme.cycles(), from, to);
    }

    /**
     * The months a partnership year's timeline shows: the year itself, stretched to take in the
     * whole of every cycle on that year's priorities (Appendix 3's 2018-19 runs to July 2019).
     */
    public static YearMonth[] yearWindow(Programme programme, int startYear) {
        PartnershipYear year = programme.settings().year(startYear);
        YearMonth from = year.firstMonth();
        YearMonth to = year.lastMonth();
        for (HubCycle cycle : HubCycle.ofYear(programme.cycles(), programme.priorities(), startYear)) {
            from = cycle.firstMonth().isBefore(from) ? cycle.firstMonth() : from;
            to = cycle.lastMonth().isAfter(to) ? cycle.lastMonth() : to;
        }
        return new YearMonth[] {from, to};
    }

    /** The timeline of a partnership year ({@code startYear} 2018 is 2018-19 with an April start). */
    public TimelineLayout yearTimeline(int startYear, TimelineLayout.Metrics metrics) {
        Programme programme = programme();
        PartnershipYear year = programme.settings().year(startYear);
        YearMonth[] window = yearWindow(programme, startYear);
        boolean any = programme.cycles().stream().anyMatch(c -> !c.lastMonth().isBefore(window[0]) && !c.firstMonth().isAfter(window[1]));
        if (!any) {
            throw new UserInputException("There are no hub cycles in " + year.label() + " (" + window[0] + " to " + window[1]
                    + "); plan some with 'hubdesk plan' or choose another --year");
        }
        return layout(programme, "Learning Hub programme " + year.label(), window[0], window[1], metrics);
    }

    /** The timeline over any months, e.g. all years on the screen. */
    public TimelineLayout timeline(Programme programme, YearMonth from, YearMonth to, TimelineLayout.Metrics metrics) {
        return layout(programme, "Learning Hub programme " + from + " to " + to, from, to, metrics);
    }

    private TimelineLayout layout(Programme programme, String title, YearMonth from, YearMonth to, TimelineLayout.Metrics metrics) {
        return TimelineLayout.compute(title, programme.priorities(), programme.cycles(), from, to, today(), programme.meetings(), metrics);
    }

    /** Writes a partnership year's timeline as a PNG picture or an A4 landscape PDF. */
    public Path exportTimeline(int startYear, TimelineExporter.Format format, Path out) {
        TimelineLayout layout = yearTimeline(startYear, TimelineLayout.Metrics.PICTURE);
        if (format == TimelineExporter.Format.PDF) {
            double[] area = TimelineExporter.pdfArea();
            layout = yearTimeline(startYear, TimelineLayout.Metrics.PICTURE.fitting(area[0], area[1], layout.months().size(),
                    layout.rows().size()));
        }
        return TimelineExporter.write(layout, format, out, today());
    }
}
