package org.hubdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How the screens' lists behave alike: items shown as one text, the selection kept with the view
 * model, and the titled list on a screen's left beside the chosen item's detail.
 */
public final class Lists {
    private Lists() {
    }

    /** A cell that shows each item as a graphic made for it (no text; nothing for an empty row). */
    public abstract static class GraphicCell<T> extends ListCell<T> {
        @Override
        protected final void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : graphic(item));
        }

        /** The nodes that show {@code item}, made again each time the row shows another item. */
        protected abstract Node graphic(T item);
    }

    /**
     * Shows each item as a check box labelled with its {@code text} and tied to its {@code checked}
     * property: the box itself carries the words, so a screen reader names it (JavaFX's
     * CheckBoxListCell leaves its box unnamed beside the cell's text).
     */
    public static <T> void checkCells(ListView<T> list, Function<T, javafx.beans.property.BooleanProperty> checked, Function<T, String> text) {
        list.setCellFactory(v -> new GraphicCell<>() {
            @Override
            protected Node graphic(T item) {
                javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(text.apply(item));
                box.selectedProperty().bindBidirectional(checked.apply(item));
                return box;
            }
        });
    }

    /** A cell showing each item as {@code text} gives it (nothing for an empty row). */
    public static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** Shows each of the list's items as {@code text} gives it. */
    public static <T> void textCells(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(v -> textCell(text));
    }

    /** Shows each of the list's items as {@code text} gives it, wrapped to the list's width (the list never scrolls sideways). */
    public static <T> void wrappingTextCells(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(v -> {
            ListCell<T> cell = textCell(text);
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
    }

    /** Keeps the list's selected item and the view model's selected item together, both ways. */
    public static <T> void selectionFollows(ListView<T> list, ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                selected.set(item);
            }
        });
        selected.addListener((o, a, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
    }

    /**
     * Keeps the list's selected item and the view model's selected item together, both ways; the
     * view model's choice becoming null clears the list's selection.
     */
    public static <T> void selectionMirrors(ListView<T> list, ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                selected.set(item);
            }
        });
        selected.addListener((o, a, item) -> list.getSelectionModel().select(item));
    }

    /**
     * A screen's titled list (with {@code under} it, e.g. its buttons) on the left, keeping its
     * width when the window grows, beside {@code detail}.
     */
    public static SplitPane besideDetail(String title, ListView<?> list, double minWidth, Node detail, double divider, Node... under) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox left = new VBox(6, heading, list);
        left.getChildren().addAll(under);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(minWidth);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(divider);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }
}
