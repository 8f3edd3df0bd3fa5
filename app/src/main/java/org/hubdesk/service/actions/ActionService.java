package org.hubdesk.service.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.store.Database;
import org.hubdesk.store.actions.ActionRepository;
import org.jooq.DSLContext;

/** The partnership-wide action log: what every feature's actions share. */
public final class ActionService {
    private final Database database;

    public ActionService(Database database) {
        this.database = database;
    }

    public List<ActionItem> all() {
        return database.transaction(ctx -> new ActionRepository(ctx).all());
    }

    public ActionItem add(ActionItem action) {
        return database.transaction(ctx -> new ActionRepository(ctx).insert(action));
    }

    /** Saves an edit; returns the version before, for undo. */
    public ActionItem update(ActionItem action) {
        return database.transaction(ctx -> change(ctx, action.id(), (repo, before) -> repo.update(action)));
    }

    /** The action as it is now, with its row version: open an edit with this, save it with {@link #update(ActionItem, int)}. */
    public org.hubdesk.domain.common.Versioned<ActionItem> forEdit(long actionId) {
        return database.transaction(ctx -> new ActionRepository(ctx).findForEdit(actionId)
                .orElseThrow(() -> new UserInputException("That action no longer exists")));
    }

    /**
     * Saves an edit made from the action as opened at {@code openedVersion}; refused with a
     * {@link org.hubdesk.domain.common.StaleEditException} (nothing saved) if someone saved it since.
     * Returns the action before, for undo.
     */
    public ActionItem update(ActionItem action, int openedVersion) {
        return database.transaction(ctx -> change(ctx, action.id(), (repo, before) -> repo.update(action, openedVersion)));
    }

    public ActionItem setStatus(long actionId, ActionStatus status, LocalDate today) {
        return database.transaction(ctx -> change(ctx, actionId, (repo, before) -> repo.update(before.withStatus(status, today))));
    }

    /**
     * Changes an action that must still exist, in a transaction already open (any feature's action: the log is
     * shared); {@code save} writes the change. Returns the action before, for undo.
     */
    public static ActionItem change(DSLContext ctx, long actionId, BiConsumer<ActionRepository, ActionItem> save) {
        ActionRepository repo = new ActionRepository(ctx);
        ActionItem before = require(repo, actionId);
        save.accept(repo, before);
        return before;
    }

    /** The action as stored; "That action no longer exists" once someone has removed it. */
    public static ActionItem require(ActionRepository repo, long actionId) {
        return repo.find(actionId).orElseThrow(() -> new UserInputException("That action no longer exists"));
    }
}
