package org.hubdesk.ui.members;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.governance.TermsOfReference;
import org.hubdesk.domain.governance.TermsReview;
import org.hubdesk.domain.members.Group;

/**
 * A group's terms of reference as the seeds set them out, with accountability in words and the
 * form that records a review of the terms (which sets the date for the next review).
 */
final class TermsDialog extends Dialog<ButtonType> {
    private final MembersViewModel model;
    private final Group group;
    private final TextArea terms = new TextArea();
    private final TextArea accountability = new TextArea();
    private final Label error = new Label();

    TermsDialog(MembersViewModel model, Group group) {
        this.model = model;
        this.group = group;
        initOwner(model.context.owner().get());
        setTitle("Terms of reference: " + group.name());
        setHeaderText(null);
        setResizable(true);
        terms.setId("terms-text");
        terms.setEditable(false);
        terms.setWrapText(true);
        terms.setPrefRowCount(14);
        terms.setAccessibleText("The terms of reference");
        accountability.setId("terms-accountability");
        accountability.setPrefRowCount(2);
        accountability.setWrapText(true);
        accountability.setPromptText("e.g. Accountable to the Partnership Board; reports to it twice yearly");
        accountability.setAccessibleText("Accountability");
        Button saveAccountability = new Button("Save accountability");
        saveAccountability.setId("terms-save-accountability");
        saveAccountability.setOnAction(e -> model.setAccountability(group.id(), accountability.getText(), this::reload, this::showError));

        DatePicker reviewedOn = org.hubdesk.ui.common.DatePickers.iso(model.context.today());
        reviewedOn.setId("terms-reviewed-on");
        DatePicker next = org.hubdesk.ui.common.DatePickers.iso(model.context.today().plusMonths(TermsReview.DEFAULT_MONTHS));
        next.setId("terms-next-review");
        reviewedOn.valueProperty().addListener((o, a, day) -> {
            if (day != null) {
                next.setValue(day.plusMonths(TermsReview.DEFAULT_MONTHS));
            }
        });
        TextField note = new TextField();
        note.setId("terms-note");
        note.setPromptText("What the review changed (optional)");
        Button record = new Button("Record review");
        record.setId("terms-record-review");
        record.setOnAction(e -> model.recordTermsReview(group.id(), reviewedOn.getValue(), next.getValue(), note.getText(), () -> {
            note.clear();
            reload();
        }, this::showError));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        Label reviewedLabel = new Label("Reviewed on:");
        reviewedLabel.setLabelFor(reviewedOn);
        Label nextLabel = new Label("Date for next review:");
        nextLabel.setLabelFor(next);
        Label noteLabel = new Label("Note:");
        noteLabel.setLabelFor(note);
        for (Label l : new Label[] {reviewedLabel, nextLabel, noteLabel}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        form.addRow(0, reviewedLabel, reviewedOn, nextLabel, next);
        form.addRow(1, noteLabel, note);
        GridPane.setColumnSpan(note, 3);
        form.add(record, 3, 2);
        error.setId("terms-error");
        error.getStyleClass().add("text-danger");
        error.setWrapText(true);
        Label accountabilityLabel = new Label("Accountability (whom the group reports to, and how often):");
        accountabilityLabel.setLabelFor(accountability);
        VBox content = new VBox(8, terms, accountabilityLabel, accountability, saveAccountability,
                new Label("Record a review of these terms:"), form, error);
        content.setPadding(new Insets(8));
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        reload();
    }

    private void reload() {
        error.setText("");
        model.termsOfReference(group.id(), this::show);
    }

    private void show(TermsOfReference t) {
        terms.setText(String.join("\n", t.lines(model.context.today())));
        accountability.setText(t.accountability() == null ? "" : t.accountability());
    }

    private void showError(String message) {
        error.setText(message);
    }
}
