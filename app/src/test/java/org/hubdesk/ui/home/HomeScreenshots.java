package org.hubdesk.ui.home;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.hubdesk.domain.home.DuePlace;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.ScreenSupport.Shots;

/**
 * Not a test: run under Xvfb to look at Home with the demo partnership
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.home.HomeScreenshots OUTDIR}).
 */
public final class HomeScreenshots {
    public static void main(String[] args) throws Exception {
        Shots.launch(args, Shots.Setup.laptop("home-shots", HomeScreenshots::script));
    }

    static void script(Shots s) {
        Scene scene = s.scene();
        s.later(800, () -> s.shot("home.png"));
        s.later(1200, () -> s.window().show(Area.GOVERNANCE));
        s.later(1800, () -> s.shot("governance.png"));
        s.later(1900, () -> scene.getRoot().lookupAll("#governance-area .scroll-pane").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        s.later(2100, () -> s.shot("governance-flow.png"));
        s.later(2200, () -> s.window().open(DuePlace.GROUP, s.services().governance().groupNamed("Learning Hub").id()));
        s.later(2600, () -> s.shot("members-from-home.png"));
        s.later(2700, () -> {
            javafx.scene.control.Button terms = (javafx.scene.control.Button) scene.lookup("#group-terms");
            Platform.runLater(terms::fire);
        });
        s.later(3400, () -> javafx.stage.Window.getWindows().stream().filter(w -> w != s.stage()).findFirst()
                .ifPresent(w -> s.shot(w.getScene(), "terms.png")));
    }
}
