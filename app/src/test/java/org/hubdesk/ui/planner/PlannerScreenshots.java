package org.hubdesk.ui.planner;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hubdesk.ui.governance.GovernanceView;
import org.hubdesk.ui.shell.UiContext;
import org.hubdesk.ui.testing.ScreenSupport;
import org.hubdesk.ui.testing.ScreenSupport.Harness;
import static org.hubdesk.ui.testing.ScreenSupport.snap;

/**
 * Not a test: renders the Governance area's forward planner (this month, the next, an event chosen) to PNGs
 * for a person to look at (under xvfb-run; args: data dir, out dir).
 */
public final class PlannerScreenshots {
    public static void main(String[] args) throws Exception {
        Harness harness = Harness.demo(args);
        Path out = harness.out();
        harness.runOnce(() -> {
            Stage stage = new Stage();
            UiContext context = ScreenSupport.context(stage, harness.services(), m -> { });
            GovernanceView view = new GovernanceView(context, (place, id) -> { });
            Scene scene = ScreenSupport.show(stage, view.node(), 1280, 900);
            scene.getStylesheets().add(GovernanceView.class.getResource("/org/hubdesk/ui/hubdesk.css").toExternalForm());
            view.shown();
            view.showPlanner();
            snap(scene, out.resolve("planner-month.png"));
            view.planner().model().next();
            snap(scene, out.resolve("planner-next-month.png"));
            view.planner().model().layout.get().weeks().stream().flatMap(java.util.List::stream)
                    .filter(d -> d.inMonth() && !d.events().isEmpty()).findFirst()
                    .ifPresent(d -> view.planner().model().selected.set(d.events().get(0)));
            snap(scene, out.resolve("planner-chosen.png"));
        });
    }

}
