package org.hubdesk.ui.hub;

import java.time.temporal.ChronoUnit;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import org.hubdesk.domain.hub.TimelineLayout;

/**
 * Mouse handling of a phase bar: a press selects the phase, a drag moves the whole cycle (all its
 * bars follow), a drag of the right edge stretches the phase; on release the change goes to the
 * view model in whole months.
 */
final class TimelineBarDrag {
    private static final double EDGE = 8;

    private final TimelineViewModel model;
    private final TimelineCanvas canvas;
    private double pressX;
    private double pressWidth;
    private boolean stretching;

    TimelineBarDrag(TimelineViewModel model, TimelineCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
    }

    void install(Label node, TimelineLayout.Bar bar, double monthWidth) {
        node.setOnMouseMoved(e -> node.setCursor(e.getX() >= bar.width() - EDGE ? Cursor.E_RESIZE : Cursor.HAND));
        node.setOnMousePressed(e -> {
            pressX = e.getSceneX();
            pressWidth = bar.width();
            stretching = e.getX() >= bar.width() - EDGE;
            model.selectedPhaseId.set(bar.phaseId());
            canvas.requestFocus();
            e.consume();
        });
        node.setOnMouseDragged(e -> dragged(node, bar, e));
        node.setOnMouseReleased(e -> released(bar, e, monthWidth));
    }

    private void dragged(Label node, TimelineLayout.Bar bar, MouseEvent e) {
        double dx = e.getSceneX() - pressX;
        if (stretching) {
            double w = Math.max(8, pressWidth + dx);
            node.setMinWidth(w);
            node.setPrefWidth(w);
            node.setMaxWidth(w);
        } else {
            canvas.barsOf(bar.cycleId()).forEach(n -> n.setTranslateX(dx));
        }
        e.consume();
    }

    private void released(TimelineLayout.Bar bar, MouseEvent e, double monthWidth) {
        double dx = e.getSceneX() - pressX;
        long months = Math.round(dx / monthWidth);
        if (stretching) {
            int newLength = (int) Math.max(1, Math.round((pressWidth + 2 + dx) / monthWidth));
            int oldLength = (int) (bar.firstMonth().until(bar.lastMonth(), ChronoUnit.MONTHS) + 1);
            if (newLength != oldLength) {
                model.stretchPhase(bar.phaseId(), newLength);
            } else {
                canvas.redraw();
            }
        } else {
            canvas.barsOf(bar.cycleId()).forEach(n -> n.setTranslateX(0));
            if (months != 0) {
                model.moveCycle(bar.cycleId(), (int) months);
            }
        }
        e.consume();
    }
}
