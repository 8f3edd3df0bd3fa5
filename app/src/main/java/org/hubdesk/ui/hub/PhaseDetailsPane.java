package org.hubdesk.ui.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubdesk.ui.common.Converters;
import org.hubdesk.ui.common.HistoryDialog;
import javafx.util.StringConverter;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.members.Person;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.shell.UiContext;

/** The side panel of the timeline: the selected phase's dates, its cycle's lead and members, and its activities. */
final class PhaseDetailsPane {
    private final TimelineViewModel model;
    private final UiContext context;
    private final TimelineCanvas canvas;
    private final TimelineDialogs dialogs;
    private final TableView<Activity> activities = new TableView<>();
    private final ComboBox<Person> lead = new ComboBox<>();
    private final TextField firstMonth = new TextField();
    private final TextField lastMonth = new TextField();
    private final Label phaseHeading = new Label("Select a phase on the timeline to see its activities.");
    private final Label membersSummary = new Label();
    private boolean updatingDetails;

    PhaseDetailsPane(TimelineViewModel model, UiContext context, TimelineCanvas canvas, TimelineDialogs dialogs) {
        this.model = model;
        this.context = context;
        this.canvas = canvas;
        this.dialogs = dialogs;
    }

    VBox node() {
        phaseHeading.setWrapText(true);
        phaseHeading.setId("phase-heading");
        phaseHeading.getStyleClass().add("title-4");

        firstMonth.setId("phase-first");
        firstMonth.setPromptText("YYYY-MM");
        firstMonth.setPrefColumnCount(7);
        lastMonth.setId("phase-last");
        lastMonth.setPromptText("YYYY-MM");
        lastMonth.setPrefColumnCount(7);
        Button apply = new Button("Set dates");
        apply.setId("phase-apply-dates");
        apply.setOnAction(e -> applyDates());
        GridPane dates = new GridPane();
        dates.setHgap(6);
        dates.setVgap(6);
        Label from = new Label("From");
        Label to = new Label("to");
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        dates.addRow(0, from, firstMonth, to, lastMonth, apply);

        Button earlier = new Button("◀ Earlier");
        earlier.setId("cycle-earlier");
        earlier.setTooltip(new Tooltip("Move the whole cycle a month earlier (Alt+Left)"));
        earlier.setOnAction(e -> model.selectedCycle().ifPresent(c -> model.moveCycle(c.id(), -1)));
        Button later = new Button("Later ▶");
        later.setId("cycle-later");
        later.setTooltip(new Tooltip("Move the whole cycle a month later (Alt+Right)"));
        later.setOnAction(e -> model.selectedCycle().ifPresent(c -> model.moveCycle(c.id(), 1)));
        HBox move = new HBox(6, new Label("Cycle"), earlier, later);
        move.setAlignment(Pos.CENTER_LEFT);

        lead.setId("cycle-lead");
        lead.setItems(model.leadCandidates);
        lead.setMaxWidth(Double.MAX_VALUE);
        lead.setPromptText("No lead yet");
        StringConverter<Person> names = Converters.showing(p -> p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle()), "");
        lead.setConverter(names);
        lead.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : names.toString(p));
            }
        });
        lead.valueProperty().addListener((o, a, person) -> {
            if (updatingDetails) {
                return;
            }
            model.selectedCycle().ifPresent(c -> {
                Long id = person == null ? null : person.id();
                if (!Objects.equals(id, c.leadPersonId())) {
                    model.setLead(c.id(), id);
                }
            });
        });

        activities.setId("activities");
        activities.setEditable(true);
        activities.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        activities.setPlaceholder(new Label("No activities"));
        TableColumn<Activity, String> what = new TableColumn<>("Activity");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        what.setCellFactory(TextFieldTableCell.forTableColumn());
        what.setOnEditCommit(e -> replaceActivity(e.getRowValue(), new Activity(e.getRowValue().id(), e.getNewValue(), e.getRowValue().status())));
        what.setPrefWidth(230);
        TableColumn<Activity, ActivityStatus> state = new TableColumn<>("Status");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        state.setCellFactory(ComboBoxTableCell.forTableColumn(ActivityStatus.values()));
        state.setOnEditCommit(e -> model.setActivityStatus(e.getRowValue().id(), e.getNewValue()));
        state.setPrefWidth(100);
        activities.getColumns().setAll(List.of(what, state));
        VBox.setVgrow(activities, Priority.ALWAYS);

        Button add = new Button("Add activity");
        add.setId("add-activity");
        add.setOnAction(e -> {
            TimelineViewModel.PhaseSelection s = model.selection.get();
            if (s != null) {
                List<Activity> list = new ArrayList<>(s.phase().activities());
                list.add(Activity.planned("New activity (double-click to edit)"));
                model.editActivities(s.phase().id(), list);
            }
        });
        Button remove = new Button("Remove");
        remove.setId("remove-activity");
        remove.disableProperty().bind(activities.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            TimelineViewModel.PhaseSelection s = model.selection.get();
            Activity gone = activities.getSelectionModel().getSelectedItem();
            if (s != null && gone != null) {
                model.editActivities(s.phase().id(), s.phase().activities().stream().filter(a -> a.id() != gone.id()).toList());
            }
        });

        Button nominate = new Button("Members…");
        nominate.setId("cycle-members");
        nominate.setOnAction(e -> dialogs.members());
        membersSummary.setId("cycle-members-summary");
        membersSummary.setWrapText(true);
        HBox membersRow = new HBox(8, nominate, membersSummary);
        membersRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, phaseHeading, dates, move, new Label("Lead (from a safeguarding partner)"), lead, membersRow,
                new Label("Activities"), activities, new HBox(6, add, remove));
        box.setId("phase-details");
        membersRow.getChildren().add(1, HistoryDialog.button("cycle-history", "this hub cycle, its phases and activities", box, this::history));
        box.setPadding(new Insets(10));
        box.setMinWidth(360);
        phaseHeading.setMaxWidth(Double.MAX_VALUE);
        phaseHeading.setMinHeight(Region.USE_PREF_SIZE);
        box.disableProperty().bind(model.selection.isNull());
        return box;
    }

    private void replaceActivity(Activity old, Activity changed) {
        TimelineViewModel.PhaseSelection s = model.selection.get();
        if (s == null) {
            return;
        }
        try {
            model.editActivities(s.phase().id(), s.phase().activities().stream().map(a -> a.id() == old.id() ? changed : a).toList());
        } catch (UserInputException ex) {
            Dialogs.error(context.owner().get(), ex.getMessage());
        }
    }

    private void applyDates() {
        TimelineViewModel.PhaseSelection s = model.selection.get();
        if (s == null) {
            return;
        }
        try {
            model.setPhaseDates(s.phase().id(), TimelineView.parseMonth(firstMonth.getText(), "first"), TimelineView.parseMonth(lastMonth.getText(), "last"));
        } catch (UserInputException ex) {
            Dialogs.error(context.owner().get(), ex.getMessage());
        }
    }

    void show(TimelineViewModel.PhaseSelection s) {
        updatingDetails = true;
        try {
            if (s == null) {
                phaseHeading.setText("Select a phase on the timeline to see its activities.");
                activities.getItems().clear();
                firstMonth.clear();
                lastMonth.clear();
                lead.setValue(null);
                return;
            }
            phaseHeading.setText(s.priorityTitle() + "\n" + s.phase().kind().label() + " · " + s.phase().status().label());
            firstMonth.setText(s.phase().firstMonth().toString());
            lastMonth.setText(s.phase().lastMonth().toString());
            activities.setItems(FXCollections.observableArrayList(s.phase().activities()));
            lead.setValue(model.leadCandidates.stream().filter(p -> Objects.equals(p.id(), s.cycle().leadPersonId()))
                    .findFirst().orElse(null));
            int n = s.cycle().memberIds().size();
            membersSummary.setText(n == 0 ? "No members nominated yet" : n + (n == 1 ? " member nominated" : " members nominated"));
        } finally {
            updatingDetails = false;
        }
        canvas.redraw();
    }

    /** The history of the selected phase's cycle: the cycle itself, its phases and their activities, merged. */
    private void history() {
        TimelineViewModel.PhaseSelection s = model.selection.get();
        if (s == null) {
            return;
        }
        java.util.List<HistoryDialog.Of> records = new java.util.ArrayList<>(java.util.List.of(new HistoryDialog.Of("hub_cycle", s.cycle().id())));
        s.cycle().phases().forEach(p -> {
            records.add(new HistoryDialog.Of("hub_phase", p.id()));
            p.activities().forEach(a -> records.add(new HistoryDialog.Of("hub_activity", a.id())));
        });
        HistoryDialog.show(context.tasks(), context.owner().get(), context.services().history(), "the hub cycle '" + s.priorityTitle() + "'",
                records.toArray(HistoryDialog.Of[]::new));
    }
}
