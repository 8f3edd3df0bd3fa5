package org.hubdesk.ui.shell;

import org.hubdesk.ui.common.UndoManager;

/**
 * What every editing screen's view model holds: the services, tasks and window it works through,
 * and its own undo history, which the Edit menu drives while the screen is shown.
 */
public abstract class AreaViewModel {
    public final UiContext context;
    protected final UndoManager undo = new UndoManager();

    protected AreaViewModel(UiContext context) {
        this.context = context;
    }

    /** The undo history of this screen's edits (also {@link AreaModel#undo()} for an area's model). */
    public UndoManager undo() {
        return undo;
    }
}
