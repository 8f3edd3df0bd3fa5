package org.hubdesk.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.service.history.HistoryService;

/**
 * A record's history on screen: who added and changed it, when, and what changed, oldest first.
 * One dialog for every kind of record (its change-log table and id), offered by each screen through
 * {@link #button}: the same words, tooltip and shortcut everywhere.
 */
public final class HistoryDialog {
    /** The shortcut of every History… button, active while the focus is in the screen that has it. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** One record whose history is shown: its kind (the change log's table name) and id. */
    public record Of(String table, long id) {
    }

    /**
     * A "History…" button with its id, an accessible name and a tooltip saying {@code whose} history
     * it shows; it and {@link #SHORTCUT} (pressed anywhere inside {@code scope}) run {@code action}.
     */
    public static Button button(String id, String whose, Node scope, Runnable action) {
        Button b = new Button("History…");
        b.setId(id);
        b.setAccessibleText("History of " + whose);
        b.setTooltip(new Tooltip("Who added and changed " + whose + ", and when (" + SHORTCUT.getDisplayText() + ")"));
        b.setOnAction(e -> action.run());
        scope.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e) && !b.isDisabled()) {
                e.consume();
                action.run();
            }
        });
        return b;
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
            // Oldest first, opened at the newest: the change someone is asking about is usually the last one.
            lines.scrollTo(Math.max(0, changes.size() - 1));
            lines.setPlaceholder(new javafx.scene.control.Label("No changes recorded (made before Hubdesk kept a history)."));
            lines.setPrefSize(900, 320);
            Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
            dialog.initOwner(owner);
            dialog.setTitle("History");
            dialog.setHeaderText("History of " + what);
            dialog.getDialogPane().setContent(lines);
            dialog.setResizable(true);
            Dialogs.escapeCancels(dialog, lines);
            dialog.showAndWait();
        });
    }
}
