package org.hubdesk.ui.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.meetings.MeetingDetail;

/**
 * The chair's screen while the meeting runs: large type, readable at arm's length. The current
 * item with its clock (amber near the end, red when over), the register for check-in with live
 * quoracy, and quick capture by keyboard: Right/Left or PageDown/PageUp move between items,
 * Ctrl+D a decision, Ctrl+A an action, Ctrl+N a note, Ctrl+Z takes the last one back, Ctrl+E ends
 * the meeting; Ctrl+I (a declaration of interest) and Ctrl+R (a re-plan) are {@link LiveChairPanel}'s.
 */
public final class LiveMeetingView {
    private static final KeyCombination DECISION = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ACTION = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NOTE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination END = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private enum Mode { DECISION, ACTION, NOTE, DEPUTY, END }

    private final LiveMeetingViewModel model;
    private final Runnable leave;
    private final BorderPane root = new BorderPane();
    private final Label heading = label("", 22, "live-heading");
    private final Label quoracy = label("", 22, "live-quoracy");
    private final Label position = label("", 22, "live-position");
    private final Label title = label("", 46, "live-item-title");
    private final VBox subPoints = new VBox(4);
    private final Label elapsed = label("0:00", 76, "live-elapsed");
    private final Label remaining = label("", 40, "live-remaining");
    private final Label next = label("", 22, "live-next");
    private final ListView<String> captured = new ListView<>();
    private final ListView<RegisterEntry> register = new ListView<>();
    private final Label saved = label("", 16, "live-saved");

    private final VBox capturePane = new VBox(8);
    private final Label captureTitle = label("", 22, "capture-title");
    private final TextField captureText = new TextField();
    private final ComboBox<RegisterEntry> owner = new ComboBox<>();
    private final DatePicker due = org.hubdesk.ui.common.DatePickers.iso((java.time.LocalDate) null);
    private final HBox actionFields;
    private final Label captureError = label("", 16, "capture-error");
    private final Button captureSave = new Button("Save (Enter)");
    private final LiveChairPanel chair;
    private Mode mode;
    private RegisterEntry deputyFor;

