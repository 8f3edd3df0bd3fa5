package org.hubdesk.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.DatePickers;
import org.hubdesk.ui.common.Fields;

/**
 * Changes a meeting's date, start time and place; the agenda's times and the deadlines follow.
 * Saved against the meeting as opened: a colleague's save in between is refused with both versions.
 */
final class RescheduleDialog {
    private RescheduleDialog() {
    }

    static Dialog<Boolean> create(Window owner, MeetingsViewModel model, Versioned<Meeting> opened) {
        Meeting meeting = opened.value();
        DatePicker date = DatePickers.iso(meeting.meetingDate());
        date.setId("meeting-date");
        TextField start = Fields.text("meeting-start", meeting.startsAt().toString());
        TextField place = Fields.text("meeting-place", meeting.place());
        place.setPrefColumnCount(32);
        GridPane grid = CheckedDialog.grid();
        grid.addRow(0, new Label("Date"), date);
        grid.addRow(1, new Label("Start (HH:MM)"), start);
        grid.addRow(2, new Label("Place or link"), place);
        return CheckedDialog.create(owner, "Date, time and place", grid, "meeting-details-ok", (done, problem) -> {
            LocalDate day;
            LocalTime time;
            try {
                day = DatePickers.typed(date);
                time = Fields.time(start);
            } catch (DateTimeParseException ex) {
                throw new UserInputException("Write the date as YYYY-MM-DD and the start as HH:MM, e.g. 2027-03-09 and 10:00");
            }
            model.reschedule(day, time, place.getText(), opened.version(), done, problem);
        });
    }
}
