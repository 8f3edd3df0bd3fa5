package org.hubdesk.ui.reviews;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.reviews.CaseReference;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.ReviewClock;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.domain.reviews.TrafficLight;
import org.hubdesk.service.reviews.CaseReviewService;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.HistoryDialog;
import org.hubdesk.ui.common.Tables;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;
import org.hubdesk.ui.common.Fields;

/**
 * Case reviews: the filtered list of reviews on the left with each one's next clock as a traffic
 * light; on the right a form for a new referral, and the chosen review's clocks, the Virtual Panel
 * decision and the LCSPR decision against seed 002 section 5's criteria.
 */
public final class CaseReviewsView extends ModelScreen<CaseReviewsViewModel, BorderPane> {
    private final TableView<CaseReview> table = new TableView<>();
    private final VBox detail = new VBox(10);
    /** Made once (the detail is rebuilt per review): the History… shortcut is installed on the screen once. */
    private final HBox detailActions = new HBox(8);

    public CaseReviewsView(UiContext context) {
        super(new CaseReviewsViewModel(context), new BorderPane());
        root.setTop(filters());
        buildTable();
        root.setCenter(Controls.besideDetail(table, Controls.scrolling(new VBox(12, newReferralForm(), detail)), 0.55));
        model.detail.addListener((o, a, d) -> showDetail(d));
        Button edit = new Button("Edit referral…");
        edit.setId("edit-referral");
        edit.setOnAction(e -> {
            var opened = model.reviewForEdit();
            if (opened != null) {
                ReferralDialog.create(root.getScene().getWindow(), model, opened).showAndWait();
            }
        });
        Button history = HistoryDialog.button("review-history", "this case review", root, () -> {
            CaseReviewService.Detail d = model.detail.get();
            if (d != null) {
                HistoryDialog.show(context.tasks(), root.getScene().getWindow(), context.services().history(),
                        "case review " + d.review().id(), new HistoryDialog.Of("case_review", d.review().id()));
            }
        });
        detailActions.getChildren().addAll(edit, history);
        model.load();
    }

    @Override
    public void open(org.hubdesk.domain.home.DuePlace place, long id) {
        if (place == org.hubdesk.domain.home.DuePlace.CASE_REVIEW) {
            model.select(id);
        }
    }

