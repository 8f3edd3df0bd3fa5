package org.hubdesk.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    PlanItemEdits(DeliveryPlanViewModel model) {
        this.model = model;
        this.service = model.service();
        this.undo = model.undo();
    }

    // ---- evidence (dialogs call these synchronously so a problem keeps the dialog open)

    public void addEvidence(EvidenceEntry draft) {
        long id = model.editable().id();
        EvidenceEntry added = service.addEvidence(id, draft);
        undo.done(model.edit("add evidence", () -> service.removeEvidence(added.id()), doing(() -> service.restoreEvidence(id, added))));
        model.reload();
    }

    public void updateEvidence(EvidenceEntry entry) {
        model.editable();
        EvidenceEntry before = service.updateEvidence(entry);
        undo.done(model.edit("edit evidence", () -> service.updateEvidence(before), () -> service.updateEvidence(entry)));
        model.reload();
    }

    public void removeEvidence(EvidenceEntry entry) {
        long id = model.editable().id();
        model.run("Removing evidence", () -> service.removeEvidence(entry.id()), removed -> undo.done(model.edit("remove evidence",
                doing(() -> service.restoreEvidence(id, removed)), () -> service.removeEvidence(removed.id()))));
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
        long id = model.editable().id();
        PracticeDownload added = service.addPracticeDownload(id, draft);
        undo.done(model.edit("add practice download", () -> service.removePracticeDownload(added.id()), doing(() -> service.restorePracticeDownload(id, added))));
        model.reload();
    }

    public void updateDownload(PracticeDownload download) {
        model.editable();
        PracticeDownload before = service.updatePracticeDownload(download);
        undo.done(model.edit("edit practice download", () -> service.updatePracticeDownload(before),
                () -> service.updatePracticeDownload(download)));
        model.reload();
    }

    public void removeDownload(PracticeDownload download) {
        long id = model.editable().id();
        model.run("Removing practice download", () -> service.removePracticeDownload(download.id()), removed -> undo.done(
                model.edit("remove practice download", doing(() -> service.restorePracticeDownload(id, removed)), () -> service.removePracticeDownload(removed.id()))));
    }

    // ---- the action plan

    public void addAction(ActionItem draft) {
        long id = model.editable().id();
        ActionItem added = service.addAction(id, draft);
        undo.done(model.edit("add action", () -> service.removeAction(added.id()), doing(() -> service.restoreAction(id, added))));
        model.reload();
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
        model.editable();
        ActionItem before = opened == null ? service.updateAction(action) : service.updateAction(action, opened.version());
        undo.done(model.edit("edit action", () -> service.updateAction(before), () -> service.updateAction(action)));
        model.reload();
    }

    public void removeAction(ActionItem action) {
        long id = model.editable().id();
        model.run("Removing action", () -> service.removeAction(action.id()), removed -> undo.done(model.edit("remove action", doing(() -> service.restoreAction(id, removed)), () -> service.removeAction(removed.id()))));
    }

    public void moveAction(ActionItem action, int delta) {
        long id = model.editable().id();
        List<Long> after = ids(model.actions().stream().map(DeliveryPlanViewModel.ActionRow::action).toList(), ActionItem::id, action.id(), delta);
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

    private static <T> List<Long> ids(List<T> items, java.util.function.ToLongFunction<T> id, long moving, int delta) {
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
