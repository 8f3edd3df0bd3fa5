package org.hubdesk.ui.hub;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.Conflict;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.PlannedCycle;
import org.hubdesk.domain.hub.ProgrammeMonths;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.service.hub.TimelineExporter;
import org.hubdesk.ui.common.UndoableEdit;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.AreaViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The hub timeline's state: the programme, its layout at the current zoom, the selected phase and
 * the conflicts. Every edit is one service call in the background, recorded for undo as "put
 * these cycles back as they were".
 */
public final class TimelineViewModel extends AreaViewModel implements AreaModel {
    public static final double MIN_MONTH_WIDTH = 3;
    public static final double MAX_MONTH_WIDTH = 160;

    private final HubService hub;

    private final ReadOnlyObjectWrapper<HubService.Programme> programmeWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<HubService.Programme> programme = programmeWrapper.getReadOnlyProperty();
    private final ReadOnlyObjectWrapper<TimelineLayout> layoutWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<TimelineLayout> layout = layoutWrapper.getReadOnlyProperty();
    public final DoubleProperty monthWidth = new SimpleDoubleProperty(TimelineLayout.Metrics.SCREEN.monthWidth());
    public final LongProperty selectedPhaseId = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<PhaseSelection> selectionWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<PhaseSelection> selection = selectionWrapper.getReadOnlyProperty();
    public final BooleanProperty shiftFollowing = new SimpleBooleanProperty(false);
    public final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    public final ObservableList<Person> leadCandidates = FXCollections.observableArrayList();
    /** Everyone in the registers, for nominating a cycle's members. */
    public final ObservableList<Person> people = FXCollections.observableArrayList();
    public final ObjectProperty<PartnershipYear> monthViewYear = new SimpleObjectProperty<>();
    public final ObservableList<PartnershipYear> years = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProgrammeMonths> monthsWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<ProgrammeMonths> months = monthsWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper statusWrapper = new ReadOnlyStringWrapper("Loading the programme…");
    public final ReadOnlyStringProperty status = statusWrapper.getReadOnlyProperty();
    /** After planning a past programme: which phases were recorded as done; empty otherwise. */
    private final ReadOnlyStringWrapper planWarningWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty planWarning = planWarningWrapper.getReadOnlyProperty();
    /** The month the screen should bring into view: last month on opening, a new programme's start after planning. */
    private final ReadOnlyObjectWrapper<YearMonth> focusMonthWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<YearMonth> focusMonth = focusMonthWrapper.getReadOnlyProperty();

    /** The selected phase with its cycle and priority title, for the details pane. */
    public record PhaseSelection(HubCycle cycle, HubPhase phase, String priorityTitle) {
    }

    public TimelineViewModel(UiContext context) {
        super(context);
        this.hub = context.services().hub();
        monthWidth.addListener((o, a, b) -> relayout());
        selectedPhaseId.addListener((o, a, b) -> reselect());
        monthViewYear.addListener((o, a, b) -> recomputeMonths());
    }

    @Override
    public void load() {
        context.tasks().run("Loading the hub programme", () -> new Loaded(hub.programme(), hub.leadCandidates(),
                context.services().members().people()), loaded -> {
            leadCandidates.setAll(loaded.leads());
            people.setAll(loaded.people());
            apply(loaded.programme());
        });
    }

    private record Loaded(HubService.Programme programme, List<Person> leads, List<Person> people) {
    }

    private void reloadProgramme() {
        context.tasks().run("Loading the hub programme", hub::programme, this::apply);
    }

    private void apply(HubService.Programme p) {
        programmeWrapper.set(p);
        conflicts.setAll(p.conflicts());
        List<PartnershipYear> known = p.priorities().stream().map(pr -> p.settings().year(pr.partnershipYear()))
                .distinct().sorted(java.util.Comparator.comparingInt(PartnershipYear::startYear)).toList();
        PartnershipYear current = p.settings().yearOf(YearMonth.from(context.today()));
        List<PartnershipYear> all = new java.util.ArrayList<>(known);
        if (!all.contains(current)) {
            all.add(current);
            all.sort(java.util.Comparator.comparingInt(PartnershipYear::startYear));
        }
        years.setAll(all);
        if (monthViewYear.get() == null || !all.contains(monthViewYear.get())) {
            monthViewYear.set(current);
        } else {
            recomputeMonths();
        }
        relayout();
        reselect();
        if (focusMonthWrapper.get() == null) {
            focusMonthWrapper.set(YearMonth.from(context.today()).minusMonths(1));
        }
        statusWrapper.set(p.cycles().isEmpty() ? "No hub cycles yet: plan a programme to start."
                : p.cycles().size() + " cycles on " + p.priorities().size() + " priorities"
                        + (p.conflicts().isEmpty() ? ", no conflicts" : ", " + p.conflicts().size() + " to look at"));
    }

