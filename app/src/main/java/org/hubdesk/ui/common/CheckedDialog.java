package org.hubdesk.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;

/**
 * A form dialog whose OK saves through a service: a problem (a {@link UserInputException}) is shown
 * in the dialog under the fields and the dialog stays open with everything typed still in it.
 */
public final class CheckedDialog {
    private CheckedDialog() {
    }

    /** A save that runs in the background: it calls {@code done} once saved, or {@code problem} with what was wrong. */
    public interface BackgroundSave {
        void run(Runnable done, Consumer<String> problem);
    }

    /** The dialog; it closes (true) only once {@code save} ran without a problem. */
    public static Dialog<Boolean> create(Window owner, String title, Node content, String okId, Runnable save) {
        return create(owner, title, content, okId, (done, problem) -> {
            save.run();
            done.run();
        });
    }

    /**
     * The dialog for a save made in the background: it stays open, with the typing, until the save
     * reports back; a problem (a refused stale save names both versions) is shown under the fields.
     */
    public static Dialog<Boolean> create(Window owner, String title, Node content, String okId, BackgroundSave save) {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setResizable(true);
        Label error = Dialogs.errorLine("dialog-error");
        error.setMaxWidth(560);
        // Room for a two-line message from the start: the dialog is not resized when one appears.
        error.setMinHeight(36);
        VBox box = new VBox(10, content, error);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        Dialogs.okSavesInBackground(d, okId, error, () -> {
            d.setResult(true);
            d.close();
        }, save);
        d.setResultConverter(b -> b == ButtonType.OK);
        return d;
    }

    /** A two-column form grid: labels left, fields growing right. */
    public static GridPane grid() {
        GridPane grid = Dialogs.formGrid();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }
}
