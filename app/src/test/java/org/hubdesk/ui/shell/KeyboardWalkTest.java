package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.service.Services;
import org.hubdesk.testing.DemoData;
import org.hubdesk.ui.common.AccessibleNames;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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
    private static final int MAX_STEPS = 400;

    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    private final Services services = DEMO.services();
    private MainWindow window;
    private Scene scene;
    private final List<String> errors = new ArrayList<>();

    /**
     * The theme is set for the whole JVM: put JavaFX's own back, so the screen tests that run after
     * this one in the same JVM see the sizes they were written for (the Primer theme's larger
     * controls pushed buttons into toolbar overflow menus and rows out of view in them).
     */
    @AfterAll
    static void restoreTheDefaultTheme() throws Exception {
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(null));
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(errors::add), () -> stage, Clock.systemDefaultZone());
        window = new MainWindow(context, new ScreenSupport.NoCommands(), "Test partnership");
        scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/hubdesk/ui/hubdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
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
            walk(robot, area.title(), window.view(area).node(), problems);
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
                    walk(robot, where, tab.getContent(), problems);
                }
            }
            // Back to the first tab, so a tab pane inside it is shown for its own turn.
            robot.interact(() -> pane.getSelectionModel().select(0));
        }
    }

    private void walk(FxRobot robot, String area, Node content, List<String> problems) {
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Node start = scene.getFocusOwner();
        Node current = start;
        int steps = 0;
        while (steps++ < MAX_STEPS) {
            Node focused = current;
            Image before = focused == null ? null : snapshot(robot, focused);
            if (focused instanceof TextArea) {
                robot.push(KeyCode.CONTROL, KeyCode.TAB);
            } else {
                robot.push(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Node next = scene.getFocusOwner();
            if (next == null) {
                problems.add(area + ": focus was lost after " + describe(focused));
                return;
            }
            if (next == focused) {
                problems.add(area + ": Tab did not move the focus from " + describe(focused));
                return;
            }
            if (focused != null && before != null && same(before, snapshot(robot, focused))) {
                problems.add(area + ": no visible focus on " + describe(focused));
            }
            if (!visited.add(next)) {
                break;
            }
            String name = AccessibleNames.nameOf(next);
            if (name == null || name.isBlank()) {
                problems.add(area + ": no accessible name on " + describe(next));
            }
            current = next;
        }
        if (steps >= MAX_STEPS) {
            problems.add(area + ": Tab never came round again in " + MAX_STEPS + " steps");
        }
        Set<Node> missed = new LinkedHashSet<>(reachable(content));
        missed.removeAll(visited);
        // A group of radio buttons is one Tab stop: the arrow keys move between its buttons.
        missed.removeIf(n -> n instanceof javafx.scene.control.RadioButton r && r.getToggleGroup() != null
                && r.getToggleGroup().getToggles().stream().anyMatch(visited::contains));
        for (Node n : missed) {
            problems.add(area + ": the keyboard never reaches " + describe(n));
        }
    }

    private static Image snapshot(FxRobot robot, Node node) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }

    private static boolean same(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The controls a mouse user could reach in the area: shown, enabled, focusable, not a part inside another control. */
    private static List<Node> reachable(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, false, out);
        return out;
    }

    private static void collect(Node node, boolean insideControl, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        boolean container = node instanceof ScrollPane || node instanceof TabPane || node instanceof TitledPane
                || node instanceof SplitPane || node instanceof Accordion || node instanceof ToolBar || node instanceof ButtonBar;
        if (node instanceof Control c && !insideControl && c.isFocusTraversable() && !c.isDisabled() && !container) {
            out.add(c);
        }
        boolean inside = insideControl || node instanceof Control && !container;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, inside, out);
            }
        }
    }

    private static String describe(Node n) {
        if (n == null) {
            return "nothing";
        }
        String text = n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + text;
    }
}
