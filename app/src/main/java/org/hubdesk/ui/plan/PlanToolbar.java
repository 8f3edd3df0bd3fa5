package org.hubdesk.ui.plan;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.FileChoosers;

/**
 * The top of the editor: the plan chooser, New plan…, Export…, undo and redo, Find and the save
 * status, the message line, and the banner shown while an old version is open read-only.
 */
final class PlanToolbar {
    private final DeliveryPlanViewModel model;
    private final TextField find;
    private final Label message;
    private final Consumer<DeliveryPlan.FindHit> reveal;
    private final Runnable showFind;
    private final Consumer<Runnable> attempt;
    private boolean updating;

    PlanToolbar(DeliveryPlanViewModel model, TextField find, Label message, Consumer<DeliveryPlan.FindHit> reveal, Runnable showFind,
                Consumer<Runnable> attempt) {
        this.model = model;
        this.find = find;
        this.message = message;
        this.reveal = reveal;
        this.showFind = showFind;
        this.attempt = attempt;
    }

    Node toolbar() {
        ComboBox<PlanSummary> plans = new ComboBox<>(model.plans);
        plans.setId("plan-choice");
        plans.setPrefWidth(320);
        plans.setPromptText("Delivery plans");
        plans.valueProperty().addListener((o, a, p) -> {
            if (p != null && !updating) {
                model.openPlan(p.id());
            }
        });
        model.plan.addListener((o, a, p) -> selectPlanIn(plans, p));
        model.plans.addListener((javafx.collections.ListChangeListener<PlanSummary>) c -> selectPlanIn(plans, model.plan.get()));
        Button newPlan = Controls.button("New plan…", "new-plan", "A delivery plan for a new priority", () -> PlanDialogs.newPlan(model));
        Button export = Controls.button("Export…", "export-plan", "Save the plan as Word (.docx) or PDF, laid out as Appendix 2", this::export);
        export.disableProperty().bind(model.plan.isNull().or(model.readOnly));
        Button undo = new Button();
        undo.textProperty().bind(model.undo().undoName);
        undo.disableProperty().bind(model.undo().canUndo.not());
        undo.setOnAction(e -> model.undo().undo());
        undo.setId("plan-undo");
        Button redo = new Button();
        redo.textProperty().bind(model.undo().redoName);
        redo.disableProperty().bind(model.undo().canRedo.not());
        redo.setOnAction(e -> model.undo().redo());
        redo.setId("plan-redo");
        find.setId("plan-find");
        find.setPromptText("Find in plan (Ctrl+F)");
        find.setPrefColumnCount(16);
        find.textProperty().addListener((o, a, q) -> {
            model.find(q);
            if (q != null && !q.isBlank()) {
                showFind.run();
            }
        });
        find.setOnAction(e -> {
            if (!model.findHits.isEmpty()) {
                reveal.accept(model.findHits.get(0));
            }
        });
        Label status = new Label();
        status.setId("plan-status");
        status.textProperty().bind(model.status);
        status.getStyleClass().add("evidence-meta");
        message.setId("plan-message");
        message.getStyleClass().add("plan-message");
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(new Label("Plan:"), plans, newPlan, export, new Separator(), undo, redo, new Separator(), find, spacer, status);
        VBox top = new VBox(bar, message);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return top;
    }

    private void export() {
        java.io.File file = FileChoosers.save(model.context.owner().get(), "Export the delivery plan", "delivery-plan.docx",
                FileChoosers.filter("Word document", "*.docx"), FileChoosers.filter("PDF", "*.pdf"));
        if (file != null) {
            attempt.accept(() -> model.export(file.toPath()));
        }
    }

    private void selectPlanIn(ComboBox<PlanSummary> plans, DeliveryPlan p) {
        updating = true;
        try {
            plans.setValue(p == null ? null : model.plans.stream().filter(s -> s.id() == p.id()).findFirst().orElse(null));
        } finally {
            updating = false;
        }
    }

    Node readOnlyBanner() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            PlanVersion v = model.viewing.get();
            return v == null ? "" : "Viewing the version '" + v.name() + "' kept " + PlanSidePanel.TAKEN.format(v.takenAt())
                    + ". It is read-only: versions never change.";
        }, model.viewing));
        Button back = Controls.button("Back to the current plan", "back-to-current", null, model::backToCurrent);
        HBox banner = new HBox(12, text, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("read-only-banner");
        banner.setId("read-only-banner");
        banner.visibleProperty().bind(model.readOnly);
        banner.managedProperty().bind(model.readOnly);
        return banner;
    }
}
