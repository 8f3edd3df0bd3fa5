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

    /**
     * An edit whose two directions each run as one background task ("Undoing name", "Redoing
     * name") and then call {@code then} on the FX thread, e.g. to reload what the edit changed.
     */
    static UndoableEdit inBackground(BackgroundTasks tasks, String name, Runnable undo, Runnable redo, Runnable then) {
        return of(name, () -> tasks.run("Undoing " + name, () -> {
            undo.run();
            return null;
        }, x -> then.run()), () -> tasks.run("Redoing " + name, () -> {
            redo.run();
            return null;
        }, x -> then.run()));
    }
}
