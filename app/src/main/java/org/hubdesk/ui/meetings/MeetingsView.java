package org.hubdesk.ui.meetings;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.HistoryDialog;
import org.hubdesk.domain.common.Versioned;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import static org.hubdesk.ui.meetings.MeetingsTables.column;
import static org.hubdesk.ui.meetings.MeetingsTables.groupNames;

import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.meetings.MeetingSummary;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * The meetings area: meetings per group with the agenda builder and minutes of the chosen one,
 * the action log across all meetings, and the attendance record over a period.
 */
public final class MeetingsView extends ModelScreen<MeetingsViewModel, TabPane> {
    private static final DataFormat ROW_INDEX = new DataFormat("application/x-hubdesk-agenda-row");

    private final TabPane meetingTabs = new TabPane();
    private final TableView<AgendaTiming.TimedItem> agenda = new TableView<>();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label deadlines = new Label();
    private final Label overrun = new Label();
    private final TextArea minutes = new TextArea();
    private final Tab minutesTab = new Tab("Minutes");
    private final MeetingFileExports exports;

    public MeetingsView(UiContext context) {
        super(new MeetingsViewModel(context), new TabPane());
        this.exports = new MeetingFileExports(model, root);
        Tab meetingsTab = new Tab("Meetings", meetingsPane());
        Tab actionsTab = new Tab("Action log", ActionLogPane.build(model, root));
        Tab attendanceTab = new Tab("Attendance record", AttendancePane.build(model, root));
        actionsTab.setId("tab-action-log");
        attendanceTab.setId("tab-attendance");
        root.getTabs().setAll(meetingsTab, actionsTab, attendanceTab);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("meetings-area");
    }

    /** From Home: a meeting is selected on the Meetings tab; an action opens the action log. */
    @Override
    public void open(org.hubdesk.domain.home.DuePlace place, long id) {
        if (place == org.hubdesk.domain.home.DuePlace.ACTION_LOG) {
            root.getSelectionModel().select(1);
        } else if (place == org.hubdesk.domain.home.DuePlace.MEETING) {
            root.getSelectionModel().select(0);
            model.select(id);
        }
    }

    // ---- meetings tab

