package org.hubdesk.ui.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubdesk.ui.common.Dialogs;

/** The dialogs of the first start and of opening an encrypted store. */
public final class StartupDialogs {
    private StartupDialogs() {
    }

    /** What the user chose on first start. */
    public record NewDatabaseChoice(boolean demo, String partnershipName, char[] passphrase) {
    }

    public static Optional<NewDatabaseChoice> firstStart(Window owner, Path folder) {
        Dialog<NewDatabaseChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Welcome to Hubdesk");
        dialog.setHeaderText("Create a partnership in " + folder);
        ToggleGroup kind = new ToggleGroup();
        RadioButton demo = new RadioButton("A fictional demo partnership, to try Hubdesk (invented agencies and people)");
        demo.setId("choose-demo");
        demo.setToggleGroup(kind);
        demo.setSelected(true);
        RadioButton empty = new RadioButton("An empty partnership, for real work:");
        empty.setId("choose-empty");
        empty.setToggleGroup(kind);
        TextField name = new TextField();
        name.setId("partnership-name");
        name.setPromptText("e.g. Anytown Safeguarding Children Partnership");
        name.disableProperty().bind(empty.selectedProperty().not());
        PasswordField pass = new PasswordField();
        pass.setId("new-passphrase");
        PasswordField again = new PasswordField();
        again.setId("new-passphrase-again");
        Label passHelp = new Label("A passphrase encrypts the database file (AES). Without it anyone with the file can read it."
                + " There is no way to recover a lost passphrase.");
        passHelp.setWrapText(true);
        passHelp.setMaxWidth(480);
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Passphrase (recommended):"), pass);
        grid.addRow(1, new Label("Repeat passphrase:"), again);
        Label error = new Label();
        error.getStyleClass().add("text-danger");
        error.setWrapText(true);
        VBox box = new VBox(10, demo, empty, name, passHelp, grid, error);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        ButtonType create = Dialogs.okAndCancel(dialog, "Create", "create-partnership");
        Button ok = (Button) dialog.getDialogPane().lookupButton(create);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!pass.getText().equals(again.getText())) {
                error.setText("The two passphrases differ; type them again");
                e.consume();
            } else if (empty.isSelected() && name.getText().isBlank()) {
                error.setText("Give the partnership a name");
                e.consume();
            } else if (!pass.getText().isEmpty() && pass.getText().length() < 8) {
                error.setText("Use a passphrase of at least 8 characters, or none");
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == create
                ? new NewDatabaseChoice(demo.isSelected(), name.getText().strip(),
                        pass.getText().isEmpty() ? null : pass.getText().toCharArray())
                : null);
        return dialog.showAndWait();
    }

    /** Asks for the passphrase of an encrypted store; {@code problem} is shown after a wrong one. */
    public static Optional<char[]> passphrase(Window owner, Path folder, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Hubdesk");
        dialog.setHeaderText("The database in " + folder + " is encrypted.");
        PasswordField pass = new PasswordField();
        pass.setId("passphrase");
        Label error = new Label(problem == null ? "" : problem);
        error.getStyleClass().add("text-danger");
        VBox box = new VBox(8, new Label("Passphrase:"), pass, error);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? pass.getText().toCharArray() : null);
        javafx.application.Platform.runLater(pass::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        return result.filter(chars -> chars.length > 0 || clear(chars));
    }

    private static boolean clear(char[] chars) {
        Arrays.fill(chars, '\0');
        return false;
    }
}
