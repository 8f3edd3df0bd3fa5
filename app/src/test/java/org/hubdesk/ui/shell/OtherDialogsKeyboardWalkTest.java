package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hubdesk.service.Services;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.service.members.ImportPreview;
import org.hubdesk.testing.DemoData;
import org.hubdesk.ui.assurance.ImportPreviewAlert;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.members.ImportPreviewDialog;
import org.hubdesk.ui.members.MembersView;
import org.hubdesk.ui.testing.FocusWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard alone in the dialogs that no toolbar button opens (see {@link DialogKeyboardWalkTest}
 * for those): the alerts, the first start, the passphrase, the team database, restore, and the two
 * import previews. Each is shown as the app shows it, walked by Tab ({@link FocusWalk}) and closed
 * by Esc. The file choosers are the desktop's own (GTK, Windows, macOS), outside JavaFX's scene.
 */
@ExtendWith(ApplicationExtension.class)
class OtherDialogsKeyboardWalkTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    private final Services services = DEMO.services();
    private final List<String> errors = new ArrayList<>();
    private MainWindow window;
    private Stage main;

    @AfterAll
    static void restoreTheDefaultTheme() throws Exception {
        FocusWalk.restoreTheDefaultTheme();
    }

    @Start
    void start(Stage stage) {
        main = stage;
        window = FocusWalk.themedWindow(stage, services, errors);
    }

    @Test
    void everyOtherDialogCanBeWalkedByTabAndClosedByEsc(FxRobot robot) throws Exception {
        List<BackupService.Backup> backups = List.of(services.backups().backupNow("before a test restore"));
        Path register = Path.of("..", "docs", "samples", "forum-register.csv").toAbsolutePath().normalize();
        long groupId = services.members().groups().get(0).id();
        ImportPreview preview = services.registerImport().preview(register, groupId);
        Path folder = Path.of("/tmp/hubdesk-data");

        List<String> problems = new ArrayList<>();
        walk(robot, "Error alert", owner -> Dialogs.error(owner, "The file forum.xlsx could not be read: it is not a spreadsheet"), problems);
        walk(robot, "Information alert", owner -> Dialogs.info(owner, "Meeting pack", "Saved pack.pdf (12 pages)."), problems);
        walk(robot, "Confirmation alert", owner -> Dialogs.confirm(owner, "Delete the action 'Re-audit'?", "Delete"), problems);
        walk(robot, "Choice alert", owner -> Dialogs.choose(owner, "Change this event or the whole series?", "This event",
                "The whole series"), problems);
        walk(robot, "First start", owner -> StartupDialogs.firstStart(owner, folder), problems);
        walk(robot, "Passphrase", owner -> StartupDialogs.passphrase(owner, folder, "That passphrase does not open it"), problems);
        walk(robot, "Team database", TeamDatabaseDialog::ask, problems);
        walk(robot, "Restore", owner -> RestoreDialog.choose(owner, "Restore", "Restoring replaces the database", backups), problems);
        robot.interact(() -> window.show(Area.MEMBERS));
        walk(robot, "Register import preview", owner -> new ImportPreviewDialog(((MembersView) window.view(Area.MEMBERS)).model(), preview,
                "Multi-Agency Learning Forum").showAndWait(), problems);
        walk(robot, "Performance import preview", owner -> ImportPreviewAlert.confirm(owner, "Import performance data",
                "12 rows: 12 to add", "Row 2: Re-referrals within 12 months, 2027-04, 22%", false), problems);
        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }

    /** Shows the dialog (it waits, as in the app, inside a later FX event), walks it and closes it by Esc. */
    private void walk(FxRobot robot, String name, Consumer<Window> show, List<String> problems) {
        int before = Window.getWindows().size();
        robot.interact(() -> Platform.runLater(() -> show.accept(main)));
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> windows = Window.getWindows();
        Window front = windows.get(windows.size() - 1);
        if (windows.size() == before || front == main || !(front.getScene().getRoot() instanceof DialogPane)) {
            problems.add(name + ": no dialog was shown");
            return;
        }
        Scene dialog = front.getScene();
        FocusWalk.walk(robot, dialog, name, dialog.getRoot(), problems);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (front.isShowing()) {
            problems.add(name + ": Esc did not close it");
            robot.interact(front::hide);
        }
    }
}
