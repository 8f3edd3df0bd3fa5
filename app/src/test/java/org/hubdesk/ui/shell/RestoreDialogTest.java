package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hubdesk.service.backup.BackupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Restore's list: newest first, described in counts, the chosen one returned. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void listsTheBackupsAndReturnsTheOnePicked(FxRobot robot) {
        BackupService.Backup newer = new BackupService.Backup(Path.of("/data/backups/b.zip"), LocalDateTime.of(2027, 1, 5, 9, 15, 2),
                "edits", 1000, true, Map.of("person", 71L, "meeting", 13L));
        BackupService.Backup older = new BackupService.Backup(Path.of("/data/backups/a.zip"), LocalDateTime.of(2027, 1, 4, 8, 0),
                "daily", 900, true, Map.of("person", 70L, "meeting", 13L));
        AtomicReference<Optional<Path>> picked = new AtomicReference<>();
        Platform.runLater(() -> picked.set(RestoreDialog.choose(stage, "Restore", "The database file is damaged.", List.of(newer, older))));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#restore-backups").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(RestoreDialog.describe(newer)).isEqualTo("2027-01-05 09:15:02  (edits)  84 rows (person 71, meeting 13)");
        assertThat(robot.lookup("#restore-message").queryAs(Label.class).getText()).isEqualTo("The database file is damaged.");
        robot.clickOn(RestoreDialog.describe(older));
        robot.clickOn("#restore-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picked.get()).contains(Path.of("/data/backups/a.zip"));
    }
}
