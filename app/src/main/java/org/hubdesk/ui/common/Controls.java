package org.hubdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The small controls the screens build alike: buttons, the titled sections of a detail pane and their grids. */
public final class Controls {
    private Controls() {
    }

    /** A button that runs {@code action}; {@code id} and {@code tooltip} may be null. */
    public static Button button(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (tooltip != null) {
            b.setTooltip(new Tooltip(tooltip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button in a form's row that keeps its whole text however narrow the pane. */
    public static Button rowButton(String id, String text, Runnable action) {
        Button b = button(text, id, null, action);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** One titled section of a detail pane; it opens at once and may shrink with the pane. */
    public static TitledPane section(String id, String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setId(id);
        p.setAnimated(false);
        p.setMinWidth(0);
        return p;
    }

    /** The grid of a detail pane's section: labels left at their own width, fields right. */
    public static GridPane sectionGrid() {
        GridPane g = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        g.setHgap(10);
        g.setVgap(6);
        return g;
    }
}
