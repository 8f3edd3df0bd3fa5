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
    public final Items<EvidenceEntry> evidence;
    public final Items<PracticeDownload> downloads;
    public final Items<ActionItem> actions;

    PlanItemEdits(DeliveryPlanViewModel model) {
        this.model = model;
        this.service = model.service();
        this.undo = model.undo();
        this.evidence = new Items<>(new Calls<>("evidence", service::addEvidence, EvidenceEntry::id, service::removeEvidence,
                service::restoreEvidence, service::updateEvidence));
        this.downloads = new Items<>(new Calls<>("practice download", service::addPracticeDownload, PracticeDownload::id,
                service::removePracticeDownload, service::restorePracticeDownload, service::updatePracticeDownload));
        this.actions = new Items<>(new Calls<>("action", service::addAction, ActionItem::id, service::removeAction,
                service::restoreAction, service::updateAction));
    }

    /**
     * One kind of the plan's items as the service adds, edits, removes (returning what it removed)
     * and restores it; each edit is one undo step. Adding and editing run now, so that a dialog
     * waiting for them stays open with a problem; removing runs in the background.
     */
    public final class Items<T> {
        private final Calls<T> calls;

        private Items(Calls<T> calls) {
            this.calls = calls;
        }

        /** Adds {@code draft} to the plan: undo removes it, redo restores it. */
        public void add(T draft) {
            long plan = model.editable().id();
            T added = calls.add().apply(plan, draft);
            undo.done(model.edit("add " + calls.name(), () -> calls.remove(added), doing(() -> calls.restore().accept(plan, added))));
            model.reload();
        }

        /** Saves the edited {@code item}: undo saves it as it was, redo as edited. */
        public void update(T item) {
            update(item, calls.update());
        }

        /** As {@link #update(Object)}, with {@code save} for the first save (returning the item as it was). */
        private void update(T item, UnaryOperator<T> save) {
            model.editable();
            T before = save.apply(item);
            undo.done(model.edit("edit " + calls.name(), () -> calls.update().apply(before), () -> calls.update().apply(item)));
            model.reload();
        }

        /** Removes {@code item} in the background: undo restores it, redo removes it again. */
        public void remove(T item) {
            long plan = model.editable().id();
            model.run("Removing " + calls.name(), () -> calls.remove(item), removed -> undo.done(model.edit("remove " + calls.name(),
                    doing(() -> calls.restore().accept(plan, removed)), () -> calls.remove(removed))));
        }
    }

    /** The service's calls for one kind of item. */
    private record Calls<T>(String name, BiFunction<Long, T, T> add, ToLongFunction<T> id, LongFunction<T> removeById,
                            BiConsumer<Long, T> restore, UnaryOperator<T> update) {
        /** Removes {@code item}; returns it as it was removed. */
        T remove(T item) {
            return removeById.apply(id.applyAsLong(item));
        }
    }

    // ---- evidence (dialogs call these synchronously so a problem keeps the dialog open)

    public void moveEvidence(EvidenceEntry entry, int delta) {
        long id = model.editable().id();
        model.run("Moving evidence", () -> service.moveEvidence(entry.id(), delta), before -> {
            List<Long> after = ids(model.evidence(entry.section()), EvidenceEntry::id, entry.id(), delta);
            undo.done(model.edit("move evidence", () -> service.reorderEvidence(id, entry.section(), before),
                    () -> service.reorderEvidence(id, entry.section(), after)));
        });
    }

    // ---- practice downloads

    // ---- the action plan

    /** The action as it is now with its row version, for an edit dialog to save against. */
    public Versioned<ActionItem> actionForEdit(long actionId) {
        return service.actionForEdit(actionId);
    }

    /** Saves an edited action; with {@code opened} it is refused, nothing written, if someone saved the action since. */
    public void updateAction(ActionItem action, Versioned<ActionItem> opened) {
        actions.update(action, a -> opened == null ? service.updateAction(a) : service.updateAction(a, opened.version()));
    }

    public void moveAction(ActionItem action, int delta) {
        long id = model.editable().id();
        List<Long> after = ids(model.actions.stream().map(DeliveryPlanViewModel.ActionRow::action).toList(), ActionItem::id, action.id(), delta);
        model.run("Moving action", () -> service.moveAction(action.id(), delta), before -> undo.done(model.edit("move action",
                () -> service.reorderActions(id, before), () -> service.reorderActions(id, after))));
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
