package org.hubdesk.ui.learning;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationMethods;
import org.hubdesk.domain.learning.DisseminationPlan;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.service.learning.LearningReports;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.FileChoosers;
import org.hubdesk.ui.common.Fields;

/**
 * The chosen learning record, round the loop: key messages and audiences; the dissemination
 * plan's four audience rows and its methods (seed 004 Appendix C); the 7-minute briefing, editable
 * before export; and the impact review, planned then recorded.
 */
final class TrackerDetailPane {
    private final TrackerViewModel model;
    private final Supplier<Window> owner;
    private final VBox root = new VBox(10);
    private final Label heading = new Label();
    private final VBox methods = new VBox(4);

    TrackerDetailPane(TrackerViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        heading.setId("tracker-heading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.setMinWidth(0);
        Label message = new Label();
        message.setId("tracker-message");
        message.setWrapText(true);
        message.getStyleClass().add("text-danger");
        message.textProperty().bind(model.message);
        VBox sections = new VBox(10, messages(), plan(), briefing(), impact());
        root.getChildren().addAll(heading, message, sections);
        sections.visibleProperty().bind(model.selected.isNotNull());
        sections.managedProperty().bind(sections.visibleProperty());
        model.selected.addListener((o, a, l) -> showHeading(l));
        model.plan.addListener((o, a, p) -> showMethods(p));
        showHeading(null);
    }

    Node node() {
        return root;
    }

    private void showHeading(TrackerLine l) {
        heading.setText(l == null ? "Choose a learning record on the left."
                : "Learning " + l.record().id() + ": " + l.record().activity() + " · " + l.stage().label()
                + (l.isOverdue() ? " · overdue: " + l.overdue() : ""));
    }

    /** A section's grid whose fields take the width the labels leave. */
    private static GridPane grid() {
        GridPane g = Controls.sectionGrid();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().add(fields);
        return g;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, String name, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setAccessibleText(name);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String name) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(name);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static DatePicker date(String id, javafx.beans.property.ObjectProperty<LocalDate> value, String name) {
        return org.hubdesk.ui.common.DatePickers.iso(id, value, name);
    }

    private Node messages() {
        GridPane g = grid();
        g.addRow(0, new Label("Key messages:"), area("key-messages", model.keyMessages, "Multi-agency learning – key messages", 4));
        g.addRow(1, new Label("Target audiences:"), field("target-audiences", model.audiences, "Target audiences"));
        g.addRow(2, new Label("Agreed on:"), date("messages-agreed-on", model.agreedOn, "Key messages agreed on"));
        g.add(Controls.rowButton("save-messages", "Agree key messages", model::saveMessages), 1, 3);
        return Controls.section("tracker-messages", "Multi-agency learning – key messages", g);
    }

    private Node plan() {
        VBox box = new VBox(8);
        for (Audience a : Audience.values()) {
            String key = a.name().toLowerCase(java.util.Locale.ROOT);
            GridPane g = grid();
            g.addRow(0, new Label("Purpose of key messages:"), field("purpose-" + key, model.purpose.get(a), a.shortLabel() + " purpose"));
            g.addRow(1, new Label("Measures of success:"), field("measures-" + key, model.measures.get(a), a.shortLabel() + " measures of success"));
            g.add(Controls.rowButton("save-row-" + key, "Save row", () -> model.saveRow(a)), 1, 2);
            Label title = new Label(a.label());
            title.getStyleClass().add("title-4");
            title.setWrapText(true);
            box.getChildren().addAll(title, g);
        }
        Label methodsTitle = new Label("Communication methods");
        methodsTitle.getStyleClass().add("title-4");
        ComboBox<Audience> audience = Fields.choice("method-audience", Audience.values(), null);
        audience.setAccessibleText("Audience of the method");
        audience.valueProperty().bindBidirectional(model.methodAudience);
        ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(DisseminationMethods.SUGGESTED));
        method.setId("method-name");
        method.setEditable(true);
        method.setAccessibleText("Communication method");
        method.getEditor().textProperty().bindBidirectional(model.method);
        GridPane add = grid();
        add.addRow(0, new Label("Audience:"), audience);
        add.addRow(1, new Label("Method:"), method);
        add.addRow(2, new Label("Owner:"), field("method-owner", model.methodOwner, "Method owner"));
        add.addRow(3, new Label("By:"), date("method-due", model.methodDue, "Method due on"));
        add.add(Controls.rowButton("add-method", "Add method", model::addMethod), 1, 4);
        HBox export = new HBox(8, Controls.rowButton("export-plan", "Export dissemination plan…", () -> export(LearningReports.DISSEMINATION,
                "dissemination-plan")));
        box.getChildren().addAll(methodsTitle, methods, add, export);
        return Controls.section("tracker-plan", "Learning dissemination action plan", box);
    }

