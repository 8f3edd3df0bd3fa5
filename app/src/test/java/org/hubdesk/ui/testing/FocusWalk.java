package org.hubdesk.ui.testing;

import atlantafx.base.theme.PrimerLight;
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
import org.hubdesk.ui.common.AccessibleNames;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the keyboard walks share (the areas' walk and the dialogs' walk): the main window in the
 * app's theme and style sheet, and a walk by Tab round a window (or a part of it) that notes each
 * control focus lands on with no accessible name, no visible focus, a Tab that loses or keeps the
 * focus, and each control a mouse could reach that Tab never does.
 */
public final class FocusWalk {
    private static final int MAX_STEPS = 400;

    private FocusWalk() {
    }

    /** The main window on the stage as the app shows it: the Primer theme and Hubdesk's style sheet. */
    public static MainWindow themedWindow(Stage stage, Services services, List<String> errors) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext context = ScreenSupport.context(stage, services, errors::add);
        MainWindow window = new MainWindow(context, new ScreenSupport.NoCommands(), "Test partnership");
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/hubdesk/ui/hubdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /**
     * The theme is set for the whole JVM: put JavaFX's own back, so the screen tests that run after
     * a walk in the same JVM see the sizes they were written for (the Primer theme's larger
     * controls pushed buttons into toolbar overflow menus and rows out of view in them).
     */
    public static void restoreTheDefaultTheme() throws Exception {
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(null));
    }

    /**
     * Walks {@code scene} by Tab from its focus owner until focus comes round again; problems are
     * added as "WHERE: what", and every control under {@code content} must have been reached.
     */
    public static void walk(FxRobot robot, Scene scene, String where, Node content, List<String> problems) {
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Node current = scene.getFocusOwner();
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
                problems.add(where + ": focus was lost after " + describe(focused));
                return;
            }
            if (next == focused && focused != null && reachable(content).equals(List.of(focused))) {
                // A lone control (an alert's OK): Tab has nowhere else to go. Its name, and a focus that shows.
                String name = AccessibleNames.nameOf(focused);
                if (name == null || name.isBlank()) {
                    problems.add(where + ": no accessible name on " + describe(focused));
                }
                robot.interact(content::requestFocus);
                if (before != null && same(before, snapshot(robot, focused))) {
                    problems.add(where + ": no visible focus on " + describe(focused));
                }
                robot.interact(focused::requestFocus);
                return;
            }
            if (next == focused) {
                problems.add(where + ": Tab did not move the focus from " + describe(focused));
                return;
            }
            if (focused != null && before != null && same(before, snapshot(robot, focused))) {
                problems.add(where + ": no visible focus on " + describe(focused));
            }
            if (!visited.add(next)) {
                break;
            }
            String name = AccessibleNames.nameOf(next);
            if (name == null || name.isBlank()) {
                problems.add(where + ": no accessible name on " + describe(next));
            }
            current = next;
        }
        if (steps >= MAX_STEPS) {
            problems.add(where + ": Tab never came round again in " + MAX_STEPS + " steps");
        }
        Set<Node> missed = new LinkedHashSet<>(reachable(content));
        missed.removeAll(visited);
        // A group of radio buttons is one Tab stop: the arrow keys move between its buttons.
        missed.removeIf(n -> n instanceof javafx.scene.control.RadioButton r && r.getToggleGroup() != null
                && r.getToggleGroup().getToggles().stream().anyMatch(visited::contains));
        for (Node n : missed) {
            problems.add(where + ": the keyboard never reaches " + describe(n));
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

    /** The controls a mouse user could reach: shown, enabled, focusable, not a part inside another control. */
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
