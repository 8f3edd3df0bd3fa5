package org.hubdesk.ui.learning;

import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.hubdesk.domain.common.Versioned;

/**
 * Adds a learning item (a recommendation, an action) or edits one as it is now, with its row
 * version: a save after a colleague's is refused, not written over it. Returns what it saved, or
 * null if cancelled.
 */
abstract class LearningItemDialog<T> extends Dialog<T> {
    /** The item as opened for editing; null for a new one. */
    protected final Versioned<T> opened;
    /** The item being edited; null for a new one. */
    protected final T existing;
    private T saved;

    /** {@code what} names the item in the title ("New action", "Edit action"). */
    LearningItemDialog(LearningViewModel model, Versioned<T> opened, String what, String header) {
        this.opened = opened;
        this.existing = opened == null ? null : opened.value();
        initOwner(model.context().owner().get());
        setTitle((existing == null ? "New " : "Edit ") + what);
        setHeaderText(header);
        setResultConverter(b -> b == ButtonType.OK ? saved : null);
    }

    /** Saves {@code item}: {@code add} a new one, else {@code edit} it against the version opened. */
    protected void save(T item, UnaryOperator<T> add, ObjIntConsumer<T> edit) {
        if (existing == null) {
            saved = add.apply(item);
        } else {
            edit.accept(item, opened.version());
            saved = item;
        }
    }
}