    private Node meetingsPane() {
        ComboBox<Group> filter = new ComboBox<>(model.groups);
        filter.setPromptText("All groups");
        filter.setId("meeting-group-filter");
        filter.setConverter(groupNames("All groups"));
        filter.valueProperty().bindBidirectional(model.groupFilter);
        Button all = new Button("All");
        all.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        all.setOnAction(e -> filter.setValue(null));
        ListView<MeetingSummary> list = new ListView<>(model.meetings);
        list.setId("meeting-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                setText(s.meeting().meetingDate() + " " + s.meeting().startsAt() + "  " + s.meeting().status().label()
                        + "\n" + s.groupName());
                setStyle(s.meeting().status() == MeetingStatus.CANCELLED ? "-fx-text-fill: #888; -fx-strikethrough: true;"
                        : s.meeting().meetingDate().isBefore(model.context.today()) ? "-fx-text-fill: #555;" : "");
            }
        });
        list.setPlaceholder(new Label("No meetings yet: plan one with New meeting."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && (model.selected.get() == null || model.selected.get().meeting().id() != s.meeting().id())) {
                model.selected.set(s);
            }
        });
        model.selected.addListener((o, a, s) -> {
            if (s != null && list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
                list.scrollTo(s);
            }
        });
        Button newMeeting = new Button("New meeting…");
        newMeeting.setId("new-meeting");
        newMeeting.setMaxWidth(Double.MAX_VALUE);
        newMeeting.setOnAction(e -> new NewMeetingDialog(root.getScene().getWindow(), model, filter.getValue()).showAndWait());
        HBox filterRow = new HBox(6, filter, all);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(8, filterRow, list, newMeeting);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(250);

        SplitPane split = new SplitPane(left, detailPane());
        split.setDividerPositions(0.24);
        return split;
    }

    private Node detailPane() {
        title.getStyleClass().add("title-3");
        title.setStyle("-fx-font-size: 1.29em; -fx-font-weight: bold;");
        title.setId("meeting-title");
        deadlines.setId("meeting-deadlines");
        deadlines.setWrapText(true);
        overrun.setId("agenda-overrun");
        overrun.setWrapText(true);
        overrun.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");

        Button live = Controls.button("Start meeting (live mode)", "start-live", null, this::openLive);
        live.getStyleClass().add("accent");
        Button agendaDoc = Controls.button("Agenda (Word/PDF)…", null, null, () -> exports.document(false));
        Button ics = Controls.button("Invitation (.ics)…", null, null, exports::ics);
        Button pack = Controls.button("Meeting pack (PDF)…", null, null, exports::pack);
        Button move = Controls.button("Date and place…", "meeting-move", null, () -> {
            var opened = model.meetingForEdit();
            if (opened != null) {
                RescheduleDialog.create(root.getScene().getWindow(), model, opened).showAndWait();
            }
        });
        Button history = HistoryDialog.button("meeting-history", "this meeting and its agenda", root,
                () -> MeetingHistory.show(model, root.getScene().getWindow()));
        Button papersSent = new Button("Papers sent today");
        papersSent.setOnAction(e -> model.markPapersSent());
        Button cancel = new Button("Cancel meeting");
        cancel.setOnAction(e -> {
            MeetingDetail d = model.detail.get();
            if (d != null && Dialogs.confirm(root.getScene().getWindow(), "Cancel the meeting of " + d.title() + "?", "Cancel meeting")) {
                model.setStatus(MeetingStatus.CANCELLED);
            }
        });
        ToolBar actions = new ToolBar(live, move, history, agendaDoc, pack, ics, papersSent, cancel);
        VBox header = new VBox(4, title, facts, deadlines, actions);
        header.setPadding(new Insets(10, 10, 4, 10));

        Tab agendaTab = new Tab("Agenda", agendaPane());
        minutesTab.setContent(minutesPane());
        minutesTab.setId("tab-minutes");
        Tab declarationsTab = new Tab("Declarations of interest", DeclarationsPane.build(model));
        declarationsTab.setId("tab-declarations");
        meetingTabs.getTabs().setAll(agendaTab, declarationsTab, minutesTab);
        meetingTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane pane = new BorderPane(meetingTabs);
        pane.setTop(header);
        Label none = new Label("Choose a meeting, or plan one with New meeting.");
        model.detail.addListener((o, a, d) -> {
            show(d);
            pane.setCenter(d == null ? none : meetingTabs);
            actions.setDisable(d == null);
        });
        pane.setCenter(none);
        return pane;
    }

    private void show(MeetingDetail d) {
        if (d == null) {
            title.setText("");
            facts.setText("");
            deadlines.setText("");
            agenda.getItems().clear();
            overrun.setText("");
            return;
        }
        title.setText(d.title());
        facts.setText(d.meeting().status().label() + (d.meeting().place() == null ? "" : " · " + d.meeting().place())
                + " · " + d.items().size() + " items, " + d.meeting().startsAt() + "–" + d.timing().ends()
                + " · quorum: " + d.group().quorumRule().label());
        String papers = "Papers due " + d.deadlines().papersDue()
                + (d.meeting().papersSentOn() == null ? "" : " (sent " + d.meeting().papersSentOn() + ")");
        String mins = "minutes due " + d.deadlines().minutesDue()
                + (d.meeting().minutesSentOn() == null ? "" : " (sent " + d.meeting().minutesSentOn() + ")");
        String late = d.missedDeadlines().isEmpty() ? "" : "\n⚠ " + String.join("\n⚠ ", d.missedDeadlines());
        deadlines.setText(papers + " · " + mins + " (five working days before; two weeks after)" + late);
        deadlines.setStyle(d.missedDeadlines().isEmpty() ? "" : "-fx-text-fill: #b00020;");
        int selected = agenda.getSelectionModel().getSelectedIndex();
        agenda.getItems().setAll(d.timing().items());
        if (selected >= 0 && selected < agenda.getItems().size()) {
            agenda.getSelectionModel().select(selected);
        }
        String warning = d.timing().overrunWarning();
        overrun.setText(warning == null ? "Total " + AgendaTiming.describe(d.timing().totalMinutes())
                + (d.group().usualLengthMinutes() == null ? "" : " of the usual " + AgendaTiming.describe(d.group().usualLengthMinutes()))
                : "⚠ " + warning);
        overrun.setStyle(warning == null ? "" : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
    }

    private Node agendaPane() {
        agenda.setId("agenda-table");
        agenda.setPlaceholder(new Label("No items: add one."));
        TableColumn<AgendaTiming.TimedItem, String> no = column("No.", 45, t -> String.valueOf(agenda.getItems().indexOf(t) + 1));
        TableColumn<AgendaTiming.TimedItem, String> start = column("Start", 60, t -> t.starts().toString());
        TableColumn<AgendaTiming.TimedItem, String> item = column("Agenda item", 380, t -> t.item().title()
                + (t.item().caseReference() == null ? "" : " – case " + t.item().caseReference())
                + (t.item().subPoints().isEmpty() ? "" : "\n   • " + String.join("\n   • ", t.item().subPoints())));
        TableColumn<AgendaTiming.TimedItem, String> kind = column("Paper/ Discussion", 120, t -> t.item().kind().label());
        TableColumn<AgendaTiming.TimedItem, String> lead = column("Lead", 150, t -> leadName(t.item()));
        TableColumn<AgendaTiming.TimedItem, String> mins = column("Mins", 55, t -> String.valueOf(t.item().minutes()));
        TableColumn<AgendaTiming.TimedItem, String> paper = column("Paper", 160, t -> t.item().paperPath() == null ? ""
                : new File(t.item().paperPath()).getName() + (t.item().paperIsPdf() ? "" : " (not a PDF)"));
        item.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        });
        agenda.getColumns().setAll(List.of(no, start, item, kind, lead, mins, paper));
        agenda.setRowFactory(v -> draggableRow());
        agenda.setOnKeyPressed(e -> {
            AgendaTiming.TimedItem t = agenda.getSelectionModel().getSelectedItem();
            if (t == null) {
                return;
            }
            int i = agenda.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                model.moveItem(t.item(), i - 1);
                agenda.getSelectionModel().select(Math.max(0, i - 1));
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                model.moveItem(t.item(), i + 1);
                agenda.getSelectionModel().select(Math.min(agenda.getItems().size() - 1, i + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                edit(t.item());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.removeItem(t.item());
                e.consume();
            }
        });
        Button add = new Button("Add item…");
        add.setId("agenda-add");
        add.setOnAction(e -> {
            MeetingDetail d = model.detail.get();
            if (d != null) {
                AgendaItemDialog.create(root.getScene().getWindow(), null, d.meeting().id(), model.people, (draft, done, problem) -> {
                    model.addItem(draft);
                    done.run();
                }).showAndWait();
            }
        });
        Button editButton = new Button("Edit…");
        editButton.setOnAction(e -> {
            AgendaTiming.TimedItem t = agenda.getSelectionModel().getSelectedItem();
            if (t != null) {
                edit(t.item());
            }
        });
        Button up = new Button("Up");
        up.setTooltip(new Tooltip("Alt+Up; or drag the row"));
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button("Down");
        down.setTooltip(new Tooltip("Alt+Down; or drag the row"));
        down.setOnAction(e -> moveSelected(1));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            AgendaTiming.TimedItem t = agenda.getSelectionModel().getSelectedItem();
            if (t != null) {
                model.removeItem(t.item());
            }
        });
        Button refresh = new Button("Refresh standing items");
        refresh.setTooltip(new Tooltip("List the open actions again and bring in cases noted at the previous meeting"));
        refresh.setOnAction(e -> model.refreshStandingItems());
        Button asTemplate = new Button("Use as standard agenda");
        asTemplate.setTooltip(new Tooltip("The group's next meetings start from this agenda"));
        asTemplate.setOnAction(e -> model.saveAgendaAsTemplate(() -> Dialogs.info(root.getScene().getWindow(), "Standard agenda",
                "The group's next meetings will start from this agenda.")));
        ToolBar bar = new ToolBar(add, editButton, up, down, remove, new Region(), refresh, asTemplate);
        VBox box = new VBox(6, bar, agenda, overrun);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private String leadName(AgendaItem item) {
        if (item.leadPersonId() != null) {
            return model.people.stream().filter(p -> p.id() == item.leadPersonId()).map(Person::fullName).findFirst().orElse("");
        }
        return item.leadText() == null ? "" : item.leadText();
    }

    private void moveSelected(int delta) {
        AgendaTiming.TimedItem t = agenda.getSelectionModel().getSelectedItem();
        if (t != null) {
            int i = agenda.getSelectionModel().getSelectedIndex();
            model.moveItem(t.item(), i + delta);
            agenda.getSelectionModel().select(Math.max(0, Math.min(agenda.getItems().size() - 1, i + delta)));
        }
    }

    private TableRow<AgendaTiming.TimedItem> draggableRow() {
        TableRow<AgendaTiming.TimedItem> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                edit(row.getItem().item());
            }
        });
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                Dragboard db = row.startDragAndDrop(TransferMode.MOVE);
                db.setDragView(row.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(ROW_INDEX, row.getIndex());
                db.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ROW_INDEX)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            if (db.hasContent(ROW_INDEX)) {
                int from = (Integer) db.getContent(ROW_INDEX);
                int to = row.isEmpty() ? agenda.getItems().size() - 1 : row.getIndex();
                if (from >= 0 && from < agenda.getItems().size()) {
                    model.moveItem(agenda.getItems().get(from).item(), to);
                    agenda.getSelectionModel().select(to);
                }
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    /** Edits an item as it is now (its row version kept), so a colleague's save in between is refused, not overwritten. */
    private void edit(AgendaItem item) {
        Versioned<AgendaItem> opened = model.itemForEdit(item.id());
        AgendaItemDialog.create(root.getScene().getWindow(), opened.value(), item.meetingId(), model.people,
                (changed, done, problem) -> model.updateItem(changed, opened.version(), done, problem)).showAndWait();
    }

    private Node minutesPane() {
        minutes.setId("minutes-text");
        minutes.setAccessibleText("Minutes");
        minutes.setWrapText(true);
        minutes.setStyle("-fx-font-family: monospace; -fx-font-size: 0.93em;");
        model.minutes.addListener((o, a, text) -> minutes.setText(text));
        Button save = new Button("Save minutes");
        save.setId("minutes-save");
        save.setOnAction(e -> model.saveMinutes(minutes.getText()));
        minutes.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.saveMinutes(minutes.getText());
                e.consume();
            }
        });
        Button rebuild = new Button("New draft from what was captured");
        rebuild.setOnAction(e -> {
            if (Dialogs.confirm(root.getScene().getWindow(), "Replace the minutes text with a new draft? Your edits to it will be lost.",
                    "Replace")) {
                model.rebuildMinutes();
            }
        });
        Button export = new Button("Minutes (Word/PDF)…");
        export.setOnAction(e -> {
            model.saveMinutes(minutes.getText());
            exports.document(true);
        });
        Button sent = new Button("Minutes sent today");
        sent.setOnAction(e -> model.markMinutesSent());
        ToolBar bar = new ToolBar(save, rebuild, export, sent);
        VBox box = new VBox(6, bar, minutes);
        VBox.setVgrow(minutes, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    /** Opens the chair's live mode; when it closes, shows the meeting again with its minutes if it ended. */
    public LiveMeetingView openLive() {
        MeetingDetail d = model.detail.get();
        if (d == null) {
            return null;
        }
        if (d.meeting().status() != MeetingStatus.PLANNED) {
            Dialogs.error(root.getScene().getWindow(), "This meeting is " + d.meeting().status().label().toLowerCase(Locale.ROOT)
                    + "; only a planned meeting can be run in live mode");
            return null;
        }
        long id = d.meeting().id();
        boolean fullScreen = !Boolean.getBoolean("testfx.headless");
        return LiveMeetingWindow.open(model.context, id, root.getScene().getWindow(), fullScreen, () -> {
            model.select(id);
            model.loadMeetings();
            MeetingDetail now = model.detail.get();
            if (now != null && now.meeting().id() == id) {
                model.loadDetail();
            }
            showMinutesIfHeld(id);
        });
    }

    private void showMinutesIfHeld(long id) {
        model.context.tasks().run("Loading meeting", () -> model.context.services().meetings().meeting(id), d -> {
            if (d.meeting().status() == MeetingStatus.HELD) {
                meetingTabs.getSelectionModel().select(minutesTab);
            }
        });
    }
}
