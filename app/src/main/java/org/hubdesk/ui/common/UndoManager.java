package org.hubdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Bounded undo and redo stacks of {@link UndoableEdit}s with observable state for menus and
 * buttons (the idea of Scene Builder's JobManager). A new edit clears the redo stack.
 */
public final class UndoManager {
    private static final int LIMIT = 200;

    private final Deque<UndoableEdit> undo = new ArrayDeque<>();
    private final Deque<UndoableEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndoWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty canUndo = canUndoWrapper.getReadOnlyProperty();
    private final ReadOnlyBooleanWrapper canRedoWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty canRedo = canRedoWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper undoNameWrapper = new ReadOnlyStringWrapper("Undo");
    public final ReadOnlyStringProperty undoName = undoNameWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper redoNameWrapper = new ReadOnlyStringWrapper("Redo");
    public final ReadOnlyStringProperty redoName = redoNameWrapper.getReadOnlyProperty();

    /** Records an edit that has just been done. */
    public void done(UndoableEdit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    public void undo() {
        step(undo, redo, UndoableEdit::undo);
    }

    public void redo() {
        step(redo, undo, UndoableEdit::redo);
    }

    /** Runs the newest edit of {@code from} one way, then moves it onto {@code to}; one that throws stays put. */
    private void step(Deque<UndoableEdit> from, Deque<UndoableEdit> to, Consumer<UndoableEdit> direction) {
        if (from.isEmpty()) {
            return;
        }
        UndoableEdit edit = from.peek();
        direction.accept(edit);
        from.pop();
        to.push(edit);
        refresh();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        canUndoWrapper.set(!undo.isEmpty());
        canRedoWrapper.set(!redo.isEmpty());
        undoNameWrapper.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().name());
        redoNameWrapper.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().name());
    }
}
