package org.hubdesk.ui.shell;

import org.hubdesk.ui.common.UndoManager;

/** The view model behind an area's screen: what a showing reloads and the undo history it keeps. */
public interface AreaModel {
    /** Reads (again) what the screen shows; called each time the area is shown. */
    void load();

    /** The undo history the Edit menu drives while the area is shown; null if the area has none. */
    default UndoManager undo() {
        return null;
    }
}