    /** Cheap (a few hundred bars even for ten years), so it runs as the zoom slider moves. */
    private void relayout() {
        HubService.Programme p = programmeWrapper.get();
        if (p == null) {
            return;
        }
        YearMonth[] window = window(p);
        layoutWrapper.set(hub.timeline(p, window[0], window[1], TimelineLayout.Metrics.SCREEN.withMonthWidth(monthWidth.get())));
    }

    /** All cycles plus the current partnership year, so an empty programme still shows this year's months. */
    public YearMonth[] window(HubService.Programme p) {
        PartnershipYear current = p.settings().yearOf(YearMonth.from(context.today()));
        YearMonth from = p.firstMonth().filter(m -> m.isBefore(current.firstMonth())).orElse(current.firstMonth());
        YearMonth to = p.lastMonth().filter(m -> m.isAfter(current.lastMonth())).orElse(current.lastMonth());
        return new YearMonth[] {from, to};
    }

    private void reselect() {
        HubService.Programme p = programmeWrapper.get();
        long id = selectedPhaseId.get();
        if (p == null || id == 0) {
            selectionWrapper.set(null);
            return;
        }
        for (HubCycle cycle : p.cycles()) {
            for (HubPhase phase : cycle.phases()) {
                if (phase.id() == id) {
                    selectionWrapper.set(new PhaseSelection(cycle, phase, p.titleOf(cycle.priorityId())));
                    return;
                }
            }
        }
        selectionWrapper.set(null);
    }

    private void recomputeMonths() {
        HubService.Programme p = programmeWrapper.get();
        PartnershipYear year = monthViewYear.get();
        if (p == null || year == null) {
            monthsWrapper.set(null);
            return;
        }
        YearMonth[] window = HubService.yearWindow(p, year.startYear());
        monthsWrapper.set(ProgrammeMonths.of(p.priorities(), p.cycles(), window[0], window[1]));
    }

    // ---- edits: each one background transaction, recorded for undo

    /** Plans a programme; runs at once (one short transaction) so the dialog can show a refusal and stay open. */
    public List<PlannedCycle> planProgramme(List<String> titles, YearMonth start) {
        List<PlannedCycle> planned = hub.planProgramme(titles, start);
        planWarningWrapper.set(hub.pastProgrammeWarning(planned).orElse(""));
        undo.done(UndoableEdit.of("plan " + planned.size() + (planned.size() == 1 ? " cycle" : " cycles"),
            () -> {
                edit("Undoing the plan", () -> {
                    hub.removeProgramme(planned);
                    return null;
                }, r -> { });
            },
            () -> {
                edit("Redoing the plan", () -> {
                    hub.restoreProgramme(planned);
                    return null;
                }, r -> { });
            }));
        reloadProgramme();
        focusMonthWrapper.set(start.minusMonths(1));
        return planned;
    }

    /** Saves phase lengths for new cycles and the partnership year's first month; undoable. */
    public void saveSettings(org.hubdesk.domain.hub.HubSettings settings) {
        edit("Saving the hub settings", () -> hub.saveSettings(settings), before -> undo.done(UndoableEdit.of("change the hub settings",
            () -> edit("Undoing", () -> hub.saveSettings(before), r -> { }),
            () -> edit("Redoing", () -> hub.saveSettings(settings), r -> { }))));
    }

    public void moveCycle(long cycleId, int monthsLater) {
        if (monthsLater == 0) {
            return;
        }
        boolean following = shiftFollowing.get();
        String title = cycleTitle(cycleId);
        Integer opened = versionOf(c -> c.id() == cycleId);
        change("Moving the cycle", () -> hub.moveCycle(cycleId, monthsLater, following, opened),
                "move '" + title + "' " + Math.abs(monthsLater) + (Math.abs(monthsLater) == 1 ? " month " : " months ")
                        + (monthsLater > 0 ? "later" : "earlier"));
    }

