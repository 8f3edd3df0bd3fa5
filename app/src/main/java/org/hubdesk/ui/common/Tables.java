package org.hubdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * How the screens' tables behave alike: text columns, double-click/Enter to edit, Delete to remove,
 * selection kept with the view model, and filters whose empty choice reads "All ...".
 */
public final class Tables {
    private Tables() {
    }

    /** A read-only column showing one text of each row. */
    public static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** A double click on a filled row runs edit. */
    public static <T> TableRow<T> editOnDoubleClick(TableRow<T> row, Runnable edit) {
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                edit.run();
            }
        });
        return row;
    }

    /** Rows that open for editing on a double click. */
    public static <T> void editOnDoubleClick(TableView<T> table, Runnable edit) {
        table.setRowFactory(t -> editOnDoubleClick(new TableRow<>(), edit));
    }

    /** Enter edits the selected row, Delete removes it. */
    public static void editAndDeleteKeys(TableView<?> table, Runnable edit, Runnable remove) {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove.run();
                e.consume();
            }
        });
    }

    /**
     * Keeps the table's selected row and the view model's selected item together, both ways; a row
     * equal to the selected item does not set it again.
     */
    public static <T> void selectionFollows(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && !r.equals(selected.get())) {
                selected.set(r);
            }
        });
        selected.addListener((o, a, r) -> {
            if (r != null && table.getItems().contains(r)) {
                table.getSelectionModel().select(r);
            }
        });
    }

    /** A filter of {@code values} bound both ways to the view model's choice; its first, null choice reads {@code none}. */
    public static <T> ComboBox<T> filter(String id, T[] values, String none, ObjectProperty<T> chosen) {
        ComboBox<T> filter = new ComboBox<>(FXCollections.observableArrayList(values));
        filter.getItems().add(0, null);
        filter.setId(id);
        nullMeans(filter, none);
        filter.valueProperty().bindBidirectional(chosen);
        return filter;
    }

    /** A filter combo box whose null choice is shown as {@code none}, e.g. "All stages". */
    public static <T> void nullMeans(ComboBox<T> filter, String none) {
        filter.setButtonCell(nullableCell(none));
        filter.setCellFactory(v -> nullableCell(none));
    }

    private static <T> ListCell<T> nullableCell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : item.toString());
            }
        };
    }
}
