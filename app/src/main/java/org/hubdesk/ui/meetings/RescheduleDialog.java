package org.hubdesk.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hubdesk.domain.meetings.Meeting;

/** Changes a meeting's date, start time and place; the agenda's times and the deadlines follow. */
final class RescheduleDialog extends Dialog<Void> {
    RescheduleDialog(Window owner, MeetingsViewModel model, Meeting meeting) {
        initOwner(owner);
        setTitle("Date, time and place");
        setHeaderText(null);
        DatePicker date = new DatePicker(meeting.meetingDate());
        TextField start = new TextField(meeting.startsAt().toString());
        TextField place = new TextField(meeting.place() == null ? "" : meeting.place());
        place.setPrefColumnCount(32);
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Date"), date);
        grid.addRow(1, new Label("Start (HH:MM)"), start);
        grid.addRow(2, new Label("Place or link"), place);
        grid.add(error, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            try {
                LocalDate day = date.getValue() != null ? date.getValue() : LocalDate.parse(date.getEditor().getText().strip());
                String t = start.getText().strip();
                LocalTime time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
                model.reschedule(day, time, place.getText(), () -> {
                    setResult(null);
                    close();
                }, error::setText);
            } catch (DateTimeParseException ex) {
                error.setText("Write the date as YYYY-MM-DD and the start as HH:MM, e.g. 2027-03-09 and 10:00");
            }
        });
    }
}
