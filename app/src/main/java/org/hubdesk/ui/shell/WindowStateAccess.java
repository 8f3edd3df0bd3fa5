package org.hubdesk.ui.shell;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size, position and maximised state between runs. */
public final class WindowStateAccess {
    private final Preferences prefs = Preferences.userRoot().node("org/hubdesk/window");

    public void restore(Stage stage) {
        double w = prefs.getDouble("width", 1280);
        double h = prefs.getDouble("height", 760);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        // Only restore a position that is still on a screen (a laptop undocked from its monitor).
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        // First run on a small laptop screen (1366×768): use all of it.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean small = screen.getWidth() < 1400 || screen.getHeight() < 800;
        stage.setMaximized(prefs.getBoolean("maximized", small));
    }

    public void remember(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
    }
}
