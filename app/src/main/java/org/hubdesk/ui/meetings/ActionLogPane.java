package org.hubdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import static org.hubdesk.ui.meetings.MeetingsTables.column;
import static org.hubdesk.ui.meetings.MeetingsTables.groupNames;
import static org.hubdesk.ui.meetings.MeetingsTables.reloadWhenChosen;

import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.ActionLogFilter;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Person;
import org.hubdesk.ui.common.Converters;

/** The Meetings area's action log tab: every action agreed, filtered by owner, agency, group and state. */
final class ActionLogPane {
    private ActionLogPane() {
    }

    /** The tab's content; it reloads whenever its tab is chosen. */
    static Node build(MeetingsViewModel model, TabPane root) {
        ComboBox<ActionLogFilter.View> view = new ComboBox<>();
        view.getItems().setAll(ActionLogFilter.View.values());
        view.setValue(ActionLogFilter.View.OPEN);
        view.setId("action-view");
        ComboBox<Person> owner = new ComboBox<>(model.people);
        owner.setPromptText("Any owner");
        owner.setConverter(Converters.showing(Person::fullName, "Any owner"));
        ComboBox<Agency> agency = new ComboBox<>(model.agencies);
        agency.setPromptText("Any agency");
        agency.setConverter(Converters.showing(Agency::name, "Any agency"));
        ComboBox<Group> group = new ComboBox<>(model.groups);
        group.setPromptText("Any group");
        group.setConverter(groupNames("Any group"));
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> {
            owner.setValue(null);
            agency.setValue(null);
            group.setValue(null);
        });
        Runnable reload = () -> model.loadActionLog(new ActionLogFilter(view.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), agency.getValue() == null ? null : agency.getValue().id(),
                group.getValue() == null ? null : group.getValue().id()));
        view.valueProperty().addListener((o, a, b) -> reload.run());
        owner.valueProperty().addListener((o, a, b) -> reload.run());
        agency.valueProperty().addListener((o, a, b) -> reload.run());
        group.valueProperty().addListener((o, a, b) -> reload.run());

        TableView<ActionLogEntry> table = new TableView<>(model.actionLog);
        table.setId("action-log-table");
        table.setPlaceholder(new Label("No actions match."));
        LocalDate today = model.context.today();
        table.getColumns().setAll(List.of(
                column("Action", 360, (ActionLogEntry e) -> e.action().description()),
                column("Owner", 160, ActionLogEntry::owner),
                column("Agency", 180, e -> e.agencyName() == null ? "" : e.agencyName()),
                column("Group", 180, e -> e.groupName() == null ? "" : e.groupName()),
                column("Agreed", 90, e -> e.meetingDate() == null ? "" : e.meetingDate().toString()),
                column("Due", 90, e -> e.action().timescale() == null ? "" : e.action().timescale().toString()),
                statusColumn(today)));
        Button done = statusButton(model, "Mark done", ActionStatus.DONE, table, reload);
        Button progress = statusButton(model, "In progress", ActionStatus.IN_PROGRESS, table, reload);
        HBox filters = new HBox(8, new Label("Show"), view, owner, agency, group, clear, new Region(), progress, done);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        reloadWhenChosen(root, 1, reload);
        return box;
    }

    /** A button that gives the selected action {@code status}, then reloads the log. */
    private static Button statusButton(MeetingsViewModel model, String text, ActionStatus status, TableView<ActionLogEntry> table,
            Runnable reload) {
        Button b = new Button(text);
        b.setOnAction(e -> {
            ActionLogEntry sel = table.getSelectionModel().getSelectedItem();
            if (sel != null) {
                model.setActionStatus(sel, status, reload);
            }
        });
        return b;
    }

    private static TableColumn<ActionLogEntry, String> statusColumn(LocalDate today) {
        TableColumn<ActionLogEntry, String> c = column("Status", 100, e -> e.action().statusLabel(today));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setStyle("Overdue".equals(s) ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : "");
            }
        });
        return c;
    }
}
