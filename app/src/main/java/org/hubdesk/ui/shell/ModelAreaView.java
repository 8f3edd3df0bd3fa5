package org.hubdesk.ui.shell;

import org.hubdesk.ui.common.UndoManager;

/**
 * An area whose screen is driven by one {@link AreaModel}: showing the area reloads the model and
 * the Edit menu drives the model's undo history. A view only says which node and which model.
 */
public interface ModelAreaView extends AreaView {
    AreaModel model();

    @Override
    default UndoManager undoManager() {
        return model().undo();
    }

    @Override
    default void shown() {
        model().load();
    }
}
