package org.hubdesk.ui.assurance;

import static org.hubdesk.ui.assurance.AssuranceNodes.chooser;
import static org.hubdesk.ui.assurance.AssuranceNodes.emptyLabel;
import static org.hubdesk.ui.assurance.AssuranceNodes.header;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.service.assurance.AssessmentImportPreview;
import org.hubdesk.service.assurance.AssuranceService;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.FileChoosers;

/**
 * The Self-assessment audits tab: the rounds on the left with the forms (new round, enter or edit
 * a return, the challenge panel) and the template's export and import; on the right the chosen
 * round's heat map, who has not returned, the changes since the last round, the chosen return's
 * ratings with evidence and actions, and the challenge panel.
 */
final class AuditRoundsPane {
    private final AssuranceViewModel model;
    private final GridPane heatMap = new GridPane();
    private final VBox roundDetail = new VBox(8);
    private final TableView<StandardRating> ratings = new TableView<>();
    private final Label rowTitle = new Label();

    AuditRoundsPane(AssuranceViewModel model) {
        this.model = model;
    }

    /** The tab's content; the Assurance screen builds it once. */
    Node build() {
        ListView<AssuranceService.RoundSummary> list = chooser("rounds", model.rounds, s -> s.round().title() + "\n" + s.returned()
                + " of " + s.asked() + " returned" + (s.previous() == null ? "" : "; compared with " + s.previous().startYear()),
                model.selectedRound, emptyLabel("audits-empty", "No audit rounds yet. Start one with New round…, or from the command line:\n"
                + "hubdesk audit new --kind section-11 --year 2027 --ask \"Agency A; Agency B\""));

        Button importReturn = new Button("Import return…");
        importReturn.setId("import-return");
        importReturn.setOnAction(e -> importReturn());
        Button template = new Button("Export template…");
        template.setId("export-template");
        template.setOnAction(e -> exportTemplate());
        template.disableProperty().bind(model.selectedRound.isNull());
        Button newRound = button("New round…", "new-round", () -> AuditDialogs.newRound(model));
        Button enter = button("Enter a return…", "enter-return", () -> AuditDialogs.enterReturn(model, null));
        Button edit = button("Edit this return…", "edit-return", () -> AuditDialogs.enterReturn(model, model.selectedRow.get()));
        Button panel = button("Challenge panel…", "edit-panel", () -> AuditDialogs.challengePanel(model));
        enter.disableProperty().bind(model.selectedRound.isNull());
        edit.disableProperty().bind(model.selectedRow.isNull());
        panel.disableProperty().bind(model.selectedRound.isNull());
        importReturn.setMaxWidth(Double.MAX_VALUE);
        template.setMaxWidth(Double.MAX_VALUE);

        heatMap.setHgap(2);
        heatMap.setVgap(2);
        heatMap.setId("heat-map");
        ratings.setId("ratings");
        ratings.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ratings.setPrefHeight(260);
        TableColumn<StandardRating, String> std = new TableColumn<>("Standard");
        std.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(standardName(c.getValue().standardNumber())));
        TableColumn<StandardRating, String> rating = new TableColumn<>("Rating");
        rating.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rating() == null ? "Not rated" : c.getValue().rating().toString()));
        TableColumn<StandardRating, String> last = new TableColumn<>("Last round / change");
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(lastRound(c.getValue().standardNumber())));
        TableColumn<StandardRating, String> evidence = new TableColumn<>("Evidence");
        evidence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evidence() == null ? "" : c.getValue().evidence()
                + (c.getValue().evidenceLink() == null ? "" : " (" + c.getValue().evidenceLink() + ")")));
        TableColumn<StandardRating, String> actions = new TableColumn<>("Actions");
        actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actions() == null ? "" : c.getValue().actions()));
        std.setPrefWidth(300);
        rating.setPrefWidth(120);
        last.setPrefWidth(170);
        evidence.setPrefWidth(420);
        actions.setPrefWidth(360);
        ratings.getColumns().add(std);
        ratings.getColumns().add(rating);
        ratings.getColumns().add(last);
        ratings.getColumns().add(evidence);
        ratings.getColumns().add(actions);
        ratings.setPlaceholder(new Label("Click an agency or school in the heat map to see its ratings, evidence and actions."));
        rowTitle.getStyleClass().add("title-4");
        roundDetail.setPadding(new Insets(10));
        model.overview.addListener((o, a, ov) -> showOverview(ov));
        // A saved panel changes the round's summary but may leave an equal overview: redraw for it too.
        model.selectedRound.addListener((o, a, r) -> showOverview(model.overview.get()));
        model.selectedRow.addListener((o, a, r) -> showRow(r));
        showOverview(null);
        ScrollPane right = new ScrollPane(roundDetail);
        right.setFitToWidth(true);
        return Controls.besideDetail(list, right, 0.25, newRound, enter, edit, panel, importReturn, template);
    }

    private String standardName(int n) {
        AuditOverview o = model.overview.get();
        return o == null ? Integer.toString(n) : n + ". " + o.round().kind().standard(n);
    }

    private String lastRound(int n) {
        AuditOverview.Row row = model.selectedRow.get();
        if (row == null) {
            return "";
        }
        AuditOverview.Cell c = row.cells().get(n - 1);
        return (c.previous() == null ? "-" : c.previous().toString()) + " / " + c.change().label();
    }

    private void showOverview(AuditOverview o) {
        heatMap.getChildren().clear();
        if (o == null) {
            Label none = new Label(model.rounds.isEmpty() ? "Nothing to show yet: no audit rounds have been recorded."
                    : "Choose a round on the left.");
            none.setId("overview-empty");
            roundDetail.getChildren().setAll(none);
            return;
        }
        AuditKind kind = o.round().kind();
        Label title = new Label(o.round().title() + (o.previousRound() == null ? " (first round)" : ", compared with " + o.previousRound().title()));
        title.getStyleClass().add("title-3");
        heatMap.add(header(kind.organisationWord()), 0, 0);
        for (int n = 1; n <= kind.standards().size(); n++) {
            Label h = header(Integer.toString(n));
            h.setTooltip(new Tooltip(kind.standard(n)));
            heatMap.add(h, n, 0);
        }
        int r = 1;
        for (AuditOverview.Row row : o.returnedRows()) {
            Label name = new Label(row.organisation());
            name.setId("heat-org-" + r);
            name.setStyle("-fx-cursor: hand; -fx-underline: " + (row == model.selectedRow.get()) + ";");
            name.setOnMouseClicked(e -> model.selectedRow.set(row));
            heatMap.add(name, 0, r);
            for (AuditOverview.Cell c : row.cells()) {
                Label cell = new Label(c.text());
                cell.setId("heat-" + r + "-" + c.standardNumber());
                cell.setMinWidth(54);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle("-fx-padding: 4; -fx-background-color: #" + (c.rating() == null ? "EEEEEE" : c.rating().hex()) + ";");
                cell.setOnMouseClicked(e -> model.selectedRow.set(row));
                heatMap.add(cell, c.standardNumber(), r);
            }
            r++;
        }
        VBox standards = new VBox(2);
        for (int n = 1; n <= kind.standards().size(); n++) {
            standards.getChildren().add(new Label(n + ". " + kind.standard(n)));
        }
        VBox legend = new VBox(2);
        for (SelfRating s : SelfRating.values()) {
            Label l = new Label(s.score() + " " + s.label());
            l.setStyle("-fx-padding: 2 6 2 6; -fx-background-color: #" + s.hex() + ";");
            legend.getChildren().add(l);
        }
        List<String> missing = o.notYetReturned();
        Label notReturned = new Label(missing.isEmpty() ? "Every " + kind.organisationWord() + " asked has returned."
                : "Not yet returned: " + String.join("; ", missing));
        notReturned.setId("not-returned");
        notReturned.setWrapText(true);
        Label changes = new Label(o.previousRound() == null ? "No earlier round to compare with."
                : o.changes().size() + " ratings changed since " + o.previousRound().title() + ".");
        changes.setId("changes");
        Node heat = o.returnedRows().isEmpty() ? emptyLabel("heat-empty", "No returns have come back yet.") : heatMap;
        roundDetail.getChildren().setAll(title, heat, notReturned, changes, new HBox(24, standards, legend), rowTitle, ratings,
                panelBox(model.panel()));
        showRow(model.selectedRow.get());
    }

    private void showRow(AuditOverview.Row row) {
        rowTitle.setText(row == null ? "" : row.organisation() + ", returned " + row.assessment().returnedOn());
        ratings.getItems().setAll(row == null ? List.of() : row.assessment().ratings());
        for (Node n : heatMap.getChildren()) {
            if (n.getId() != null && n.getId().startsWith("heat-org-")) {
                Label l = (Label) n;
                l.setStyle("-fx-cursor: hand; -fx-underline: " + (row != null && l.getText().equals(row.organisation())) + ";");
            }
        }
    }

    private Node panelBox(ChallengePanel p) {
        VBox box = new VBox(4);
        Label h = new Label("Challenge panel");
        h.getStyleClass().add("title-4");
        box.getChildren().add(h);
        if (p == null) {
            box.getChildren().add(emptyLabel("panel-empty", "No challenge panel arranged for this round yet."));
            return box;
        }
        Label text = new Label("Date: " + (p.heldOn() == null ? "not yet set" : p.heldOn()) + "\nAgencies invited: "
                + String.join("; ", p.agenciesInvited()) + "\nSchools invited: " + String.join("; ", p.schoolsInvited())
                + "\nPanel members from the Hub: " + String.join("; ", p.panelMembers())
                + "\nYoung People's Safeguarding Forum representative: " + (p.youngPeopleRepresentative() == null ? "none yet"
                : p.youngPeopleRepresentative()) + "\nFindings: " + (p.findings() == null ? "still to be written" : p.findings()));
        text.setWrapText(true);
        text.setId("panel");
        box.getChildren().add(text);
        p.warnings().forEach(w -> box.getChildren().add(new Label("! " + w)));
        return box;
    }

    private void importReturn() {
        File file = FileChoosers.open(model.context().owner().get(), "Import a returned self-assessment",
                FileChoosers.filter("Excel workbook", "*.xlsx"));
        if (file != null) {
            model.previewReturn(file.toPath(), this::confirmReturn);
        }
    }

    private void confirmReturn(AssessmentImportPreview preview) {
        StringBuilder b = new StringBuilder();
        preview.rows().forEach(r -> b.append("Row ").append(r.rowNumber()).append(": ").append(r.standard()).append(" - ")
                .append(r.rating() == null ? "not rated" : r.rating().toString())
                .append(r.hasErrors() ? "   <-- " + String.join("; ", r.errors()) : "").append('\n'));
        preview.fileErrors().forEach(e -> b.append("File: ").append(e).append('\n'));
        if (ImportPreviewAlert.confirm(model.context().owner().get(), "Import return", preview.summary(), b.toString(),
                preview.hasErrors())) {
            model.confirmReturn(preview);
        }
    }

    private void exportTemplate() {
        File file = FileChoosers.save(model.context().owner().get(), "Export the self-assessment template", "self-assessment.xlsx",
                FileChoosers.filter("Excel workbook", "*.xlsx"));
        if (file != null) {
            model.exportTemplate(file.toPath());
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
