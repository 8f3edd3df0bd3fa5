package org.hubdesk.ui.hub;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.hubdesk.domain.hub.Conflict;
import org.hubdesk.domain.hub.TimelineLayout;

/** The strip under the timeline: the colour legend, the conflicts, the plan warning and the status line. */
final class TimelineStatusPane {
    private final TimelineViewModel model;
    private final VBox conflictBox = new VBox(2);

    TimelineStatusPane(TimelineViewModel model) {
        this.model = model;
    }

    Node node() {
        conflictBox.setId("conflicts");
        ScrollPane conflictScroll = new ScrollPane(conflictBox);
        conflictScroll.setFitToWidth(true);
        conflictScroll.setPrefViewportHeight(54);
        conflictScroll.setMaxHeight(80);
        Label status = new Label();
        status.setId("timeline-status");
        status.textProperty().bind(model.status);
        Label planWarning = new Label();
        planWarning.setId("plan-warning");
        planWarning.setStyle("-fx-text-fill: #8A5A00;");
        planWarning.textProperty().bind(model.planWarning);
        planWarning.visibleProperty().bind(model.planWarning.isNotEmpty());
        planWarning.managedProperty().bind(planWarning.visibleProperty());
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(14, 2);
        legend.setId("timeline-legend");
        for (org.hubdesk.domain.hub.PhaseKind kind : org.hubdesk.domain.hub.PhaseKind.values()) {
            Rectangle chip = new Rectangle(14, 10, Color.rgb((kind.rgb() >> 16) & 0xFF, (kind.rgb() >> 8) & 0xFF, kind.rgb() & 0xFF));
            chip.setArcWidth(4);
            chip.setArcHeight(4);
            Label item = new Label(kind.label(), chip);
            item.setStyle("-fx-font-size: 0.79em;");
            legend.getChildren().add(item);
        }
        int rgb = TimelineLayout.MARKER_RGB;
        javafx.scene.shape.Polygon pennant = new javafx.scene.shape.Polygon(0, 0, 12, 0, 6, 9);
        pennant.setFill(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        Label meetings = new Label(TimelineLayout.MARKER_LEGEND, pennant);
        meetings.setStyle("-fx-font-size: 0.79em;");
        legend.getChildren().add(meetings);
        VBox box = new VBox(4, legend, conflictScroll, planWarning, status);
        box.setPadding(new Insets(4, 8, 6, 8));
        return box;
    }

    void showConflicts() {
        List<Node> lines = new ArrayList<>();
        for (Conflict c : model.conflicts) {
            Label line = new Label("⚠ " + c.message());
            line.getStyleClass().add("conflict");
            line.setStyle("-fx-text-fill: #8A4B00;");
            line.setWrapText(true);
            lines.add(line);
        }
        if (lines.isEmpty()) {
            lines.add(new Label("No conflicts: no two cycles share a phase in any month, every cycle has a lead."));
        }
        conflictBox.getChildren().setAll(lines);
    }
}
