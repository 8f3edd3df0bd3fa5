package org.hubdesk.ui.planner;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.DatePickers;
import org.hubdesk.ui.common.Fields;

/**
 * Adds an event to the forward planner, once or as a series repeating by a rule until a day; or,
 * given an event, edits it (the same form filled in), and for an event of a series asks whether
 * the change is for this event or the whole series.
 */
final class PlannerEventDialog extends Dialog<Void> {
    private static final String ONCE = "Does not repeat";

    /** The dialog to add an event, first on {@code day}. */
    static PlannerEventDialog add(Window owner, PlannerViewModel model, LocalDate day) {
        return new PlannerEventDialog(owner, model, day, null);
    }

    /** The dialog to edit {@code event}. */
    static PlannerEventDialog edit(Window owner, PlannerViewModel model, PlannerEvent event) {
        return new PlannerEventDialog(owner, model, event.day(), event);
    }

    private PlannerEventDialog(Window owner, PlannerViewModel model, LocalDate day, PlannerEvent editing) {
        initOwner(owner);
        setTitle(editing == null ? "Add to the forward planner" : "Edit the event");
        setHeaderText(null);
        GridPane grid = Dialogs.formGrid();
        TextField title = field(grid, "planner-title", "Title");
        title.setPrefColumnCount(34);
        ComboBox<EventKind> kind = Dialogs.row(grid, "Kind", new ComboBox<>());
        kind.getItems().setAll(EventKind.values());
        kind.setValue(EventKind.TRAINING);
        kind.setId("planner-kind");
        kind.setAccessibleText("Kind");
        DatePicker date = Dialogs.row(grid, "Date", DatePickers.iso(day));
        date.setId("planner-date");
        date.setAccessibleText("Date");
        TextField start = field(grid, "planner-start", "Start (HH:MM)");
        start.setText("10:00");
        TextField end = field(grid, "planner-end", "End (HH:MM)");
        end.setText("12:00");
        TextField place = field(grid, "planner-place", "Place or link");
        TextField audience = field(grid, "planner-audience", "Audience");
        TextField organiser = field(grid, "planner-organiser", "Organiser");
        ComboBox<String> repeat = new ComboBox<>();
        repeat.getItems().setAll(ONCE, "Weekly", "Monthly", "Yearly");
        repeat.setValue(ONCE);
        repeat.setId("planner-repeat");
        repeat.setAccessibleText("Repeats");
        Spinner<Integer> every = new Spinner<>(1, 12, 1);
        every.setId("planner-every");
        every.setAccessibleText("Every how many");
        every.setPrefWidth(80);
        DatePicker until = DatePickers.iso(day.plusYears(1).minusDays(1));
        until.setId("planner-until");
        until.setAccessibleText("Until");
        ToggleGroup scope = new ToggleGroup();
        RadioButton thisOne = new RadioButton("This event");
        thisOne.setId("planner-scope-this");
        RadioButton series = new RadioButton("The whole series");
        series.setId("planner-scope-series");
        thisOne.setToggleGroup(scope);
        series.setToggleGroup(scope);
        thisOne.setSelected(true);
        if (editing == null) {
            Dialogs.row(grid, "Repeats", repeat);
            Dialogs.row(grid, "Every (weeks, months or years)", every);
            Dialogs.row(grid, "Until", until);
        } else {
            fill(editing, title, kind, date, start, end, place, audience, organiser);
            if (editing.seriesId() != null) {
                Label rule = new Label("Repeats " + editing.seriesRule() + ". A whole series keeps each event's date.");
                rule.setWrapText(true);
                rule.setMaxWidth(420);
                grid.add(rule, 0, 8, 2, 1);
                Dialogs.row(grid, "Change", new HBox(12, thisOne, series));
            }
        }
        Dialogs.backgroundForm(this, grid, Dialogs.errorLine("planner-error"), "planner-ok",
                "Write the date as YYYY-MM-DD and the times as HH:MM, e.g. 2027-03-05, 12:30 and 13:30", (closed, problem) -> {
                    LocalDate d = DatePickers.typed(date);
                    PlannerEvent event = new PlannerEvent(0, title.getText(), kind.getValue(), d.atTime(Fields.time(start)), d.atTime(Fields.time(end)),
                            place.getText(), audience.getText(), organiser.getText(), null, null);
                    if (editing != null) {
                        model.edit(new PlannerEvent(editing.id(), event.title(), event.kind(), event.starts(), event.ends(), event.place(),
                                event.audience(), event.organiser(), editing.seriesId(), editing.seriesRule()), series.isSelected(),
                                closed, problem);
                        return;
                    }
                    Recurrence rule = ONCE.equals(repeat.getValue()) ? null
                            : new Recurrence(Recurrence.parseFrequency(repeat.getValue()), every.getValue(), until.getValue());
                    model.add(event, rule, closed, problem);
                });
    }

    private static void fill(PlannerEvent e, TextField title, ComboBox<EventKind> kind, DatePicker date, TextField start, TextField end,
                             TextField place, TextField audience, TextField organiser) {
        title.setText(e.title());
        kind.setValue(e.kind());
        date.setValue(e.day());
        start.setText(e.starts().toLocalTime().toString());
        end.setText(e.ends().toLocalTime().toString());
        place.setText(e.place() == null ? "" : e.place());
        audience.setText(e.audience() == null ? "" : e.audience());
        organiser.setText(e.organiser() == null ? "" : e.organiser());
    }

    /** A text field in the next row of {@code grid}, labelled (and named to a screen reader) {@code name}. */
    private static TextField field(GridPane grid, String id, String name) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(name);
        return Dialogs.row(grid, name, f);
    }
}