    public void stretchPhase(long phaseId, int newMonths) {
        boolean following = shiftFollowing.get();
        Integer opened = versionOf(c -> c.phases().stream().anyMatch(p -> p.id() == phaseId));
        change("Changing the phase", () -> hub.stretchPhase(phaseId, newMonths, following, opened), "change the phase's length");
    }

    public void setPhaseDates(long phaseId, YearMonth first, YearMonth last) {
        boolean following = shiftFollowing.get();
        Integer opened = versionOf(c -> c.phases().stream().anyMatch(p -> p.id() == phaseId));
        change("Changing the phase", () -> hub.setPhaseDates(phaseId, first, last, following, opened), "change the phase's dates");
    }

    public void setActivityStatus(long activityId, ActivityStatus newStatus) {
        Integer opened = versionOf(c -> c.phases().stream().anyMatch(p -> p.activities().stream().anyMatch(a -> a.id() == activityId)));
        change("Saving the status", () -> hub.setActivityStatus(activityId, newStatus, opened), "set an activity to " + newStatus.label().toLowerCase());
    }

    public void editActivities(long phaseId, List<Activity> activities) {
        Integer opened = versionOf(c -> c.phases().stream().anyMatch(p -> p.id() == phaseId));
        change("Saving the activities", () -> hub.editActivities(phaseId, activities, opened), "edit the activities");
    }

    public void setLead(long cycleId, Long personId) {
        Integer opened = versionOf(c -> c.id() == cycleId);
        change("Saving the lead", () -> hub.setLead(cycleId, personId, opened), "set the lead");
    }

    /**
     * The row version, as loaded with the programme on show, of the cycle the test picks: the side
     * panel's edits save against it, so a colleague's save since is refused, not written over.
     */
    private Integer versionOf(java.util.function.Predicate<org.hubdesk.domain.hub.HubCycle> which) {
        HubService.Programme p = programmeWrapper.get();
        return p == null ? null : p.cycles().stream().filter(which).findFirst().map(c -> p.version(c.id())).orElse(null);
    }

    /** The cycle as it is now, with its row version: the members dialog opens with this. */
    public org.hubdesk.domain.common.Versioned<org.hubdesk.domain.hub.HubCycle> cycleForEdit(long cycleId) {
        return hub.cycleForEdit(cycleId);
    }

    /**
     * Nominates the members chosen from the cycle opened at {@code openedVersion}; a colleague's save
     * since is refused (both versions named) through {@code problem}, nothing saved.
     */
    public void setMembers(long cycleId, List<Long> personIds, int openedVersion, Runnable saved, Consumer<String> problem) {
        change("Saving the members", () -> hub.setMembers(cycleId, personIds, openedVersion), "nominate the cycle's members", saved, problem);
    }

    private void change(String title, Callable<HubService.Change> work, String name) {
        change(title, work, name, () -> { }, null);
    }

    private void change(String title, Callable<HubService.Change> work, String name, Runnable saved, Consumer<String> problem) {
        context.tasks().run(title, progress -> work.call(), change -> {
            undo.done(UndoableEdit.of(name,
                    () -> edit("Undoing", () -> hub.restore(change.before()), r -> { }),
                    () -> edit("Redoing", () -> hub.restore(change.after()), r -> { })));
            reloadProgramme();
            saved.run();
        }, problem);
    }

    private <T> void edit(String title, Callable<T> work, Consumer<T> done) {
        context.tasks().run(title, work, result -> {
            done.accept(result);
            reloadProgramme();
        });
    }

    public void export(int startYear, TimelineExporter.Format format, Path out, Consumer<Path> written) {
        context.tasks().run("Exporting the timeline", () -> hub.exportTimeline(startYear, format, out), written);
    }

    private String cycleTitle(long cycleId) {
        HubService.Programme p = programmeWrapper.get();
        return p == null ? "cycle" : p.cycle(cycleId).map(c -> p.titleOf(c.priorityId())).orElse("cycle");
    }

    public Optional<HubCycle> selectedCycle() {
        return Optional.ofNullable(selectionWrapper.get()).map(PhaseSelection::cycle);
    }

    public java.time.LocalDate today() {
        return context.today();
    }
}
