package org.hubdesk.ui.common;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import java.time.LocalTime;

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

    /** The time typed in {@code f} as HH:MM (9:30 is read as 09:30); throws {@link java.time.format.DateTimeParseException} if it is not one. */
    public static LocalTime time(TextField f) {
        String t = f.getText().strip();
        return LocalTime.parse(t.length() == 4 ? "0" + t : t);
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
