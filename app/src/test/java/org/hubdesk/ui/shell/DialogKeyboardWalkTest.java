package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.nio.file.Path;
import javafx.application.Platform;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.service.members.ImportPreview;
import org.hubdesk.ui.assurance.ImportPreviewAlert;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.members.AgencyDialog;
import org.hubdesk.ui.members.ImportPreviewDialog;
import org.hubdesk.ui.members.MembersView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.service.Services;
import org.hubdesk.testing.DemoData;
import org.hubdesk.ui.governance.GovernanceView;
import org.hubdesk.ui.meetings.MeetingsView;
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
 * Keyboard alone in the dialogs, on the demo partnership: each main dialog opened from its button
 * (focused, then Space; or chosen in its toolbar's overflow menu), walked by Tab round the dialog as the areas are ({@link FocusWalk}), and
 * closed by Esc. Every control has an accessible name and a visible focus and is reached by Tab.
 */
@ExtendWith(ApplicationExtension.class)
class DialogKeyboardWalkTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    private final Services services = DEMO.services();
    private final List<String> errors = new ArrayList<>();
    private MainWindow window;
    private Stage main;

    /** A dialog: its name, the area and tab it is opened from, the button that opens it, what to choose first. */
    private record Opening(String dialog, Area area, String tabId, String buttonId, Consumer<MainWindow> prepare) {
        Opening(String dialog, Area area, String tabId, String buttonId) {
            this(dialog, area, tabId, buttonId, w -> { });
        }
    }

    @AfterAll
    static void restoreTheDefaultTheme() throws Exception {
        FocusWalk.restoreTheDefaultTheme();
    }

    @Start
    void start(Stage stage) {
        main = stage;
        window = FocusWalk.themedWindow(stage, services, errors);
    }

    private List<Opening> openings() {
        long meetingId = services.meetings().meetings(null).get(0).meeting().id();
        Consumer<MainWindow> aMeeting = w -> ((MeetingsView) w.view(Area.MEETINGS)).model().select(meetingId);
        // The demo's first event from today is one of a series: its edit asks "this event or the whole series".
        PlannerEvent event = services.planner().events(LocalDate.now(), LocalDate.now().plusMonths(2)).stream()
                .filter(e -> e.seriesId() != null).findFirst().orElseThrow();
        Consumer<MainWindow> anEvent = w -> ((GovernanceView) w.view(Area.GOVERNANCE)).planner().model().selected.set(event);
        long firstPhase = services.hub().programme().cycles().get(0).phases().get(0).id();
        Consumer<MainWindow> aPhase = w -> ((org.hubdesk.ui.hub.TimelineView) w.view(Area.HUB_TIMELINE)).model()
                .selectedPhaseId.set(firstPhase);
        return List.of(
                new Opening("Add member (a person)", Area.MEMBERS, null, "add-member"),
                new Opening("New group", Area.MEMBERS, null, "new-group"),
                new Opening("Edit group", Area.MEMBERS, null, "edit-group"),
                new Opening("Terms of reference", Area.MEMBERS, null, "group-terms"),
                new Opening("Add recommendation", Area.LEARNING, null, "add-recommendation"),
                new Opening("Add action", Area.LEARNING, null, "add-action"),
                new Opening("New meeting", Area.MEETINGS, null, "new-meeting"),
                new Opening("Agenda item", Area.MEETINGS, null, "agenda-add", aMeeting),
                new Opening("Meeting date and place", Area.MEETINGS, null, "meeting-move", aMeeting),
                new Opening("Planner event", Area.GOVERNANCE, "governance-planner-tab", "planner-add"),
                new Opening("Edit a planner event of a series", Area.GOVERNANCE, "governance-planner-tab", "planner-edit", anEvent),
                new Opening("Plan a hub cycle programme", Area.HUB_TIMELINE, null, "plan-programme"),
                new Opening("Hub settings", Area.HUB_TIMELINE, null, "hub-settings"),
                new Opening("Hub cycle members", Area.HUB_TIMELINE, null, "cycle-members", aPhase),
                new Opening("New delivery plan", Area.DELIVERY_PLANS, null, "new-plan"),
                new Opening("Delivery plan priority", Area.DELIVERY_PLANS, null, "edit-priority"),
                new Opening("Delivery plan action", Area.DELIVERY_PLANS, null, "add-action"),
                new Opening("New audit round", Area.ASSURANCE, "tab-audits", "new-round"),
                new Opening("Assurance return", Area.ASSURANCE, "tab-audits", "enter-return"),
                new Opening("Challenge panel", Area.ASSURANCE, "tab-audits", "edit-panel"),
                new Opening("Audit calendar entry", Area.ASSURANCE, "tab-calendar", "calendar-add"));
    }

    @Test
    void everyMainDialogCanBeWalkedByTabAndClosedByEsc(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (Opening o : openings()) {
            Scene dialog = open(robot, o, problems);
            if (dialog == null) {
                continue;
            }
            FocusWalk.walk(robot, dialog, o.dialog(), dialog.getRoot(), problems);
            robot.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            if (dialog.getWindow().isShowing()) {
                problems.add(o.dialog() + ": Esc did not close it");
                robot.interact(() -> dialog.getWindow().hide());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }

    /**
     * The dialogs no toolbar button opens: the alerts, the first start, the passphrase, the team
     * database, restore, and the two import previews. The file choosers are the desktop's own (GTK,
     * Windows, macOS), outside JavaFX's scene.
     */
    @Test
    void everyOtherDialogCanBeWalkedByTabAndClosedByEsc(FxRobot robot) throws Exception {
        List<BackupService.Backup> backups = List.of(services.backups().backupNow("before a test restore"));
        Path register = Path.of("..", "docs", "samples", "forum-register.csv").toAbsolutePath().normalize();
        long groupId = services.members().groups().get(0).id();
        ImportPreview preview = services.registerImport().preview(register, groupId);
        Path folder = Path.of("/tmp/hubdesk-data");

        List<String> problems = new ArrayList<>();
        walkShown(robot, "Error alert", owner -> Dialogs.error(owner, "The file forum.xlsx could not be read: it is not a spreadsheet"), problems);
        walkShown(robot, "Information alert", owner -> Dialogs.info(owner, "Meeting pack", "Saved pack.pdf (12 pages)."), problems);
        walkShown(robot, "Confirmation alert", owner -> Dialogs.confirm(owner, "Delete the action 'Re-audit'?", "Delete"), problems);
        walkShown(robot, "Choice alert", owner -> Dialogs.choose(owner, "Change this event or the whole series?", "This event",
                "The whole series"), problems);
        walkShown(robot, "First start", owner -> StartupDialogs.firstStart(owner, folder), problems);
        walkShown(robot, "Passphrase", owner -> StartupDialogs.passphrase(owner, folder, "That passphrase does not open it"), problems);
        walkShown(robot, "Team database", TeamDatabaseDialog::ask, problems);
        walkShown(robot, "Restore", owner -> RestoreDialog.choose(owner, "Restore", "Restoring replaces the database", backups), problems);
        robot.interact(() -> window.show(Area.MEMBERS));
        walkShown(robot, "New agency (from the member dialog)", owner -> AgencyDialog.ask(((MembersView) window.view(Area.MEMBERS)).model()),
                problems);
        walkShown(robot, "Register import preview", owner -> new ImportPreviewDialog(((MembersView) window.view(Area.MEMBERS)).model(), preview,
                "Multi-Agency Learning Forum").showAndWait(), problems);
        walkShown(robot, "Performance import preview", owner -> ImportPreviewAlert.confirm(owner, "Import performance data",
                "12 rows: 12 to add", "Row 2: Re-referrals within 12 months, 2027-04, 22%", false), problems);
        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }

    /** Shows a dialog (it waits, as in the app, inside a later FX event), walks it and closes it by Esc. */
    private void walkShown(FxRobot robot, String name, Consumer<Window> show, List<String> problems) {
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

    /** A button with this id moved from a toolbar into its overflow menu, or null. */
    private static Button overflowed(Node area, String id) {
        return area.lookupAll(".tool-bar").stream().flatMap(t -> ((ToolBar) t).getItems().stream())
                .filter(n -> n instanceof Button && id.equals(n.getId())).map(Button.class::cast).findFirst().orElse(null);
    }

    /** Shows the area (and tab), focuses the button, presses Space; the dialog's scene, or null with a problem noted. */
    private Scene open(FxRobot robot, Opening o, List<String> problems) {
        robot.interact(() -> {
            window.show(o.area());
            Node area = window.view(o.area()).node();
            if (o.tabId() != null) {
                area.lookupAll(".tab-pane").forEach(n -> ((TabPane) n).getTabs().stream().filter(t -> o.tabId().equals(t.getId()))
                        .findFirst().ifPresent(t -> ((TabPane) n).getSelectionModel().select(t)));
            }
            o.prepare().accept(window);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node area = window.view(o.area()).node();
        Node found = area.lookup("#" + o.buttonId());
        Button overflowed = found == null ? overflowed(area, o.buttonId()) : null;
        if (overflowed != null && !overflowed.isDisabled()) {
            // In a toolbar's overflow menu (too narrow a window): chosen there, so fired as that menu does.
            robot.interact(() -> javafx.application.Platform.runLater(overflowed::fire));
        } else if (!(found instanceof Button button) || button.isDisabled() || !button.isVisible()) {
            problems.add(o.dialog() + ": #" + o.buttonId() + " in " + o.area().title() + " is " + (found == null ? "missing"
                    : found.isDisabled() ? "disabled" : "not shown"));
            return null;
        } else {
            robot.interact(button::requestFocus);
            robot.push(KeyCode.SPACE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> windows = Window.getWindows();
        Window front = windows.get(windows.size() - 1);
        if (front == main || !(front.getScene().getRoot() instanceof DialogPane)) {
            problems.add(o.dialog() + ": #" + o.buttonId() + " opened no dialog");
            return null;
        }
        return front.getScene();
    }
}
