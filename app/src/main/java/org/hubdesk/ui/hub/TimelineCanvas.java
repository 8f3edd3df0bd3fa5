package org.hubdesk.ui.hub;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.TimelineLayout;

/**
 * The drawn timeline: the month header and the priority titles pinned while the grid scrolls,
 * meeting markers, the today line and one label per phase bar (dragged through {@link TimelineBarDrag}).
 */
final class TimelineCanvas {
    private final TimelineViewModel model;
    private final Pane canvas = new Pane();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Map<Long, List<Label>> barsByCycle = new LinkedHashMap<>();
    private final TimelineBarDrag drag;
    private Pane pinned;
    private Pane header;
    private Rectangle corner;

    TimelineCanvas(TimelineViewModel model) {
        this.model = model;
        this.drag = new TimelineBarDrag(model, this);
        canvas.setId("timeline-canvas");
        canvas.setStyle("-fx-background-color: white;");
        scroll.setId("timeline-scroll");
        scroll.setPannable(false);
        scroll.hvalueProperty().addListener((o, a, b) -> pin());
        scroll.vvalueProperty().addListener((o, a, b) -> pin());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> pin());
    }

    ScrollPane node() {
        return scroll;
    }

    /** Draws the current layout again (after a selection or a drag that changed nothing). */
    void redraw() {
        draw(model.layout.get());
    }

    List<Label> barsOf(long cycleId) {
        return barsByCycle.getOrDefault(cycleId, List.of());
    }

    void requestFocus() {
        canvas.requestFocus();
    }

    void fitYear() {
        PartnershipYear year = model.monthViewYear.get();
        TimelineLayout layout = model.layout.get();
        if (year == null || layout == null) {
            return;
        }
        double viewport = Math.max(400, scroll.getViewportBounds().getWidth());
        model.monthWidth.set(clamp((viewport - layout.metrics().labelWidth() - 16) / 12));
        scrollTo(year.firstMonth());
    }

    void fitAll() {
        TimelineLayout layout = model.layout.get();
        if (layout == null) {
            return;
        }
        double viewport = Math.max(400, scroll.getViewportBounds().getWidth());
        model.monthWidth.set(clamp((viewport - layout.metrics().labelWidth() - 16) / layout.months().size()));
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    static double clamp(double w) {
        return Math.max(TimelineViewModel.MIN_MONTH_WIDTH, Math.min(TimelineViewModel.MAX_MONTH_WIDTH, w));
    }

    /** Brings a month into view, and the first priority with work in or after it (older rows sit above). */
    void scrollTo(YearMonth month) {
        TimelineLayout layout = model.layout.get();
        if (layout == null) {
            return;
        }
        double x = layout.months().stream().filter(c -> c.month().equals(month)).findFirst()
                .map(TimelineLayout.MonthColumn::x).orElse(0.0) - layout.metrics().labelWidth();
        scroll.layout();
        double room = layout.width() - scroll.getViewportBounds().getWidth();
        scroll.setHvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, x / room)));
        double y = layout.bars().stream().filter(b -> !b.lastMonth().isBefore(month))
                .mapToDouble(TimelineLayout.Bar::y).min().orElse(0) - layout.gridTop() - layout.metrics().rowHeight();
        double roomY = layout.height() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(roomY <= 0 ? 0 : Math.max(0, Math.min(1, y / roomY)));
    }

    // ---- the timeline itself

    void draw(TimelineLayout layout) {
        barsByCycle.clear();
        if (layout == null) {
            canvas.getChildren().clear();
            return;
        }
        TimelineLayout.Metrics m = layout.metrics();
        List<Node> nodes = new ArrayList<>();
        double top = layout.gridTop();
        double bottom = layout.gridBottom();
        // The month header stays in view while the rows scroll under it.
        Pane header = new Pane();
        header.setId("timeline-months");
        Rectangle headerBackground = new Rectangle(0, 0, layout.width(), top);
        headerBackground.setFill(Color.WHITE);
        header.getChildren().add(headerBackground);
        for (TimelineLayout.YearBand year : layout.years()) {
            Rectangle band = new Rectangle(year.x(), 0, year.width(), m.bandHeight());
            band.setFill(Color.web("#F2F4F7"));
            Label label = new Label(year.label());
            label.setStyle("-fx-font-weight: bold;");
            label.relocate(year.x() + 6, 3);
            header.getChildren().addAll(band, label);
        }
        for (TimelineLayout.MonthColumn month : layout.months()) {
            Rectangle column = new Rectangle(month.x(), top, month.width(), bottom - top);
            column.setFill(month.month().getMonthValue() % 2 == 0 ? Color.web("#FAFBFC") : Color.WHITE);
            Line rule = new Line(month.x(), top, month.x(), bottom);
            rule.setStroke(Color.web("#D5D9DE"));
            rule.setStrokeWidth(month.month().getMonthValue() == 1 ? 1.5 : 0.6);
            nodes.add(column);
            nodes.add(rule);
            Line headerRule = new Line(month.x(), 0, month.x(), top);
            headerRule.setStroke(Color.web("#D5D9DE"));
            headerRule.setStrokeWidth(month.month().getMonthValue() == 1 ? 1.5 : 0.6);
            header.getChildren().add(headerRule);
            if (month.width() >= 12) {
                Label label = new Label(month.label());
                label.setStyle("-fx-text-fill: #52606D; -fx-font-size: 0.79em;");
                label.setMinWidth(month.width());
                label.setAlignment(Pos.CENTER);
                label.relocate(month.x(), m.bandHeight() + 3);
                header.getChildren().add(label);
            }
        }
        Line headerBottom = new Line(0, top, layout.width(), top);
        headerBottom.setStroke(Color.web("#B8BEC6"));
        header.getChildren().add(headerBottom);
        // The priority titles stay in view while the months scroll under them.
        Pane pinned = new Pane();
        pinned.setId("timeline-priorities");
        Rectangle labelBackground = new Rectangle(0, 0, m.labelWidth(), bottom);
        labelBackground.setFill(Color.WHITE);
        Line edge = new Line(m.labelWidth(), 0, m.labelWidth(), bottom);
        edge.setStroke(Color.web("#B8BEC6"));
        pinned.getChildren().addAll(labelBackground, edge);
        for (TimelineLayout.Row row : layout.rows()) {
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.setMaxWidth(m.labelWidth() - 16);
            label.setMaxHeight(row.height() - 4);
            label.setPrefWidth(m.labelWidth() - 16);
            label.relocate(8, row.y() + 2);
            label.setMinHeight(row.height() - 4);
            label.setAlignment(Pos.CENTER_LEFT);
            label.setTooltip(new Tooltip(row.label()));
            Line rule = new Line(0, row.y() + row.height(), layout.width(), row.y() + row.height());
            rule.setStroke(Color.web("#D5D9DE"));
            Line labelRule = new Line(0, row.y() + row.height(), m.labelWidth(), row.y() + row.height());
            labelRule.setStroke(Color.web("#D5D9DE"));
            nodes.add(rule);
            pinned.getChildren().addAll(label, labelRule);
        }
        this.pinned = pinned;
        // Hub meetings: a dashed line under the bars and a small triangle hanging from the grid's top edge (hover: which meeting).
        Color markerColour = Color.rgb((TimelineLayout.MARKER_RGB >> 16) & 0xFF, (TimelineLayout.MARKER_RGB >> 8) & 0xFF,
                TimelineLayout.MARKER_RGB & 0xFF);
        List<Node> pennants = new ArrayList<>();
        for (TimelineLayout.Marker marker : layout.markers()) {
            Line line = new Line(marker.x(), top, marker.x(), bottom);
            line.setStroke(markerColour.deriveColor(0, 1, 1, 0.55));
            line.getStrokeDashArray().setAll(3.0, 3.0);
            line.setMouseTransparent(true);
            nodes.add(line);
            javafx.scene.shape.Polygon pennant = new javafx.scene.shape.Polygon(
                    marker.x() - 5, top + 0.5, marker.x() + 5, top + 0.5, marker.x(), top + 7);
            pennant.setFill(markerColour);
            pennant.getStyleClass().add("meeting-marker");
            Tooltip.install(pennant, new Tooltip(marker.label() + " on " + marker.date()));
            pennants.add(pennant);
        }
        long selected = model.selectedPhaseId.get();
        for (TimelineLayout.Bar bar : layout.bars()) {
            Label node = barNode(bar, selected == bar.phaseId(), m.monthWidth());
            barsByCycle.computeIfAbsent(bar.cycleId(), k -> new ArrayList<>()).add(node);
            nodes.add(node);
        }
        if (layout.todayX() != null) {
            Line today = new Line(layout.todayX(), top, layout.todayX(), bottom);
            today.setId("today-line");
            today.setStroke(Color.web("#C62828"));
            today.setStrokeWidth(2);
            today.setMouseTransparent(true);
            Label label = new Label("Today");
            label.setStyle("-fx-text-fill: #C62828; -fx-font-size: 0.72em; -fx-font-weight: bold;");
            label.relocate(layout.todayX() + 3, 4);
            Line todayInHeader = new Line(layout.todayX(), 0, layout.todayX(), top);
            todayInHeader.setStroke(Color.web("#C62828"));
            todayInHeader.setStrokeWidth(2);
            nodes.add(today);
            header.getChildren().addAll(todayInHeader, label);
        }
        nodes.addAll(pennants);
        if (layout.bars().isEmpty()) {
            Label empty = new Label("No hub cycles yet. Plan a programme: one cycle per priority, staggered as in the terms of reference.");
            empty.relocate(m.labelWidth() + 8, top + 12);
            nodes.add(empty);
        }
        Rectangle corner = new Rectangle(0, 0, m.labelWidth(), top);
        corner.setFill(Color.WHITE);
        nodes.add(pinned);
        nodes.add(header);
        nodes.add(corner);
        this.header = header;
        this.corner = corner;
        canvas.getChildren().setAll(nodes);
        canvas.setPrefSize(layout.width(), layout.height());
        pin();
        canvas.setMinSize(layout.width(), layout.height());
    }

    private void pin() {
        if (pinned == null) {
            return;
        }
        double room = Math.max(0, canvas.getWidth() - scroll.getViewportBounds().getWidth());
        double roomY = Math.max(0, canvas.getHeight() - scroll.getViewportBounds().getHeight());
        double dx = scroll.getHvalue() * room;
        double dy = scroll.getVvalue() * roomY;
        pinned.setTranslateX(dx);
        header.setTranslateY(dy);
        corner.setTranslateX(dx);
        corner.setTranslateY(dy);
    }

    private Label barNode(TimelineLayout.Bar bar, boolean selected, double monthWidth) {
        // Full label, else the short one, else its initial: the legend below names the colours.
        String text = bar.width() > bar.label().length() * 6.6 + 12 ? bar.label()
                : bar.width() > bar.shortLabel().length() * 7.0 + 12 ? bar.shortLabel() : bar.shortLabel().substring(0, 1);
        Label node = new Label(bar.width() < 22 ? "" : text);
        node.setId("bar-" + bar.cycleId() + "-" + bar.kind().name().toLowerCase(Locale.ROOT));
        node.getStyleClass().add("phase-bar");
        node.setUserData(bar);
        String colour = String.format("#%06X", bar.rgb());
        double opacity = bar.status() == ActivityStatus.DONE ? 0.55 : 1.0;
        node.setStyle("-fx-background-color: " + colour + "; -fx-background-radius: 5; -fx-text-fill: white;"
                + " -fx-font-weight: bold; -fx-font-size: 0.79em; -fx-padding: 0 4 0 5;"
                + (selected ? " -fx-border-color: #1F2933; -fx-border-width: 2.5; -fx-border-radius: 5;" : "")
                + (bar.status() == ActivityStatus.IN_PROGRESS && !selected
                        ? " -fx-border-color: #1F2933; -fx-border-width: 1; -fx-border-radius: 5;" : ""));
        node.setOpacity(opacity);
        node.setMinSize(bar.width(), bar.height());
        node.setPrefSize(bar.width(), bar.height());
        node.setMaxSize(bar.width(), bar.height());
        node.relocate(bar.x(), bar.y());
        node.setTooltip(new Tooltip(model.programme.get().titleOf(
                model.programme.get().cycle(bar.cycleId()).map(c -> c.priorityId()).orElse(0L))
                + "\n" + bar.label() + ": " + (bar.firstMonth().equals(bar.lastMonth()) ? bar.firstMonth()
                : bar.firstMonth() + " to " + bar.lastMonth()) + " (" + bar.status().label().toLowerCase(Locale.ROOT) + ")"
                + "\nDrag to move the cycle, drag the right edge to stretch the phase"));
        drag.install(node, bar, monthWidth);
        return node;
    }
}
