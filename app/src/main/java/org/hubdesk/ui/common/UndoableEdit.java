package org.hubdesk.ui.common;

/** One user edit that can be taken back and done again (each direction is its own transaction). */
public interface UndoableEdit {
    /** Shown in the Edit menu: "Undo add member". */
    String name();

    void undo();

    void redo();
}
