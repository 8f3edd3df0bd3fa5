package org.hubdesk.ui.common;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;

/** The few standard dialogs, owned by the main window so they stay in front of it. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("Hubdesk");
        alert.initOwner(owner);
        alert.getDialogPane().setMinWidth(420);
        alert.showAndWait();
    }

    public static void info(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    public static boolean confirm(Window owner, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.setTitle("Hubdesk");
        alert.initOwner(owner);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /**
     * Asks which of several ways to go ("This event", "The whole series"), with Cancel; returns the
     * index of the choice, or -1 for Cancel (or Esc).
     */
    public static int choose(Window owner, String message, String... choices) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message);
        alert.setHeaderText(null);
        alert.setTitle("Hubdesk");
        alert.initOwner(owner);
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (String c : choices) {
            buttons.add(new ButtonType(c, javafx.scene.control.ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.map(buttons::indexOf).orElse(-1);
    }

    /**
     * Gives the dialog its OK button, labelled with what it does ("Create", "Restore") and with
     * {@code id} (may be null), and Cancel; returns OK's type, which the result converter compares with.
     */
    public static ButtonType okAndCancel(Dialog<?> dialog, String label, String id) {
        ButtonType ok = new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId(id);
        return ok;
    }

    /** The grid a form dialog lays its labelled fields in. */
    public static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /**
     * Puts {@code field} in the next row of {@code grid}, after a label saying what it holds; returns the
     * field, so a form makes each field where it gives it its label and the rows keep the fields' order.
     */
    public static <T extends Node> T row(GridPane grid, String label, T field) {
        grid.addRow(grid.getRowCount(), new Label(label), field);
        return field;
    }

    /** A form's error line, where a refused OK says why: wrapping text in the danger colour; {@code id} may be null. */
    public static Label errorLine(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("text-danger");
        error.setWrapText(true);
        return error;
    }

    /**
     * A form dialog's body and OK button: the grid above an error line (ids {@code PREFIX-error},
     * {@code PREFIX-ok}). OK runs save; a {@link UserInputException} it throws shows on the error
     * line and keeps the dialog open. Returns the OK button (to label it with what it does).
     */
    public static Button form(Dialog<?> dialog, GridPane grid, String idPrefix, double errorWidth, Runnable save) {
        Label error = errorLine(idPrefix + "-error");
        error.setMaxWidth(errorWidth);
        return form(dialog, grid, error, idPrefix + "-ok", save);
    }

    /** As {@link #form(Dialog, GridPane, String, double, Runnable)}, with the dialog's own error line. */
    public static Button form(Dialog<?> dialog, GridPane grid, Label error, String okId, Runnable save) {
        VBox box = new VBox(10, grid, error);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        Button ok = okButton(dialog, okId);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                save.run();
            } catch (UserInputException problem) {
                error.setText(problem.getMessage());
                e.consume();
            }
        });
        return ok;
    }

    /**
     * A form dialog whose save runs in the background: {@code error} goes under the grid's fields,
     * across its columns; OK stays open until the save calls done (the dialog closes) or reports a
     * problem (shown on the error line). A date or time typed wrongly shows {@code badFormat}.
     */
    public static void backgroundForm(Dialog<?> dialog, GridPane grid, Label error, String okId, String badFormat,
            CheckedDialog.BackgroundSave save) {
        grid.add(error, 0, grid.getRowCount(), Math.max(1, grid.getColumnCount()), 1);
        grid.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(grid);
        okSavesInBackground(dialog, okId, error, () -> {
            dialog.setResult(null);
            dialog.close();
        }, (done, problem) -> {
            try {
                save.run(done, problem);
            } catch (DateTimeParseException ex) {
                throw new UserInputException(badFormat);
            }
        });
    }

    /**
     * Gives the dialog OK ({@code okId}) and Cancel; OK runs a save made in the background and the
     * dialog stays open, with the typing, until the save reports back: done runs {@code saved}
     * (which closes the dialog), a problem (a refused stale save names both versions) or a
     * {@link UserInputException} shows on the error line.
     */
    static void okSavesInBackground(Dialog<?> dialog, String okId, Label error, Runnable saved, CheckedDialog.BackgroundSave save) {
        okButton(dialog, okId).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            try {
                save.run(saved, problem -> {
                    error.setText(problem);
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                });
            } catch (UserInputException problem) {
                error.setText(problem.getMessage());
            }
        });
    }

    /** Gives the dialog OK and Cancel; returns OK, with {@code id} (may be null). */
    private static Button okButton(Dialog<?> dialog, String id) {
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId(id);
        return ok;
    }

    /**
     * Esc in {@code list} cancels {@code dialog}, as it does elsewhere in a dialog: a JavaFX list
     * keeps Esc for itself (to cancel an edit it never has), so a keyboard user was stuck in it.
     */
    public static void escapeCancels(Dialog<?> dialog, javafx.scene.control.ListView<?> list) {
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                javafx.scene.Node cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
                if (cancel instanceof Button button) {
                    button.fire();
                } else {
                    dialog.close();
                }
            }
        });
    }
}
