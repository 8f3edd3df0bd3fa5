package org.hubdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Lists;

/**
 * Picks a backup to restore, newest first: on a damaged store at start-up and from File > Restore.
 * The list is read off the FX thread by the caller; the restore itself runs in a task too.
 */
public final class RestoreDialog {
    private RestoreDialog() {
    }

    public static String describe(BackupService.Backup b) {
        return b.taken().withNano(0).toString().replace('T', ' ') + "  (" + b.reason() + ")  " + b.summary();
    }

    /** @param message what is wrong or what restoring does, shown above the list */
    public static Optional<Path> choose(Window owner, String title, String message, List<BackupService.Backup> backups) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText("Restore a backup");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(620);
        text.setId("restore-message");
        ListView<BackupService.Backup> list = new ListView<>();
        list.setId("restore-backups");
        list.getItems().setAll(backups);
        list.setPrefSize(620, 260);
        Lists.textCells(list, RestoreDialog::describe);
        Label after = new Label(backups.isEmpty() ? "There are no backups in " + "the data folder's backups/ to restore."
                : "The current file is kept as a 'before-restore' backup first, so a restore can be undone.");
        after.setWrapText(true);
        VBox box = new VBox(10, text, list, after);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        ButtonType restore = Dialogs.okAndCancel(dialog, "Restore", "restore-ok");
        Button ok = (Button) dialog.getDialogPane().lookupButton(restore);
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        if (!backups.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        Dialogs.escapeCancels(dialog, list);
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem().file() : null);
        return dialog.showAndWait();
    }
}
