package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
        Consumer<MainWindow> anEvent = w -> ((GovernanceView) w.view(Area.GOVERNANCE)).planner().model().selectedProperty().set(event);
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
