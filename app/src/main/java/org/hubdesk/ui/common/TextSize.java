package org.hubdesk.ui.common;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Text that follows the system's text size. The theme is designed at 14 px; the system's own
 * default font (JavaFX reads it from the operating system: Windows' "Make text bigger" and display
 * scaling, the desktop's font size on Linux) says how much larger the user wants text, and the
 * window's root font size is set in proportion. Every other size in the style sheets is in em, so
 * all text scales with it.
 */
public final class TextSize {
    /** The theme's (AtlantaFX Primer) root size, in pixels. */
    public static final double DESIGN_PX = 14;

    private TextSize() {
    }

    /**
     * The root font size for a system default font of {@code systemPx} on {@code osName}: the
     * design size at the platform's usual default (12 px on Windows, 13 px elsewhere), scaled up
     * or down with it (to the half pixel), never below 80% of the design size.
     */
    public static double rootPx(double systemPx, String osName) {
        double usual = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows") ? 12 : 13;
        double px = DESIGN_PX * systemPx / usual;
        return Math.max(Math.round(DESIGN_PX * 0.8 * 2) / 2.0, Math.round(px * 2) / 2.0);
    }

    /** Sets the root size of the scene's root now and whenever the root is replaced. */
    public static void follow(Scene scene) {
        double px = rootPx(Font.getDefault().getSize(), System.getProperty("os.name"));
        apply(scene.getRoot(), px);
        scene.rootProperty().addListener((o, was, root) -> apply(root, px));
    }

    private static void apply(Parent root, double px) {
        if (root != null) {
            String style = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;?", "").strip();
            root.setStyle(("-fx-font-size: " + px + "px; " + style).strip());
        }
    }
}
