package org.hubdesk.ui.meetings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Group;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.DatePickers;
import org.hubdesk.ui.common.Fields;

/** Plans a meeting; stays open with the reason when the service refuses (e.g. a date in the past). */
final class NewMeetingDialog extends Dialog<Void> {
    NewMeetingDialog(Window owner, MeetingsViewModel model, Group preselected) {
        initOwner(owner);
        setTitle("New meeting");
        setHeaderText("The agenda starts from the group's standard agenda.");
        ComboBox<Group> group = new ComboBox<>(model.groups);
        group.setValue(preselected != null ? preselected : model.groups.isEmpty() ? null : model.groups.get(0));
        DatePicker date = DatePickers.iso(model.context.today().plusWeeks(4));
        date.setId("new-meeting-date");
        TextField start = new TextField("10:00");
        start.setId("new-meeting-start");
        TextField place = new TextField();
        place.setPromptText("Room, address or online meeting link");
        place.setPrefColumnCount(32);
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Group"), group);
        grid.addRow(1, new Label("Date"), date);
        grid.addRow(2, new Label("Start (HH:MM)"), start);
        grid.addRow(3, new Label("Place or link"), place);
        Dialogs.backgroundForm(this, grid, Dialogs.errorLine("new-meeting-error"), null,
                "Write the date as YYYY-MM-DD and the start as HH:MM, e.g. 2027-03-09 and 10:00", (done, problem) -> {
                    if (group.getValue() == null) {
                        throw new UserInputException("Choose the group that meets");
                    }
                    model.newMeeting(group.getValue(), DatePickers.typed(date), Fields.time(start), place.getText(), done, problem);
                });
    }
}
