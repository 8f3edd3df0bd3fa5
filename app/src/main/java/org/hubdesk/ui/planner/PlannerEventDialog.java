package org.hubdesk.ui.planner;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;

/** Adds an event to the forward planner, once or as a series repeating by a rule until a day. */
final class PlannerEventDialog extends Dialog<Void> {
    private static final String ONCE = "Does not repeat";

    PlannerEventDialog(Window owner, PlannerViewModel model, LocalDate day) {
        initOwner(owner);
        setTitle("Add to the forward planner");
        setHeaderText(null);
        TextField title = field("planner-title", "Title");
        title.setPrefColumnCount(34);
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.getItems().setAll(EventKind.values());
        kind.setValue(EventKind.TRAINING);
        kind.setAccessibleText("Kind");
        DatePicker date = new DatePicker(day);
        date.setAccessibleText("Date");
        TextField start = field("planner-start", "Start (HH:MM)");
        start.setText("10:00");
        TextField end = field("planner-end", "End (HH:MM)");
        end.setText("12:00");
        TextField place = field("planner-place", "Place or link");
        TextField audience = field("planner-audience", "Audience");
        TextField organiser = field("planner-organiser", "Organiser");
        ComboBox<String> repeat = new ComboBox<>();
        repeat.getItems().setAll(ONCE, "Weekly", "Monthly", "Yearly");
        repeat.setValue(ONCE);
        repeat.setAccessibleText("Repeats");
        Spinner<Integer> every = new Spinner<>(1, 12, 1);
        every.setAccessibleText("Every how many");
        every.setPrefWidth(80);
        DatePicker until = new DatePicker(day.plusYears(1).minusDays(1));
        until.setAccessibleText("Until");
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Date"), date);
        grid.addRow(3, new Label("Start (HH:MM)"), start);
        grid.addRow(4, new Label("End (HH:MM)"), end);
        grid.addRow(5, new Label("Place or link"), place);
        grid.addRow(6, new Label("Audience"), audience);
        grid.addRow(7, new Label("Organiser"), organiser);
        grid.addRow(8, new Label("Repeats"), repeat);
        grid.addRow(9, new Label("Every (weeks, months or years)"), every);
        grid.addRow(10, new Label("Until"), until);
        grid.add(error, 0, 11, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            try {
                LocalDate d = date.getValue() != null ? date.getValue() : LocalDate.parse(date.getEditor().getText().strip());
                PlannerEvent event = new PlannerEvent(0, title.getText(), kind.getValue(), d.atTime(time(start)), d.atTime(time(end)),
                        place.getText(), audience.getText(), organiser.getText(), null, null);
                Recurrence rule = ONCE.equals(repeat.getValue()) ? null
                        : new Recurrence(Recurrence.parseFrequency(repeat.getValue()), every.getValue(), until.getValue());
                model.add(event, rule, () -> {
                    setResult(null);
                    close();
                }, error::setText);
            } catch (DateTimeParseException ex) {
                error.setText("Write the date as YYYY-MM-DD and the times as HH:MM, e.g. 2027-03-05, 12:30 and 13:30");
            } catch (UserInputException ex) {
                error.setText(ex.getMessage());
            }
        });
    }

    private static TextField field(String id, String name) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(name);
        return f;
    }

    private static LocalTime time(TextField f) {
        String t = f.getText().strip();
        return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    }
}
