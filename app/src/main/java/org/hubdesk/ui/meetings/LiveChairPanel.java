package org.hubdesk.ui.meetings;

import static org.hubdesk.ui.meetings.LiveMeetingView.label;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaReplan;
import org.hubdesk.domain.meetings.Declarations;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.common.Converters;

/**
 * The live-mode parts that keep the chair on time and on the declarations: the predicted end
 * (amber and "over" once late), the reminder at the welcome and the interests declared in a case
 * as it starts; Ctrl+I records a member's declaration of interest, Ctrl+R proposes a re-plan of
 * the remaining discussion items for the chair to confirm with Enter (Esc keeps the agenda).
 */
final class LiveChairPanel {
    static final KeyCombination DECLARE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REPLAN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    /** An item to declare against, or none: the meeting as a whole. */
    record ItemChoice(AgendaItem item, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final LiveMeetingViewModel model;
    private final Runnable closed;
    private final Label pace = label("", 22, "live-pace");
    private final Label alert = label("", 20, "live-interest-alert");
    private final VBox declarePane = new VBox(8);
    private final ComboBox<RegisterEntry> member = new ComboBox<>();
    private final ComboBox<ItemChoice> item = new ComboBox<>();
    private final TextField text = new TextField();
    private final Label error = label("", 16, "declare-error");
    private final VBox replanPane = new VBox(8);
    private final Label replanSummary = label("", 20, "replan-summary");
    private final Button replanConfirm = new Button("Re-plan (Enter)");
    private final Label replanError = label("", 16, "replan-error");
    private AgendaReplan proposed;

    LiveChairPanel(LiveMeetingViewModel model, Runnable closed) {
        this.model = model;
        this.closed = closed;
        alert.setWrapText(true);
        alert.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pace.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setStyle(alert.getStyle() + "-fx-text-fill: #ffd166;");
        model.pace.addListener((o, a, b) -> pace.setText(b));
        model.late.addListener((o, a, late) -> pace.setStyle("-fx-font-size: 1.57em; -fx-text-fill: "
                + (late ? "#ffd166; -fx-font-weight: bold;" : "#7ee2a8;")));
        model.interestAlert.addListener((o, a, b) -> {
            alert.setText(b);
            alert.setVisible(!b.isEmpty());
            alert.setManaged(!b.isEmpty());
        });
        alert.setVisible(false);
        alert.setManaged(false);
        buildDeclarePane();
        buildReplanPane();
    }

    Node paceLabel() {
        return pace;
    }

    Node alertLabel() {
        return alert;
    }

    Node panes() {
        return new VBox(declarePane, replanPane);
    }

    private void buildDeclarePane() {
        member.setId("declare-member");
        member.setPromptText("Member");
        member.setStyle("-fx-font-size: 1.29em;");
        member.setPrefWidth(420);
        member.setConverter(Converters.showing(e -> e.personName() + " (" + e.agencyName() + ")", ""));
        item.setId("declare-item");
        item.setStyle("-fx-font-size: 1.29em;");
        item.setPrefWidth(520);
        text.setId("declare-text");
        text.setStyle("-fx-font-size: 1.57em;");
        text.setPromptText("The interest (for example: knows the family; manages the worker)");
        text.setOnAction(e -> saveDeclaration());
        Button save = new Button("Save (Enter)");
        save.setId("declare-save");
        save.setOnAction(e -> saveDeclaration());
        Button cancel = new Button("Cancel (Esc)");
        cancel.setOnAction(e -> close());
        error.setStyle(error.getStyle() + "-fx-text-fill: #ff8a80;");
        HBox who = new HBox(10, label("Who", 18, null), member, label("In", 18, null), item);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(10, save, cancel, error);
        buttons.setAlignment(Pos.CENTER_LEFT);
        declarePane.getChildren().setAll(label("Declaration of interest", 22, null), who, text, buttons);
        panel(declarePane, "declare-pane");
    }

    private void buildReplanPane() {
        replanSummary.setWrapText(true);
        replanConfirm.setId("replan-confirm");
        replanConfirm.setOnAction(e -> confirmReplan());
        Button keep = new Button("Keep the agenda (Esc)");
        keep.setOnAction(e -> close());
        replanError.setStyle(replanError.getStyle() + "-fx-text-fill: #ff8a80;");
        HBox buttons = new HBox(10, replanConfirm, keep, replanError);
        buttons.setAlignment(Pos.CENTER_LEFT);
        replanPane.getChildren().setAll(label("Re-plan the rest of the meeting?", 22, null), replanSummary, buttons);
        panel(replanPane, "replan-pane");
    }

    private static void panel(VBox pane, String id) {
        pane.setId(id);
        pane.setPadding(new Insets(14, 20, 14, 20));
        pane.setStyle("-fx-background-color: #263142;");
        show(pane, false);
    }

    private static void show(Node pane, boolean visible) {
        pane.setVisible(visible);
        pane.setManaged(visible);
    }

    boolean isOpen() {
        return declarePane.isVisible() || replanPane.isVisible();
    }

    /** Handles the panel's keys; true when the key was its own. */
    boolean onKey(KeyEvent e) {
        if (isOpen()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                return true;
            }
            if (e.getCode() == KeyCode.ENTER && replanPane.isVisible()) {
                confirmReplan();
                return true;
            }
            return false;
        }
        if (DECLARE.match(e)) {
            openDeclaration();
            return true;
        }
        if (REPLAN.match(e)) {
            model.proposeReplan(this::openReplan, this::replanRefused);
            return true;
        }
        return false;
    }

    void openDeclaration() {
        MeetingDetail d = model.detail.get();
        if (d == null) {
            return;
        }
        member.getItems().setAll(d.expected());
        member.setValue(null);
        List<ItemChoice> choices = new ArrayList<>();
        choices.add(new ItemChoice(null, "The meeting as a whole"));
        for (int i = 0; i < d.items().size(); i++) {
            choices.add(new ItemChoice(d.items().get(i), (i + 1) + ". " + d.items().get(i).title()));
        }
        item.getItems().setAll(choices);
        AgendaItem current = d.currentItem().orElse(null);
        item.setValue(choices.stream().filter(c -> c.item() != null && c.item() == current && !Declarations.askedAt(current))
                .findFirst().orElse(choices.get(0)));
        text.clear();
        error.setText("");
        show(declarePane, true);
        member.requestFocus();
    }

    private void saveDeclaration() {
        ItemChoice choice = item.getValue();
        model.declareInterest(member.getValue(), choice == null ? null : choice.item(), text.getText(), this::close, error::setText);
    }

    private void openReplan(AgendaReplan plan) {
        proposed = plan;
        replanSummary.setText(plan.summary());
        replanError.setText("");
        replanConfirm.setDisable(!plan.changesAnything());
        show(replanPane, true);
        replanConfirm.requestFocus();
    }

    private void replanRefused(String message) {
        proposed = null;
        replanSummary.setText(message);
        replanConfirm.setDisable(true);
        show(replanPane, true);
    }

    private void confirmReplan() {
        if (proposed != null && proposed.changesAnything()) {
            model.confirmReplan(proposed, this::close, replanError::setText);
        } else {
            close();
        }
    }

    void close() {
        proposed = null;
        show(declarePane, false);
        show(replanPane, false);
        closed.run();
    }
}
