package org.hubdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/** Date pickers that show and accept ISO dates (2027-06-01), as every printed date in the app is. */
public final class DatePickers {
    private DatePickers() {
    }

    public static DatePicker iso(String id, ObjectProperty<LocalDate> value, String accessibleName) {
        DatePicker p = iso(null);
        p.setId(id);
        p.setAccessibleText(accessibleName);
        if (value != null) {
            p.valueProperty().bindBidirectional(value);
        }
        return p;
    }

    /**
     * The picker's date, or the date typed in it and not yet taken (the user pressed OK without
     * leaving the field); throws {@link java.time.format.DateTimeParseException} if that is not a date.
     */
    public static LocalDate typed(DatePicker p) {
        return p.getValue() != null ? p.getValue() : LocalDate.parse(p.getEditor().getText().strip());
    }

    /** A date picker showing {@code initial} (or empty) as an ISO date, whatever the computer's locale. */
    public static DatePicker iso(LocalDate initial) {
        DatePicker p = new DatePicker(initial);
        p.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        p.getEditor().setPromptText("YYYY-MM-DD");
        return p;
    }
}