    public LiveMeetingView(LiveMeetingViewModel model, Runnable leave) {
        this.model = model;
        this.leave = leave;
        root.setId("live-root");
        root.setStyle("-fx-background-color: #15191f;");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label now = label("", 22, "live-now");
        model.elapsed.addListener((o, a, b) -> now.setText(java.time.LocalTime.now().withSecond(0).withNano(0).toString()));
        chair = new LiveChairPanel(model, root::requestFocus);
        now.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, heading, spacer, chair.paceLabel(), now);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 20, 8, 20));
        quoracy.setWrapText(true);
        quoracy.setMaxWidth(Double.MAX_VALUE);
        VBox header = new VBox(0, top, quoracy);
        header.setStyle("-fx-background-color: #20262f;");
        root.setTop(header);

        title.setWrapText(true);
        title.setStyle(title.getStyle() + "-fx-font-weight: bold;");
        position.setStyle(position.getStyle() + "-fx-text-fill: #aab4c3;");
        next.setStyle(next.getStyle() + "-fx-text-fill: #aab4c3;");
        HBox clock = new HBox(28, elapsed, remaining);
        clock.setAlignment(Pos.BASELINE_LEFT);
        captured.setId("live-captured");
        captured.setPrefHeight(200);
        captured.setFocusTraversable(false);
        captured.setStyle("-fx-font-size: 1.29em; -fx-control-inner-background: #1b2028; -fx-control-inner-background-alt: #1e242d;"
                + " -fx-background-color: #1b2028;");
        captured.setPlaceholder(label("Nothing captured on this item yet: Ctrl+D decision, Ctrl+A action, Ctrl+N note", 16, null));
        VBox centre = new VBox(14, position, chair.alertLabel(), title, subPoints, clock, next, label("Captured on this item", 18, null), captured);
        VBox.setVgrow(captured, Priority.ALWAYS);
        centre.setPadding(new Insets(24, 28, 12, 28));
        root.setCenter(centre);

        register.setId("live-register");
        register.setCellFactory(v -> new LiveRegisterCell(model, member -> openCapture(Mode.DEPUTY, member)));
        register.setFocusTraversable(false);
        register.setStyle("-fx-control-inner-background: #1b2028; -fx-control-inner-background-alt: #1b2028; -fx-background-color: #1b2028;");
        VBox right = new VBox(8, label("Attendance", 24, null), register);
        VBox.setVgrow(register, Priority.ALWAYS);
        right.setPadding(new Insets(20));
        right.setPrefWidth(470);
        right.setStyle("-fx-background-color: #1b2028;");
        root.setRight(right);

        actionFields = buildCapturePane();
        Button prev = button("◀ Previous", "live-previous", model::previous);
        Button nxt = button("Next ▶", "live-next-button", model::next);
        Button decision = button("Decision (Ctrl+D)", "live-decision", () -> openCapture(Mode.DECISION, null));
        Button action = button("Action (Ctrl+A)", "live-action", () -> openCapture(Mode.ACTION, null));
        Button note = button("Note (Ctrl+N)", "live-note", () -> openCapture(Mode.NOTE, null));
        Button end = button("End meeting (Ctrl+E)", "live-end", () -> openCapture(Mode.END, null));
        Button away = button("Leave live mode", "live-leave", leave);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, prev, nxt, decision, action, note, gap, saved, end, away);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 20, 14, 20));
        VBox bottom = new VBox(chair.panes(), capturePane, bar);
        root.setBottom(bottom);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.detail.addListener((o, a, d) -> show(d));
        model.elapsed.addListener((o, a, b) -> elapsed.setText(b));
        model.remaining.addListener((o, a, b) -> remaining.setText(b));
        model.clockState.addListener((o, a, s) -> paintClock(s));
        model.quoracy.addListener((o, a, b) -> quoracy.setText(b));
        model.quorate.addListener((o, a, q) -> paintQuoracy(q));
        model.lastSaved.addListener((o, a, b) -> saved.setText(b));
        paintClock(LiveMeetingViewModel.ClockState.ON_TIME);
        paintQuoracy(false);
    }

    public Node node() {
        return root;
    }

    public LiveMeetingViewModel model() {
        return model;
    }

    private HBox buildCapturePane() {
        captureText.setId("capture-text");
        captureText.setStyle("-fx-font-size: 1.57em;");
        captureText.setOnAction(e -> save());
        owner.setId("capture-owner");
        owner.setPromptText("Owner");
        owner.setEditable(true);
        owner.setStyle("-fx-font-size: 1.29em;");
        owner.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegisterEntry e) {
                return e == null ? "" : e.personName() + " (" + e.agencyName() + ")";
            }

            @Override
            public RegisterEntry fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return owner.getItems().stream().filter(e -> toString(e).equals(text) || e.personName().equalsIgnoreCase(text.strip()))
                        .findFirst().orElse(null);
            }
        });
        owner.setPrefWidth(420);
        due.setId("capture-due");
        due.setStyle("-fx-font-size: 1.29em;");
        due.setPromptText("Due by (YYYY-MM-DD)");
        HBox fields = new HBox(10, label("Owner", 18, null), owner, label("Due", 18, null), due);
        fields.setAlignment(Pos.CENTER_LEFT);
        captureSave.setId("capture-save");
        captureSave.setDefaultButton(false);
        captureSave.setOnAction(e -> save());
        captureSave.setStyle("-fx-font-size: 1.29em;");
        Button cancel = new Button("Cancel (Esc)");
        cancel.setStyle("-fx-font-size: 1.29em;");
        cancel.setOnAction(e -> closeCapture());
        captureError.setStyle(captureError.getStyle() + "-fx-text-fill: #ff8a80;");
        HBox buttons = new HBox(10, captureSave, cancel, captureError);
        buttons.setAlignment(Pos.CENTER_LEFT);
        capturePane.getChildren().setAll(captureTitle, captureText, fields, buttons);
        capturePane.setPadding(new Insets(14, 20, 14, 20));
        capturePane.setStyle("-fx-background-color: #263142;");
        capturePane.setId("capture-pane");
        capturePane.setVisible(false);
        capturePane.setManaged(false);
        return fields;
    }

    private void onKey(KeyEvent e) {
        if (capturePane.isVisible()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeCapture();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof TextField) && mode != null) {
                save();
                e.consume();
            }
            return;
        }
        if (chair.onKey(e)) {
            e.consume();
            return;
        }
        if (chair.isOpen()) {
            return;
        }
        if (DECISION.match(e)) {
            openCapture(Mode.DECISION, null);
        } else if (ACTION.match(e)) {
            openCapture(Mode.ACTION, null);
        } else if (NOTE.match(e)) {
            openCapture(Mode.NOTE, null);
        } else if (END.match(e)) {
            openCapture(Mode.END, null);
        } else if (UNDO.match(e)) {
            model.undoLastCapture();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
            model.previous();
        } else {
            return;
        }
        e.consume();
    }

    private void openCapture(Mode newMode, RegisterEntry member) {
        mode = newMode;
        deputyFor = member;
        captureError.setText("");
        captureText.clear();
        boolean action = newMode == Mode.ACTION;
        actionFields.setVisible(action);
        actionFields.setManaged(action);
        captureText.setVisible(newMode != Mode.END);
        captureText.setManaged(newMode != Mode.END);
        String item = model.timed(model.currentIndex()).map(t -> "item " + (model.currentIndex() + 1) + ", " + t.item().title()).orElse("the meeting");
        switch (newMode) {
            case DECISION -> captureTitle.setText("Decision on " + item);
            case NOTE -> captureTitle.setText(model.atCasesForNextMeeting()
                    ? "Case for the next meeting's case learning (a reference or anonymised name)" : "Note on " + item);
            case ACTION -> {
                captureTitle.setText("Action agreed on " + item);
                owner.getItems().setAll(model.detail.get() == null ? List.of() : model.detail.get().expected());
                owner.setValue(null);
                owner.getEditor().clear();
                due.setValue(model.detail.get() == null ? null
                        : model.detail.get().meeting().meetingDate().plusWeeks(4));
            }
            case DEPUTY -> {
                captureTitle.setText("Deputy attending for " + member.personName() + " (" + member.agencyName() + ")");
                captureText.setText(member.deputyName() == null ? "" : member.deputyName());
                captureText.setPromptText("Deputy's name");
            }
            case END -> captureTitle.setText("End the meeting now? Press Enter or Save to end it and draft the minutes; Esc to go back.");
        }
        captureText.setPromptText(switch (newMode) {
            case DECISION -> "What was decided";
            case NOTE -> "The point to minute";
            case ACTION -> "What is to be done";
            case DEPUTY -> "Deputy's name";
            case END -> "";
        });
        capturePane.setVisible(true);
        capturePane.setManaged(true);
        if (newMode == Mode.END) {
            captureSave.requestFocus();
        } else {
            captureText.requestFocus();
        }
    }

    private void closeCapture() {
        mode = null;
        capturePane.setVisible(false);
        capturePane.setManaged(false);
        root.requestFocus();
    }

    private void save() {
        if (mode == null) {
            return;
        }
        String text = captureText.getText();
        Runnable done = this::closeCapture;
        switch (mode) {
            case DECISION -> model.captureDecision(text, done, captureError::setText);
            case NOTE -> {
                if (model.atCasesForNextMeeting()) {
                    model.noteCaseForNextMeeting(text, done, captureError::setText);
                } else {
                    model.captureNote(text, done, captureError::setText);
                }
            }
            case ACTION -> {
                RegisterEntry who = owner.getValue();
                String ownerText = who == null ? owner.getEditor().getText() : null;
                if (who == null && ownerText != null) {
                    who = owner.getConverter().fromString(ownerText);
                }
                LocalDate day = due.getValue();
                if (day == null && due.getEditor().getText() != null && !due.getEditor().getText().isBlank()) {
                    try {
                        day = LocalDate.parse(due.getEditor().getText().strip());
                    } catch (java.time.format.DateTimeParseException ex) {
                        captureError.setText("'" + due.getEditor().getText() + "' is not a date: write it as YYYY-MM-DD");
                        return;
                    }
                }
                model.captureAction(text, who, who == null ? ownerText : null, day, done, captureError::setText);
            }
            case DEPUTY -> {
                if (text == null || text.isBlank()) {
                    captureError.setText("Say who is attending as deputy");
                    return;
                }
                model.checkIn(deputyFor, AttendanceStatus.DEPUTY_ATTENDING, text);
                closeCapture();
            }
            case END -> {
                closeCapture();
                model.end(leave);
            }
        }
    }

    private void show(MeetingDetail d) {
        if (d == null) {
            return;
        }
        heading.setText(d.title() + (d.meeting().place() == null ? "" : " · " + d.meeting().place()));
        int index = model.currentIndex();
        if (!Objects.equals(register.getItems(), d.expected())) {
            register.getItems().setAll(d.expected());
        }
        register.refresh();
        List<String> lines = new ArrayList<>();
        Long itemId = d.meeting().currentItemId();
        for (Decision x : d.decisions()) {
            if (Objects.equals(x.agendaItemId(), itemId)) {
                lines.add("Decision: " + x.text());
            }
        }
        for (ActionLogEntry x : d.actions()) {
            if (Objects.equals(x.agendaItemId(), itemId)) {
                lines.add("Action: " + x.action().description() + (x.owner().isEmpty() ? "" : " – " + x.owner())
                        + (x.action().timescale() == null ? "" : ", due " + x.action().timescale()));
            }
        }
        for (MeetingNote x : d.notes()) {
            if (Objects.equals(x.agendaItemId(), itemId)) {
                lines.add("Note: " + x.text());
            }
        }
        captured.getItems().setAll(lines);
        AgendaTiming.TimedItem t = model.timed(index).orElse(null);
        if (t == null) {
            position.setText(d.items().isEmpty() ? "This agenda has no items" : "");
            title.setText(d.meeting().endedAt() != null ? "Meeting ended" : "");
            subPoints.getChildren().clear();
            next.setText("");
            return;
        }
        AgendaItem item = t.item();
        String leadName = item.leadPersonId() == null ? item.leadText() : d.expected().stream()
                .filter(e -> e.personId() == item.leadPersonId()).map(RegisterEntry::personName).findFirst().orElse(item.leadText());
        String lead = leadName == null ? "" : " · " + leadName;
        position.setText("Item " + (index + 1) + " of " + d.items().size() + " · planned " + t.starts() + "–" + t.ends()
                + " · " + item.kind().label() + lead + " · " + item.minutes() + " min");
        title.setText(item.title() + (item.caseReference() == null ? "" : " – " + item.caseReference()));
        subPoints.getChildren().clear();
        for (String p : item.subPoints()) {
            Label l = label("• " + p, 24, null);
            l.setWrapText(true);
            subPoints.getChildren().add(l);
        }
        next.setText(model.timed(index + 1).map(n -> "Next: " + (index + 2) + ". " + n.item().title() + " (" + n.item().minutes() + " min)")
                .orElse("Last item: Ctrl+E ends the meeting"));
    }

    private void paintClock(LiveMeetingViewModel.ClockState state) {
        String colour = switch (state) {
            case ON_TIME -> "#7ee2a8";
            case NEARLY_DONE -> "#ffd166";
            case OVERRUN -> "#ff6b6b";
        };
        remaining.setStyle("-fx-font-size: 2.86em; -fx-text-fill: " + colour + "; -fx-font-weight: bold;");
        elapsed.setStyle("-fx-font-size: 5.43em; -fx-text-fill: " + (state == LiveMeetingViewModel.ClockState.OVERRUN ? "#ff6b6b" : "white")
                + "; -fx-font-family: monospace;");
    }

    private void paintQuoracy(boolean quorate) {
        quoracy.setStyle("-fx-font-size: 1.57em; -fx-text-fill: white; -fx-padding: 6 20 6 20; -fx-background-color: "
                + (quorate ? "#1f7a4d" : "#a83232") + ";");
    }

    /** A white label of {@code size} px at the design text size, so in em: it grows with the system's text size. */
    static Label label(String text, int size, String id) {
        Label l = new Label(text);
        l.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem; -fx-text-fill: white;", size / org.hubdesk.ui.common.TextSize.DESIGN_PX));
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setStyle("-fx-font-size: 1.14em;");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
