package org.hubdesk.ui.testing;

import javafx.geometry.Bounds;
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
