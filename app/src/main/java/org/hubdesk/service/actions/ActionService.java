package org.hubdesk.service.actions;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.store.Database;
import org.hubdesk.store.actions.ActionRepository;

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
        return database.transaction(ctx -> {
            ActionRepository repo = new ActionRepository(ctx);
            ActionItem before = repo.find(action.id()).orElseThrow(() -> new UserInputException("That action no longer exists"));
            repo.update(action);
            return before;
        });
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
        return database.transaction(ctx -> {
            ActionRepository repo = new ActionRepository(ctx);
            ActionItem before = repo.find(action.id()).orElseThrow(() -> new UserInputException("That action no longer exists"));
            repo.update(action, openedVersion);
            return before;
        });
    }

    public ActionItem setStatus(long actionId, ActionStatus status, LocalDate today) {
        return database.transaction(ctx -> {
            ActionRepository repo = new ActionRepository(ctx);
            ActionItem before = repo.find(actionId).orElseThrow(() -> new UserInputException("That action no longer exists"));
            repo.update(before.withStatus(status, today));
            return before;
        });
    }
}