    private void showMethods(DisseminationPlan p) {
        methods.getChildren().clear();
        if (p == null || p.actions().isEmpty()) {
            methods.getChildren().add(new Label("No methods yet: add how each audience will hear the key messages."));
            return;
        }
        LocalDate today = model.today();
        for (DisseminationAction a : p.actions()) {
            CheckBox done = new CheckBox(a.audience().shortLabel() + ": " + a.method() + (a.owner() == null ? "" : " – " + a.owner())
                    + (a.dueOn() == null ? "" : ", by " + a.dueOn()) + (!a.done() && a.overdue(today) ? " (overdue)" : ""));
            done.setId("method-done-" + a.id());
            done.setWrapText(true);
            done.setSelected(a.done());
            done.setOnAction(e -> model.setMethodDone(a, done.isSelected()));
            methods.getChildren().add(done);
        }
    }

    private Node briefing() {
        VBox box = new VBox(6);
        for (int i = 0; i < SevenMinuteBriefing.HEADINGS.size(); i++) {
            Label h = new Label(SevenMinuteBriefing.HEADINGS.get(i));
            h.getStyleClass().add("title-4");
            box.getChildren().addAll(h, area("briefing-part-" + (i + 1), model.briefing.get(i), SevenMinuteBriefing.HEADINGS.get(i), 3));
        }
        box.getChildren().add(new HBox(8, Controls.rowButton("save-briefing", "Save briefing", model::saveBriefing),
                Controls.rowButton("export-briefing", "Export briefing…", () -> export(LearningReports.BRIEFING, "seven-minute-briefing"))));
        TitledPane p = Controls.section("tracker-briefing", "7-minute briefing (edit before export)", box);
        p.setExpanded(false);
        return p;
    }

    private Node impact() {
        VBox measures = new VBox(4);
        for (ImpactMeasure m : ImpactMeasure.values()) {
            CheckBox c = new CheckBox(m.label());
            c.setId("measure-" + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            c.setWrapText(true);
            c.selectedProperty().bindBidirectional(model.impactMeasures.get(m));
            measures.getChildren().add(c);
        }
        GridPane g = grid();
        g.addRow(0, new Label("How:"), field("impact-how", model.impactHow, "How impact will be measured"));
        g.addRow(1, new Label("Review due:"), date("impact-due", model.impactDue, "Impact review due on"));
        g.add(Controls.rowButton("plan-impact", "Plan impact review", model::planImpactReview), 1, 2);
        g.addRow(3, new Label("Outcome:"), area("impact-outcome", model.outcome, "Impact review outcome", 3));
        g.addRow(4, new Label("Reviewed on:"), date("impact-reviewed-on", model.reviewedOn, "Impact reviewed on"));
        g.add(Controls.rowButton("record-outcome", "Record impact review", model::recordOutcome), 1, 5);
        return Controls.section("tracker-impact", "Impact review", new VBox(8, measures, g));
    }

    private void export(String reportId, String name) {
        TrackerLine l = model.selected.get();
        Window window = owner.get();
        if (l == null || window == null) {
            return;
        }
        File file = FileChoosers.save(window, null, name + "-learning-" + l.record().id() + ".docx",
                FileChoosers.filter("Word document (.docx)", "*.docx"), FileChoosers.filter("PDF document (.pdf)", "*.pdf"));
        if (file != null) {
            model.export(reportId, file.toPath());
        }
    }
}
