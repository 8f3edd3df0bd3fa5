package org.hubdesk.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.UiContext;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.hubdesk.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen tests share: a main window with no File-menu effects, and scrolling a node into view. */
public final class ScreenSupport {
    private ScreenSupport() {
    }

    /** Scrolls the nearest scroll pane so the node is in view, as a user would, and returns it. */
    public static Node visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane scroll = null;
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane s) {
                    scroll = s;
                    break;
                }
            }
            if (scroll == null) {
                return;
            }
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 40) / extra)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** A main window on this stage over these services, background work on the test thread, its failures into {@code errors}. */
    public static MainWindow window(Stage stage, Services services, List<String> errors, double width, double height) {
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(errors::add), () -> stage, Clock.systemDefaultZone());
        MainWindow window = new MainWindow(context, new NoCommands(), "Test partnership");
        stage.setScene(new Scene(window.root(), width, height));
        stage.show();
        return window;
    }

    /** Saves the front window (a dialog) as a picture when -Dhubdesk.screens names a folder; otherwise does nothing. */
    public static void shootFrontWindow(FxRobot robot, String name) {
        String folder = System.getProperty("hubdesk.screens");
        if (folder == null) {
            return;
        }
        robot.interact(() -> {
            Window front = Window.getWindows().get(Window.getWindows().size() - 1);
            try {
                Files.createDirectories(Path.of(folder));
                ImageIO.write(SwingFXUtils.fromFXImage(front.getScene().snapshot(null), null), "png", Path.of(folder, name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The File menu's commands, doing nothing: a screen test never opens another database. */
    public static final class NoCommands implements MainWindow.AppCommands {
        @Override
        public void newDatabase() {
        }

        @Override
        public void openDatabase() {
        }

        @Override
        public void backUpNow() {
        }

        @Override
        public void about() {
        }

        @Override
        public void exit() {
        }
    }
}
