package org.hubdesk.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.service.history.HistoryService;

/** A record's history on screen: who added and changed it, when, and what changed, oldest first. */
public final class HistoryDialog {
    /** One record whose history is shown: its table and id. */
    public record Of(String table, long id) {
    }

    private HistoryDialog() {
    }

    /** Loads the history of {@code records} (merged, by time) in the background, then shows it. */
    public static void show(BackgroundTasks tasks, Window owner, HistoryService history, String what, Of... records) {
        tasks.run("Loading the history of " + what, () -> {
            List<RecordChange> changes = new ArrayList<>();
            for (Of record : records) {
                changes.addAll(history.history(record.table(), record.id()));
            }
            changes.sort(Comparator.comparingLong(RecordChange::id));
            return changes;
        }, changes -> {
            ListView<String> lines = new ListView<>();
            lines.setId("history-lines");
            lines.getItems().setAll(changes.stream().map(RecordChange::line).toList());
            lines.setPlaceholder(new javafx.scene.control.Label("No changes recorded (made before Hubdesk kept a history)."));
            lines.setPrefSize(900, 320);
            Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
            dialog.initOwner(owner);
            dialog.setTitle("History");
            dialog.setHeaderText("History of " + what);
            dialog.getDialogPane().setContent(lines);
            dialog.setResizable(true);
            dialog.showAndWait();
        });
    }
}
