package org.hubdesk.ui.learning;

import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.ScreenSupport.Shots;

/**
 * Not a test: run under Xvfb to look at the learning tracker with the demo's records
 * ({@code xvfb-run -a java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.ui.learning.TrackerScreenshots OUTDIR}).
 */
public final class TrackerScreenshots {
    public static void main(String[] args) throws Exception {
        Shots.launch(args, Shots.Setup.laptop("tracker-shots", TrackerScreenshots::script));
    }

    static void script(Shots s) {
        LearningView area = s.show(Area.LEARNING, LearningView.class);
        area.showTracker(true);
        TrackerViewModel model = area.tracker().model();
        s.later(800, () -> model.lines.stream().filter(l -> l.stage() == LearningStage.DISSEMINATING).findFirst()
                .ifPresent(l -> model.selected.set(l)));
        s.later(1500, () -> s.shot("learning-tracker.png"));
        s.later(1600, () -> {
            if (System.getProperty("debugWidths") != null) {
                dump(s.scene().lookup("#tracker-heading").getParent(), 0);
            }
        });
    }

    private static void dump(javafx.scene.Node n, int depth) {
        if (depth > 6 || !(n instanceof javafx.scene.layout.Region r)) {
            return;
        }
        System.out.println("  ".repeat(depth) + r.getClass().getSimpleName() + " " + r.getId() + " min=" + Math.round(r.minWidth(-1)) + " w=" + Math.round(r.getWidth()));
        r.getChildrenUnmodifiable().forEach(c -> dump(c, depth + 1));
    }
}
