package org.hubdesk.ui.common;

/** One user edit that can be taken back and done again (each direction is its own transaction). */
public interface UndoableEdit {
    /** Shown in the Edit menu: "Undo add member". */
    String name();

    void undo();

    void redo();

    /** An edit from its name and its two directions (each usually one background task and one transaction). */
    static UndoableEdit of(String name, Runnable undo, Runnable redo) {
        return new UndoableEdit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }
}