    private Node filters() {
        ComboBox<ReviewKind> kind = Tables.filter("filter-kind", ReviewKind.values(), "All kinds", model.kindFilter);
        kind.setPromptText("All kinds");
        ComboBox<ReviewStatus> status = Tables.filter("filter-status", ReviewStatus.values(), "All statuses", model.statusFilter);
        CheckBox overdue = new CheckBox("Overdue only");
        overdue.setId("filter-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnly);
        Label title = new Label("Case reviews");
        title.getStyleClass().add("title-3");
        return new ToolBar(title, new Separator(), new Label("Kind:"), kind, new Label("Status:"), status, overdue);
    }

    private void buildTable() {
        table.setId("review-table");
        table.setItems(model.reviews);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("No.", 50, r -> Long.toString(r.id())));
        table.getColumns().add(column("Kind", 125, r -> r.kind().shortLabel()));
        table.getColumns().add(column("Title", 200, CaseReview::title));
        table.getColumns().add(column("Status", 130, r -> r.status().shortLabel()));
        TableColumn<CaseReview, CaseReview> next = new TableColumn<>("Next clock");
        next.setPrefWidth(190);
        next.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        next.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CaseReview r, boolean empty) {
                super.updateItem(r, empty);
                ReviewClock clock = empty || r == null || !r.status().open() ? null : r.nextClock();
                setText(clock == null ? null : clock.describe(model.today()));
                setTooltip(clock == null ? null : new javafx.scene.control.Tooltip(clock.label() + " " + clock.dueOn()));
                setStyle(clock == null ? "" : lightStyle(clock.light(model.today())));
            }
        });
        table.getColumns().add(next);
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.when(model.loaded)
                .then("No case reviews match. Record a referral on the right.").otherwise("Loading case reviews…"));
        table.setPlaceholder(none);
        Tables.selectionFollows(table, model.selected);
    }

    private static TableColumn<CaseReview, String> column(String title, double width, java.util.function.Function<CaseReview, String> value) {
        return Tables.textColumn(title, width, value);
    }

    static String lightStyle(TrafficLight light) {
        return switch (light) {
            case GREEN, MET -> "-fx-background-color: #d7f0dd;";
            case AMBER -> "-fx-background-color: #fde9c2;";
            case RED, MISSED -> "-fx-background-color: #f8d0d0; -fx-font-weight: bold;";
        };
    }

    private Node newReferralForm() {
        ComboBox<ReviewKind> kind = Fields.choice("new-kind", ReviewKind.values(), null);
        kind.valueProperty().bindBidirectional(model.newKind);
        TextField title = field("new-title", model.newTitle);
        TextField reference = field("new-reference", model.newReference);
        reference.setPromptText(CaseReference.NEVER_A_NAME);
        Label warning = new Label();
        warning.setId("new-reference-warning");
        warning.getStyleClass().add("text-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.referenceWarning);
        DatePicker received = org.hubdesk.ui.common.DatePickers.iso("new-received", model.newReceived, "Date received");
        TextField by = field("new-referred-by", model.newReferredBy);
        TextField agencies = field("new-agencies", model.newAgencies);
        Button record = new Button("Record referral");
        record.setId("record-referral");
        record.setDefaultButton(false);
        record.setOnAction(e -> model.recordReferral());
        GridPane grid = Controls.sectionGrid();
        int row = 0;
        grid.addRow(row++, new Label("Kind:"), kind);
        grid.addRow(row++, new Label("Title:"), title);
        grid.addRow(row++, new Label("Case reference:"), reference);
        grid.add(warning, 1, row++);
        grid.addRow(row++, new Label("Date received:"), received);
        grid.addRow(row++, new Label("Referred by:"), by);
        grid.addRow(row++, new Label("Agencies involved:"), agencies);
        grid.add(record, 1, row);
        TitledPane pane = new TitledPane("New referral or review", grid);
        pane.setId("new-referral");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private void showDetail(CaseReviewService.Detail d) {
        detail.getChildren().clear();
        Label message = new Label();
        message.setId("review-message");
        message.setWrapText(true);
        message.getStyleClass().add("text-danger");
        message.textProperty().bind(model.message);
        if (d == null) {
            detail.getChildren().add(message);
            return;
        }
        CaseReview r = d.review();
        Label title = new Label(r.kind().label() + " " + r.id() + ": " + r.title());
        title.setId("review-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        GridPane facts = Controls.sectionGrid();
        int row = 0;
        row = fact(facts, row, "Status", r.status().label());
        row = fact(facts, row, "Received", r.received().toString());
        row = fact(facts, row, "Case reference", r.caseReference());
        row = fact(facts, row, "Referred by", r.referredBy());
        row = fact(facts, row, "Agencies involved", r.agencies());
        row = fact(facts, row, "Led by", r.ledBy());
        if (r.panelDecision() != null) {
            row = fact(facts, row, "Virtual Panel", r.panelDecision().decidedOn() + ": "
                    + (r.panelDecision().rapidReview() ? "rapid review. " : "no rapid review. ") + r.panelDecision().reason());
        }
        if (r.lcspr() != null) {
            fact(facts, row, "LCSPR", "commissioned " + r.lcspr().commissionedOn() + (r.lcspr().reviewer() == null ? "" : ", " + r.lcspr().reviewer())
                    + (r.lcspr().publishedOn() == null ? "" : ", published " + r.lcspr().publishedOn()));
        }
        detail.getChildren().addAll(title, detailActions, facts, clocks(r), message);
        if (r.kind() == ReviewKind.RAPID_REVIEW && r.status() == ReviewStatus.REFERRED) {
            detail.getChildren().add(panelForm());
        }
        // After the rapid review (its report sent), the partners decide; a decision once made stays on show.
        boolean decisionDue = r.status() == ReviewStatus.AWAITING_DECISION || r.lcsprDecision() != null;
        if (decisionDue) {
            detail.getChildren().add(lcsprForm(r));
        }
        detail.getChildren().addAll(ReviewFollowUpPane.build(model.followUp, d, model.today()));
    }

    private static int fact(GridPane grid, int row, String label, String value) {
        if (value == null) {
            return row;
        }
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, new Label(label + ":"), v);
        return row + 1;
    }

    private Node clocks(CaseReview r) {
        VBox box = new VBox(6);
        if (r.clocks().isEmpty()) {
            return box;
        }
        Label heading = new Label("Statutory clocks (working days exclude weekends and bank holidays; day 1 is the day after receipt)");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        GridPane grid = Controls.sectionGrid();
        int row = 0;
        for (ReviewClock c : r.clocks()) {
            TrafficLight light = c.light(model.today());
            Label lamp = new Label(light.label());
            lamp.setId("clock-" + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            lamp.setStyle(lightStyle(light) + " -fx-padding: 2 8 2 8;");
            grid.addRow(row++, new Label(c.label() + ": " + c.dueOn()), lamp, new Label(c.describe(model.today())));
        }
        Button notified = new Button("National Panel notified today");
        notified.setId("panel-notified");
        notified.setOnAction(e -> model.recordPanelNotified());
        notified.setDisable(r.panelNotifiedOn() != null || r.clocks().stream().noneMatch(c -> c.label().startsWith("National")));
        Button sent = new Button(r.kind() == ReviewKind.SINGLE_AGENCY ? "Review completed today" : "Rapid review report sent today");
        sent.setId("report-sent");
        sent.setOnAction(e -> model.recordReportSent());
        sent.setDisable(r.reportSentOn() != null || r.status() == ReviewStatus.REFERRED || !r.status().open());
        box.getChildren().addAll(heading, grid, new HBox(8, notified, sent));
        return box;
    }

    private Node panelForm() {
        CheckBox rapid = new CheckBox("Hold a rapid review (a child has died or been seriously harmed, and abuse or neglect is known or suspected)");
        rapid.setId("panel-rapid-review");
        rapid.setWrapText(true);
        rapid.selectedProperty().bindBidirectional(model.panelRapidReview);
        TextField reason = field("panel-reason", model.panelReason);
        DatePicker on = org.hubdesk.ui.common.DatePickers.iso("panel-decided-on", model.panelDecidedOn, "Panel decided on");
        Button record = new Button("Record panel decision");
        record.setId("record-panel-decision");
        record.setOnAction(e -> model.recordPanelDecision());
        GridPane grid = Controls.sectionGrid();
        grid.add(rapid, 0, 0, 2, 1);
        grid.addRow(1, new Label("Reason:"), reason);
        grid.addRow(2, new Label("Decided on:"), on);
        grid.add(record, 1, 3);
        TitledPane pane = new TitledPane("Virtual Panel decision (the three statutory partners)", grid);
        pane.setId("panel-form");
        return pane;
    }

    private Node lcsprForm(CaseReview r) {
        VBox box = new VBox(6);
        Label intro = new Label("Following a Rapid Review, an LCSPR may be appropriate where the case:");
        intro.setWrapText(true);
        box.getChildren().add(intro);
        for (LcsprCriterion c : LcsprCriterion.values()) {
            CheckBox met = new CheckBox(c.text());
            met.setId("criterion-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            met.setWrapText(true);
            met.selectedProperty().bindBidirectional(model.criterionMetProperty(c));
            TextField note = field("note-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), model.criterionNoteProperty(c));
            note.setPromptText("Note");
            box.getChildren().add(new VBox(2, met, note));
        }
        ComboBox<ReviewOutcome> outcome = Fields.choice("lcspr-outcome", ReviewOutcome.values(), null);
        outcome.setPromptText("Outcome");
        outcome.valueProperty().bindBidirectional(model.outcome);
        DatePicker on = org.hubdesk.ui.common.DatePickers.iso("lcspr-decided-on", model.decidedOn, "LCSPR decided on");
        Button record = new Button("Record LCSPR decision");
        record.setId("record-lcspr-decision");
        record.setOnAction(e -> model.recordLcsprDecision());
        record.setDisable(r.lcsprDecision() != null);
        box.getChildren().add(new HBox(8, new Label("Outcome:"), outcome, new Label("Decided on:"), on, record));
        if (r.lcsprDecision() != null) {
            TextArea record2 = new TextArea(String.join("\n", r.lcsprDecision().recordLines(r.title(), r.caseReference())));
            record2.setId("decision-record");
            record2.setEditable(false);
            record2.setWrapText(true);
            record2.setPrefRowCount(12);
            String warning = r.lcsprDecision().consistencyWarning();
            box.getChildren().addAll(new Label("Decision record (export it from Reports, \"LCSPR decision record\")"), record2);
            if (warning != null) {
                Label w = new Label(warning);
                w.getStyleClass().add("text-warning");
                box.getChildren().add(w);
            }
        }
        TitledPane pane = new TitledPane("LCSPR decision (seed 002 section 5)", box);
        pane.setId("lcspr-form");
        return pane;
    }
}
