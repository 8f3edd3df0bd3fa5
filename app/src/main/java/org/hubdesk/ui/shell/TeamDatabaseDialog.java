package org.hubdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.TeamDatabase;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.FileChoosers;

/**
 * File > Open a team database: the server's URL, the user, and the password typed here or read
 * from a file only the user can read. Nothing is stored; the password is handed on and forgotten.
 */
public final class TeamDatabaseDialog {
    /** What the dialog returns: where, who, and the password. */
    public record Choice(TeamDatabase team, char[] password) {
    }

    private TeamDatabaseDialog() {
    }

    public static Optional<Choice> ask(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open a team database");
        dialog.setHeaderText("A team database on a PostgreSQL server (README, Team database)");
        TextField url = new TextField(System.getenv().getOrDefault(TeamDatabase.URL_VARIABLE, "jdbc:postgresql://"));
        url.setId("teamUrl");
        url.setPromptText("jdbc:postgresql://HOST:5432/hubdesk?sslmode=verify-full");
        url.setPrefColumnCount(40);
        TextField user = new TextField(System.getenv().getOrDefault(TeamDatabase.USER_VARIABLE, System.getProperty("user.name", "")));
        user.setId("teamUser");
        PasswordField password = new PasswordField();
        password.setId("teamPassword");
        TextField passwordFile = new TextField();
        passwordFile.setId("teamPasswordFile");
        passwordFile.setPromptText("or a file holding it");
        Button browse = FileChoosers.browseInto("Choose…", passwordFile, () -> owner, null);
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Server URL"), url);
        grid.addRow(1, new Label("User"), user);
        grid.addRow(2, new Label("Password"), password);
        grid.addRow(3, new Label("Password file"), passwordFile, browse);
        Choice[] result = new Choice[1];
        Dialogs.form(dialog, grid, "team", 560, () -> {
            TeamDatabase team = new TeamDatabase(url.getText().strip(), user.getText().strip());
            char[] secret;
            try {
                secret = passwordFile.getText().isBlank() ? password.getText().toCharArray()
                        : TeamDatabase.password(Path.of(passwordFile.getText().strip()), java.util.Map.of());
            } catch (java.nio.file.InvalidPathException ex) {
                throw new UserInputException("Not a file name: " + ex.getMessage());
            }
            result[0] = new Choice(team, secret);
        }).setText("Open");
        dialog.showAndWait();
        password.clear();
        return Optional.ofNullable(result[0]);
    }
}
