package org.hubdesk.ui.common;

import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The small controls the screens build alike: buttons, the titled sections of a detail pane and their
 * grids, and a screen's two sides (a table or list beside the chosen row's detail).
 */
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

    /** A screen's detail side: {@code content} scrolling up and down, as wide as the side, with a margin. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(10));
        return scroll;
    }

    /**
     * A screen's two sides: {@code master} (a table or list, taking the height, with {@code under} it,
     * e.g. its buttons) on the left beside {@code detail}, divided at {@code divider}.
     */
    public static SplitPane besideDetail(Node master, Node detail, double divider, Node... under) {
        VBox left = new VBox(6, master);
        left.getChildren().addAll(under);
        VBox.setVgrow(master, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(divider);
        return split;
    }
}
