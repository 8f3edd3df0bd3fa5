package org.hubdesk.ui.planner;

import java.io.File;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.PlannerMonth;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.FileChoosers;
import org.hubdesk.ui.shell.UiContext;

/**
 * The forward planner as a calendar by month: each day with its events (time and title, the
 * kind in words and in colour), the month's events listed beneath in full; add an event or a
 * series; choose one (on the calendar or in the list) to edit or delete it, or its whole series;
 * save the year as an .ics calendar for Outlook.
 */
public final class PlannerView {
    private final PlannerViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label month = new Label();
    private final GridPane grid = new GridPane();
    private final ListView<PlannerEvent> list = new ListView<>();

    public PlannerView(UiContext context) {
        this.model = new PlannerViewModel(context);
        root.setId("planner-area");
        month.setId("planner-month");
        month.getStyleClass().add("title-3");
        month.setMinWidth(170);
        Button previous = button("◀", "planner-previous", "Previous month", model::previous);
        Button next = button("▶", "planner-next", "Next month", model::next);
        Button today = button("This month", "planner-today", "This month", model::thisMonth);
        Button add = button("Add event…", "planner-add", "Add an event or a series", () ->
                PlannerEventDialog.add(root.getScene().getWindow(), model, model.month.get().atDay(1)
                        .isAfter(model.today()) ? model.month.get().atDay(1) : model.today()).showAndWait());
        Button edit = button("Edit…", "planner-edit", "Edit the chosen event (Enter in the list)", this::editChosen);
        Button delete = button("Delete", "planner-delete", "Delete the chosen event (Delete in the list)", this::deleteChosen);
        edit.disableProperty().bind(model.selected.isNull());
        delete.disableProperty().bind(model.selected.isNull());
        Button export = button("Save the year as .ics…", "planner-export", "Save the year as an iCalendar file", this::export);
        Label status = new Label();
        status.setId("planner-status");
        status.textProperty().bind(model.status);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, month, next, today, gap, add, edit, delete, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, status);
        top.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(top);
        grid.setId("planner-grid");
        grid.setHgap(2);
        grid.setVgap(2);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints(120, 150, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        list.setId("planner-list");
        list.setAccessibleText("The month's events (Enter edits the chosen one, Delete deletes it)");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PlannerEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.line() + (e.audience() == null ? "" : " · for " + e.audience())
                        + (e.organiser() == null ? "" : " · organised by " + e.organiser()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                model.selected.set(e);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editChosen();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                editChosen();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                deleteChosen();
            }
        });
        model.selected.addListener((o, a, e) -> {
            if (e == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getItems().contains(e)) {
                list.getSelectionModel().select(e);
            }
            markChosen();
        });
        VBox body = new VBox(10, grid, new Label("This month's events"), list);
        body.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        model.layout.addListener((o, a, m) -> draw(m));
    }

    public Node node() {
        return root;
    }

    public PlannerViewModel model() {
        return model;
    }

    public void shown() {
        model.load();
    }

    private void draw(PlannerMonth m) {
        grid.getChildren().clear();
        if (m == null) {
            return;
        }
        String name = m.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.month().getYear();
        month.setText(name);
        for (DayOfWeek d : DayOfWeek.values()) {
            Label head = new Label(d.getDisplayName(TextStyle.SHORT, Locale.UK));
            head.getStyleClass().add("text-bold");
            grid.add(head, d.getValue() - 1, 0);
        }
        List<PlannerEvent> listed = new ArrayList<>();
        for (int w = 0; w < m.weeks().size(); w++) {
            for (PlannerMonth.Day day : m.weeks().get(w)) {
                VBox cell = new VBox(2);
                cell.setId("planner-day-" + day.date());
                cell.setPadding(new Insets(4));
                cell.setMinHeight(86);
                boolean today = day.date().equals(model.today());
                cell.setStyle("-fx-border-color: " + (today ? "#1f6feb" : "#d0d7de") + "; -fx-border-width: " + (today ? 2 : 1) + ";"
                        + (day.inMonth() ? "" : " -fx-background-color: #f3f4f6;"));
                Label number = new Label(day.date().getDayOfMonth() + (today ? " (today)" : ""));
                number.setStyle(day.inMonth() ? "-fx-font-weight: bold;" : "-fx-text-fill: #6e7781;");
                cell.getChildren().add(number);
                for (PlannerEvent e : day.events()) {
                    Label l = new Label(e.starts().toLocalTime() + " " + e.title());
                    l.setWrapText(true);
                    l.setMaxWidth(Double.MAX_VALUE);
                    l.setStyle("-fx-font-size: 0.79em; -fx-padding: 1 3 1 3; -fx-background-radius: 3; -fx-background-color: "
                            + colour(e) + ";");
                    l.setTooltip(new Tooltip(details(e)));
                    l.setAccessibleText(details(e));
                    l.setUserData(e);
                    l.getStyleClass().add("planner-event");
                    // A click chooses the event, a double click edits it; the keyboard chooses it in the list beneath.
                    l.setOnMouseClicked(click -> {
                        model.selected.set(e);
                        if (click.getClickCount() == 2) {
                            editChosen();
                        }
                    });
                    cell.getChildren().add(l);
                    if (day.inMonth()) {
                        listed.add(e);
                    }
                }
                grid.add(cell, day.date().getDayOfWeek().getValue() - 1, w + 1);
            }
        }
        list.getItems().setAll(listed);
        PlannerEvent chosen = model.selected.get();
        if (chosen != null && listed.contains(chosen)) {
            list.getSelectionModel().select(chosen);
        }
        markChosen();
        list.setPlaceholder(new Label("Nothing planned in " + name + ": Add event… puts one in"));
    }

    /** The chosen event's chip on the calendar gets a dark outline (the list beneath selects it too). */
    private void markChosen() {
        PlannerEvent chosen = model.selected.get();
        for (Node n : grid.lookupAll(".planner-event")) {
            n.getStyleClass().remove("planner-event-chosen");
            if (chosen != null && chosen.equals(n.getUserData())) {
                n.getStyleClass().add("planner-event-chosen");
            }
        }
    }

    private void editChosen() {
        PlannerEvent chosen = model.selected.get();
        if (chosen != null) {
            PlannerEventDialog.edit(root.getScene().getWindow(), model, chosen).showAndWait();
        }
    }

    /** Asks before deleting; for an event of a series, whether this event or the whole series. */
    private void deleteChosen() {
        PlannerEvent e = model.selected.get();
        if (e == null) {
            return;
        }
        String what = "'" + e.title() + "' on " + e.day();
        if (e.seriesId() == null) {
            if (Dialogs.confirm(root.getScene().getWindow(), "Delete " + what + "?", "Delete")) {
                model.delete(e, false);
            }
            return;
        }
        int choice = Dialogs.choose(root.getScene().getWindow(), what + " is one of a series (repeats " + e.seriesRule()
                + "). Delete this event, or every event of the series?", "Delete this event", "Delete the whole series");
        if (choice >= 0) {
            model.delete(e, choice == 1);
        }
    }

    private static String details(PlannerEvent e) {
        return e.kind().label() + ": " + e.title() + ", " + e.day() + " " + e.starts().toLocalTime() + "–" + e.ends().toLocalTime()
                + (e.place() == null ? "" : ", " + e.place()) + (e.audience() == null ? "" : ", for " + e.audience())
                + (e.organiser() == null ? "" : ", organised by " + e.organiser())
                + (e.seriesRule() == null ? "" : "; repeats " + e.seriesRule());
    }

    /** A pale colour per kind; the kind is also in words (tooltip, list), so colour is never the only signal. */
    private static String colour(PlannerEvent e) {
        return switch (e.kind()) {
            case TRAINING -> "#dbeafe";
            case LEARNING_EVENT -> "#dcfce7";
            case INFORMATION_HIGHWAY -> "#fef3c7";
            case WORKSHOP -> "#fce7f3";
            case DEVELOPMENT_DAY -> "#ede9fe";
            case OTHER -> "#e5e7eb";
        };
    }

    private void export() {
        int year = model.month.get().getYear();
        File f = FileChoosers.save(root.getScene().getWindow(), null, "planner-" + year + ".ics", FileChoosers.filter("Calendar", "*.ics"));
        if (f != null) {
            model.exportYear(f.toPath(), n -> Dialogs.info(root.getScene().getWindow(), "Forward planner",
                    "Saved " + n + " events of " + year + " to " + f.getName() + ": open it in Outlook to add them to a calendar."));
        }
    }

    private static Button button(String text, String id, String name, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(name);
        b.setOnAction(e -> action.run());
        return b;
    }
}
