package org.hubdesk.ui.common;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The input fields of the forms and dialogs, made alike: each with its id and what it holds at first (null reads as empty). */
public final class Fields {
    private Fields() {
    }

    /** A text field with {@code id} (may be null) holding {@code value}. */
    public static TextField text(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    /** A text area with {@code id} (may be null), {@code rows} high, wrapping its lines, holding {@code value}. */
    public static TextArea area(String id, String value, int rows) {
        TextArea a = new TextArea(value == null ? "" : value);
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    /** A drop-down of {@code values} with {@code id} (may be null), showing {@code value} (may be null). */
    public static <T> ComboBox<T> choice(String id, T[] values, T value) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setId(id);
        c.setValue(value);
        return c;
    }
}
