package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.service.Services;
import org.hubdesk.testing.DemoData;
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
 * Keyboard alone, on the demo partnership: each area opened by its shortcut (Ctrl+1..9, Ctrl+0)
 * and walked by Tab until focus comes round again. Every control focus lands on has an accessible
 * name, looks different while it has the focus (the theme's focus style), and every control a user
 * can reach with the mouse in the area is reached by the keyboard too.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    private final Services services = DEMO.services();
    private MainWindow window;
    private Scene scene;
    private final List<String> errors = new ArrayList<>();

    @AfterAll
    static void restoreTheDefaultTheme() throws Exception {
        FocusWalk.restoreTheDefaultTheme();
    }

    @Start
    void start(Stage stage) {
        window = FocusWalk.themedWindow(stage, services, errors);
        scene = stage.getScene();
    }

    @Test
    void everyAreaCanBeWalkedByTabWithNamedVisiblyFocusedControls(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        Area[] areas = Area.values();
        for (int i = 0; i < areas.length; i++) {
            Area area = areas[i];
            robot.interact(() -> window.root().lookup("#sidebar").requestFocus());
            KeyCode digit = i == 9 ? KeyCode.DIGIT0 : KeyCode.valueOf("DIGIT" + (i + 1));
            robot.push(KeyCode.CONTROL, digit);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.shownArea()).as("Ctrl+%s opens %s", i == 9 ? 0 : i + 1, area).isEqualTo(area);
            FocusWalk.walk(robot, scene, area.title(), window.view(area).node(), problems);
            walkOtherTabs(robot, area, problems);
        }
        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }

    /**
     * Each other tab of the area's tab panes, chosen as a keyboard user does (focus on the tab
     * headers, then the right arrow), walked in turn.
     */
    private void walkOtherTabs(FxRobot robot, Area area, List<String> problems) {
        List<TabPane> panes = new ArrayList<>();
        robot.interact(() -> window.view(area).node().lookupAll(".tab-pane").forEach(n -> {
            if (n instanceof TabPane t && t.isVisible() && t.getTabs().size() > 1) {
                panes.add(t);
            }
        }));
        for (TabPane pane : panes) {
            if (pane.getScene() == null || !pane.isVisible()) {
                continue;
            }
            for (int i = 1; i < pane.getTabs().size(); i++) {
                robot.interact(pane::requestFocus);
                robot.push(KeyCode.RIGHT);
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.control.Tab tab = pane.getSelectionModel().getSelectedItem();
                String where = area.title() + " > " + tab.getText();
                if (pane.getSelectionModel().getSelectedIndex() != i) {
                    problems.add(where + ": the right arrow did not move to tab " + (i + 1));
                    break;
                }
                if (tab.getContent() != null) {
                    FocusWalk.walk(robot, scene, where, tab.getContent(), problems);
                }
            }
            // Back to the first tab, so a tab pane inside it is shown for its own turn.
            robot.interact(() -> pane.getSelectionModel().select(0));
        }
    }
}
