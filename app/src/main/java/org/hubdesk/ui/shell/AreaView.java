package org.hubdesk.ui.shell;

import javafx.scene.Node;
import org.hubdesk.ui.common.UndoManager;

/** What an area puts in the main window. */
public interface AreaView {
    Node node();

    /** The area's undo history, which the Edit menu drives while the area is shown; null if none. */
    default UndoManager undoManager() {
        return null;
    }

    /** Called each time the area is shown, to reload what other areas may have changed. */
    default void shown() {
    }

    /** Home asked for this record (a due item's place and id): select it if the area can. */
    default void open(org.hubdesk.domain.home.DuePlace place, long id) {
    }
}
