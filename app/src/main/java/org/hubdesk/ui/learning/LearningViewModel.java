package org.hubdesk.ui.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.learning.RecommendationService;
import org.hubdesk.service.learning.RecommendationService.CycleChoice;
import org.hubdesk.ui.common.UndoableEdit;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.AreaViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Learning screen's state: the hub cycles, the chosen cycle's recommendations to the board and
 * the chosen recommendation's actions. Every edit is one service call, recorded for undo.
 */
public final class LearningViewModel extends AreaViewModel implements AreaModel {
    public final ObservableList<CycleChoice> cycles = FXCollections.observableArrayList();
    public final ObjectProperty<CycleChoice> selectedCycle = new SimpleObjectProperty<>();
    public final ObservableList<RecommendationActions> recommendations = FXCollections.observableArrayList();
    public final ObjectProperty<RecommendationActions> selectedRecommendation = new SimpleObjectProperty<>();
    public final ObservableList<ActionItem> actions = FXCollections.observableArrayList();
    public final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loadedWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty loaded = loadedWrapper.getReadOnlyProperty();

    private final RecommendationService service;

    public LearningViewModel(UiContext context) {
        super(context);
        this.service = context.services().recommendations();
        selectedCycle.addListener((o, a, c) -> reloadRecommendations());
        selectedRecommendation.addListener((o, a, r) -> actions.setAll(r == null ? List.of() : r.actions()));
    }

    private record Lookups(List<CycleChoice> cycles, List<Person> people) {
    }

    /** Loads the cycles and the people; keeps the chosen cycle if it still exists. */
    @Override
    public void load() {
        context.tasks().run("Loading hub cycles", () -> new Lookups(service.cycles(), context.services().members().people()), l -> {
            CycleChoice previous = selectedCycle.get();
            cycles.setAll(l.cycles());
            people.setAll(l.people());
            loadedWrapper.set(true);
            CycleChoice again = previous == null ? null
                    : cycles.stream().filter(c -> c.cycleId() == previous.cycleId()).findFirst().orElse(null);
            if (again == null) {
                // The latest cycle that has reached its recommendations is where the work is.
                again = cycles.stream().filter(c -> !c.lastMonth().isAfter(java.time.YearMonth.from(context.today())))
                        .findFirst().orElse(cycles.isEmpty() ? null : cycles.get(0));
            }
            if (again != null && again.equals(previous)) {
                reloadRecommendations();
            } else {
                selectedCycle.set(again);
            }
        });
    }

    void reloadRecommendations() {
        CycleChoice cycle = selectedCycle.get();
        if (cycle == null) {
            recommendations.clear();
            selectedRecommendation.set(null);
            return;
        }
        long cycleId = cycle.cycleId();
        Long keep = selectedRecommendation.get() == null ? null : selectedRecommendation.get().recommendation().id();
        context.tasks().run("Loading recommendations", () -> service.forCycle(cycleId), list -> {
            if (selectedCycle.get() == null || selectedCycle.get().cycleId() != cycleId) {
                return;
            }
            recommendations.setAll(list);
            RecommendationActions again = list.stream().filter(r -> keep != null && r.recommendation().id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            selectedRecommendation.set(null);
            selectedRecommendation.set(again);
        });
    }

    private <T> void run(String title, Callable<T> work) {
        context.tasks().run(title, work, done -> reloadRecommendations());
    }

    // ---- recommendations (add and edit run at once so a dialog can show a broken rule and stay open)

    public Recommendation addRecommendation(Recommendation draft) {
        Recommendation added = service.add(draft);
        undo.done(edit("add recommendation", () -> service.remove(added.id()), () -> {
            service.restore(new RecommendationService.Removed(added, List.of()));
            return null;
        }));
        reloadRecommendations();
        return added;
    }

    /** The recommendation as it is now, with its row version: the edit dialog opens with this. */
    public org.hubdesk.domain.common.Versioned<Recommendation> recommendationForEdit(long id) {
        return service.forEdit(id);
    }

    /** Saves an edit made from {@code openedVersion}; a colleague's save since is refused (StaleEditException), nothing saved. */
    public void editRecommendation(Recommendation changed, int openedVersion) {
        Recommendation before = service.edit(changed, openedVersion);
        undo.done(edit("edit recommendation", () -> service.edit(before), () -> service.edit(changed)));
        reloadRecommendations();
    }

    public void removeRecommendation(RecommendationActions item) {
        context.tasks().run("Removing recommendation", () -> service.remove(item.recommendation().id()), removed -> {
            undo.done(edit("remove recommendation", () -> {
                service.restore(removed);
                return null;
            }, () -> service.remove(removed.recommendation().id())));
            reloadRecommendations();
        });
    }

    /** Moves a recommendation up (-1) or down (+1) in the cycle's list. */
    public void move(RecommendationActions item, int delta) {
        List<Long> order = new ArrayList<>(recommendations.stream().map(r -> r.recommendation().id()).toList());
        int from = order.indexOf(item.recommendation().id());
        int to = from + delta;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        long cycleId = item.recommendation().hubCycleId();
        context.tasks().run("Reordering", () -> service.reorder(cycleId, order), before -> {
            undo.done(edit("move recommendation", () -> service.reorder(cycleId, before), () -> service.reorder(cycleId, order)));
            reloadRecommendations();
        });
    }

    // ---- actions

    public ActionItem addAction(long recommendationId, ActionItem draft) {
        ActionItem added = service.addAction(recommendationId, draft);
        undo.done(edit("add action", () -> service.removeAction(added.id()), () -> {
            service.restoreAction(new RecommendationService.RemovedAction(recommendationId, added));
            return null;
        }));
        reloadRecommendations();
        return added;
    }

    /** The action as it is now, with its row version (the shared action log's): the edit dialog opens with this. */
    public org.hubdesk.domain.common.Versioned<ActionItem> actionForEdit(long actionId) {
        return context.services().actions().forEdit(actionId);
    }

    /** Saves an action edited from {@code openedVersion}; a colleague's save since is refused (StaleEditException), nothing saved. */
    public void editAction(ActionItem changed, int openedVersion) {
        ActionItem before = context.services().actions().update(changed, openedVersion);
        undo.done(edit("edit action", () -> service.editAction(before), () -> service.editAction(changed)));
        reloadRecommendations();
    }

    public void removeAction(ActionItem action) {
        context.tasks().run("Removing action", () -> service.removeAction(action.id()), removed -> {
            undo.done(edit("remove action", () -> {
                service.restoreAction(removed);
                return null;
            }, () -> service.removeAction(removed.action().id())));
            reloadRecommendations();
        });
    }

    private UndoableEdit edit(String name, Callable<?> undoWork, Callable<?> redoWork) {
        return UndoableEdit.of(name,
            () -> run("Undoing " + name, undoWork),
            () -> run("Redoing " + name, redoWork));
    }

    /** A person's name for the lead column; free-text leads are shown as written. */
    public String leadOf(ActionItem action) {
        if (action.leadPersonId() != null) {
            return people.stream().filter(p -> p.id() == action.leadPersonId()).map(Person::fullName).findFirst().orElse("");
        }
        return action.leadText() == null ? "" : action.leadText();
    }

    public UiContext context() {
        return context;
    }
}
