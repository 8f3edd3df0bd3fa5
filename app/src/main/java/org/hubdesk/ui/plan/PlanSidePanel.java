package org.hubdesk.ui.plan;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.Lists;

/** The editor's side panel: the completeness checklist, the find results and the versions kept (open, compare). */
final class PlanSidePanel {
    static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeliveryPlanViewModel model;
    private final Consumer<DeliveryPlanSection> goTo;
    private final Consumer<DeliveryPlan.FindHit> reveal;
    private final TabPane side = new TabPane();
    private Tab findTab;

    PlanSidePanel(DeliveryPlanViewModel model, Consumer<DeliveryPlanSection> goTo, Consumer<DeliveryPlan.FindHit> reveal) {
        this.model = model;
        this.goTo = goTo;
        this.reveal = reveal;
        build();
    }

    Node node() {
        return side;
    }

    /** Brings the find results to the front. */
    void showFind() {
        side.getSelectionModel().select(findTab);
    }

    private Node build() {
        side.setPrefWidth(290);
        side.setMinWidth(250);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Twelve short lines: a plain column of wrapping labels reads better than a list's fixed-height cells.
        VBox checklist = new VBox(6);
        checklist.setId("plan-checklist");
        checklist.setPadding(new Insets(4));
        Runnable fillChecklist = () -> {
            checklist.getChildren().clear();
            for (DeliveryPlan.ChecklistItem item : model.checklist) {
                String title = item.section().title().replaceFirst("^Evidence from (.)", "Evidence: $1");
                Label line = new Label((item.filled() ? "✓  " : "○  ") + title
                        + (item.filled() ? " (" + item.entries() + ")" : " — empty"));
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                line.setStyle(item.filled() ? "-fx-cursor: hand;" : "-fx-text-fill: #9a6700; -fx-cursor: hand;");
                line.setTooltip(new Tooltip("Go to: " + item.section().title()));
                line.setOnMouseClicked(e -> goTo.accept(item.section()));
                checklist.getChildren().add(line);
            }
        };
        model.checklist.addListener((javafx.collections.ListChangeListener<DeliveryPlan.ChecklistItem>) c -> fillChecklist.run());
        ScrollPane checklistScroll = new ScrollPane(checklist);
        checklistScroll.setFitToWidth(true);
        Label checklistHelp = new Label("Empty sections are the first answer to 'Is there any evidence missing?'");
        checklistHelp.setWrapText(true);
        checklistHelp.getStyleClass().add("evidence-meta");
        VBox checklistBox = new VBox(6, checklistHelp, checklistScroll);
        VBox.setVgrow(checklistScroll, Priority.ALWAYS);
        checklistBox.setPadding(new Insets(6));

        ListView<DeliveryPlan.FindHit> hits = new ListView<>(model.findHits);
        hits.setId("find-results");
        hits.setPlaceholder(new Label("Type in Find (Ctrl+F)"));
        Lists.wrappingTextCells(hits, hit -> DeliveryPlanViewModel.shortTitle(hit.section()) + "\n" + hit.excerpt());
        hits.setOnMouseClicked(e -> {
            var hit = hits.getSelectionModel().getSelectedItem();
            if (hit != null) {
                reveal.accept(hit);
            }
        });
        VBox findBox = new VBox(hits);
        VBox.setVgrow(hits, Priority.ALWAYS);
        findBox.setPadding(new Insets(6));

        side.getTabs().addAll(new Tab("Checklist", checklistBox), findTab = new Tab("Find", findBox), versionsTab());
        return side;
    }

    private Tab versionsTab() {
        ListView<PlanVersion.Summary> versions = new ListView<>(model.versions);
        versions.setId("plan-versions");
        versions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Lists.textCells(versions, s -> s.name() + "\n" + TAKEN.format(s.takenAt()));
        versions.setPlaceholder(new Label("No versions kept yet"));
        Button keep = Controls.button("Keep a version…", "keep-version",
                "Keep the plan as it is now, e.g. as 'First phase knowledge' (month 1)", () -> PlanDialogs.snapshot(model));
        keep.disableProperty().bind(model.readOnly.or(model.plan.isNull()));
        var noneSelected = Bindings.isEmpty(versions.getSelectionModel().getSelectedItems());
        Button open = Controls.button("Open read-only", "open-version", "Show the selected version in the editor, read-only",
                () -> model.openVersion(versions.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        Button withNow = Controls.button("Compare with now", "compare-now", "What changed since the selected version",
                () -> model.compare(versions.getSelectionModel().getSelectedItem(), null));
        withNow.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        Button two = Controls.button("Compare the two selected", "compare-two", "Select two versions (Ctrl+click)", () -> {
            var sel = List.copyOf(versions.getSelectionModel().getSelectedItems());
            model.compare(sel.get(0), sel.get(1));
        });
        two.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        noneSelected.get();
        for (Button b : List.of(keep, open, withNow, two)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(6, versions, keep, open, withNow, two);
        VBox.setVgrow(versions, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return new Tab("Versions", box);
    }
}
