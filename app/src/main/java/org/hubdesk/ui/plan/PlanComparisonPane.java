package org.hubdesk.ui.plan;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.ui.common.Controls;

/** What changed between two versions of a plan (or a version and now), section by section, drawn over the editor. */
final class PlanComparisonPane {
    private PlanComparisonPane() {
    }

    /** The comparison as a scrolling list of changed sections; Close comparison runs {@code onClose}. */
    static Node of(PlanComparison c, Runnable onClose) {
        VBox list = new VBox(8);
        list.setPadding(new Insets(10));
        Label heading = new Label("Changes from '" + c.olderName() + "' to '" + c.newerName() + "': "
                + c.count(PlanComparison.ChangeKind.ADDED) + " added, " + c.count(PlanComparison.ChangeKind.CHANGED) + " changed, "
                + c.count(PlanComparison.ChangeKind.REMOVED) + " removed");
        heading.setId("comparison-heading");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        Button close = Controls.button("Close comparison", "close-comparison", null, onClose);
        list.getChildren().add(new HBox(12, heading, close));
        if (c.identical()) {
            list.getChildren().add(new Label("No differences."));
        }
        List<String> unchanged = c.sections().stream().filter(s -> s.changes().isEmpty())
                .map(s -> s.section().title()).toList();
        if (!c.identical() && !unchanged.isEmpty()) {
            Label same = new Label("No changes in: " + String.join("; ", unchanged));
            same.setWrapText(true);
            same.getStyleClass().add("evidence-meta");
            list.getChildren().add(same);
        }
        for (PlanComparison.SectionChanges s : c.changedSections()) {
            Label title = new Label(s.section().title());
            title.getStyleClass().add("plan-cell-title");
            title.setWrapText(true);
            VBox section = new VBox(4, title);
            section.getStyleClass().add("plan-cell");
            for (PlanComparison.Change ch : s.changes()) {
                String kind = ch.kind().name().toLowerCase(java.util.Locale.ROOT);
                String text = switch (ch.kind()) {
                    case ADDED -> "Added " + ch.what().toLowerCase(java.util.Locale.ROOT) + ": " + ch.after();
                    case REMOVED -> "Removed " + ch.what().toLowerCase(java.util.Locale.ROOT) + ": " + ch.before();
                    case CHANGED -> "Changed " + ch.what().toLowerCase(java.util.Locale.ROOT) + ":\n  was: " + ch.before() + "\n  now: " + ch.after();
                };
                Label line = new Label(text);
                line.setWrapText(true);
                line.setMaxWidth(Double.MAX_VALUE);
                line.getStyleClass().addAll("change-" + kind, "comparison-change");
                if (ch.kind() == PlanComparison.ChangeKind.REMOVED) {
                    line.setStyle("-fx-strikethrough: true;");
                }
                section.getChildren().add(line);
            }
            list.getChildren().add(section);
        }
        ScrollPane pane = new ScrollPane(list);
        pane.setFitToWidth(true);
        pane.setId("comparison");
        pane.setStyle("-fx-background-color: white;");
        return pane;
    }
}
