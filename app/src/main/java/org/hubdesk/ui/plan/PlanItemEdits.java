package org.hubdesk.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.service.plan.DeliveryPlanService;
import org.hubdesk.ui.common.UndoManager;

/**
 * The delivery plan editor's edits of evidence entries, practice downloads and action plan rows:
 * each is one service call and one undo step of the editor's {@link DeliveryPlanViewModel}.
 */
public final class PlanItemEdits {
    private final DeliveryPlanViewModel model;
    private final DeliveryPlanService service;
    private final UndoManager undo;
    private final Kind<EvidenceEntry> evidence;
    private final Kind<PracticeDownload> downloads;
    private final Kind<ActionItem> actions;

    /** How the service adds, removes (returning what it removed) and restores one kind of the plan's items. */
    private record Kind<T>(String name, BiFunction<Long, T, T> add, ToLongFunction<T> id, LongFunction<T> remove,
                           BiConsumer<Long, T> restore) {
    }

    PlanItemEdits(DeliveryPlanViewModel model) {
        this.model = model;
        this.service = model.service();
        this.undo = model.undo();
        this.evidence = new Kind<>("evidence", service::addEvidence, EvidenceEntry::id, service::removeEvidence, service::restoreEvidence);
        this.downloads = new Kind<>("practice download", service::addPracticeDownload, PracticeDownload::id, service::removePracticeDownload,
                service::restorePracticeDownload);
        this.actions = new Kind<>("action", service::addAction, ActionItem::id, service::removeAction, service::restoreAction);
    }

    // ---- evidence (dialogs call these synchronously so a problem keeps the dialog open)

    public void addEvidence(EvidenceEntry draft) {
        add(evidence, draft);
    }

    public void updateEvidence(EvidenceEntry entry) {
        update("evidence", entry, service::updateEvidence, service::updateEvidence);
    }

    public void removeEvidence(EvidenceEntry entry) {
        remove(evidence, entry);
    }

    public void moveEvidence(EvidenceEntry entry, int delta) {
        long id = model.editable().id();
        model.run("Moving evidence", () -> service.moveEvidence(entry.id(), delta), before -> {
            List<Long> after = ids(model.evidence(entry.section()), EvidenceEntry::id, entry.id(), delta);
            undo.done(model.edit("move evidence", () -> service.reorderEvidence(id, entry.section(), before),
                    () -> service.reorderEvidence(id, entry.section(), after)));
        });
    }

    // ---- practice downloads

    public void addDownload(PracticeDownload draft) {
        add(downloads, draft);
    }

    public void updateDownload(PracticeDownload download) {
        update("practice download", download, service::updatePracticeDownload, service::updatePracticeDownload);
    }

    public void removeDownload(PracticeDownload download) {
        remove(downloads, download);
    }

    // ---- the action plan

    public void addAction(ActionItem draft) {
        add(actions, draft);
    }

    /** The action as it is now with its row version, for an edit dialog to save against. */
    public Versioned<ActionItem> actionForEdit(long actionId) {
        return service.actionForEdit(actionId);
    }

    public void updateAction(ActionItem action) {
        updateAction(action, null);
    }

    /** Saves an edited action; with {@code opened} it is refused, nothing written, if someone saved the action since. */
    public void updateAction(ActionItem action, Versioned<ActionItem> opened) {
        update("action", action, a -> opened == null ? service.updateAction(a) : service.updateAction(a, opened.version()), service::updateAction);
    }

    public void removeAction(ActionItem action) {
        remove(actions, action);
    }

    public void moveAction(ActionItem action, int delta) {
        long id = model.editable().id();
        List<Long> after = ids(model.actions().stream().map(DeliveryPlanViewModel.ActionRow::action).toList(), ActionItem::id, action.id(), delta);
        model.run("Moving action", () -> service.moveAction(action.id(), delta), before -> undo.done(model.edit("move action",
                () -> service.reorderActions(id, before), () -> service.reorderActions(id, after))));
    }

    /** Adds an item now (a dialog waits for it), as one undo step: undo removes it, redo restores it. */
    private <T> void add(Kind<T> kind, T draft) {
        long plan = model.editable().id();
        T added = kind.add().apply(plan, draft);
        undo.done(model.edit("add " + kind.name(), () -> kind.remove().apply(kind.id().applyAsLong(added)),
                doing(() -> kind.restore().accept(plan, added))));
        model.reload();
    }

    /**
     * Saves an edited item now ({@code save} returns the item as it was before), as one undo step
     * that saves the old item again, and redo the edited one, with {@code saveAgain}.
     */
    private <T> void update(String name, T item, UnaryOperator<T> save, UnaryOperator<T> saveAgain) {
        model.editable();
        T before = save.apply(item);
        undo.done(model.edit("edit " + name, () -> saveAgain.apply(before), () -> saveAgain.apply(item)));
        model.reload();
    }

    /** Removes an item in the background, as one undo step: undo restores it, redo removes it again. */
    private <T> void remove(Kind<T> kind, T item) {
        long plan = model.editable().id();
        model.run("Removing " + kind.name(), () -> kind.remove().apply(kind.id().applyAsLong(item)), removed -> undo.done(
                model.edit("remove " + kind.name(), doing(() -> kind.restore().accept(plan, removed)),
                        () -> kind.remove().apply(kind.id().applyAsLong(removed)))));
    }

    /** A service call with nothing to return, as one direction of an undoable edit. */
    private static Callable<Void> doing(Runnable call) {
        return () -> {
            call.run();
            return null;
        };
    }

    private static <T> List<Long> ids(List<T> items, ToLongFunction<T> id, long moving, int delta) {
        List<Long> list = new ArrayList<>(items.stream().map(id::applyAsLong).toList());
        int from = list.indexOf(moving);
        if (from < 0) {
            return list;
        }
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, moving);
        return list;
    }
}
