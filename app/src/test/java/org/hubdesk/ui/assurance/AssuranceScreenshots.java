package org.hubdesk.ui.assurance;

import javafx.scene.control.TabPane;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.ScreenSupport.Shots;

/**
 * Not a test: run under Xvfb to look at the Assurance screen with the demo's audits, data and calendar
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.assurance.AssuranceScreenshots OUTDIR}).
 */
public final class AssuranceScreenshots {
    public static void main(String[] args) throws Exception {
        Shots.launch(args, Shots.Setup.laptop("assurance-shots", AssuranceScreenshots::script));
    }

    static void script(Shots s) {
        AssuranceViewModel model = s.show(Area.ASSURANCE, AssuranceView.class).model();
        TabPane tabs = (TabPane) s.scene().getRoot().lookup(".tab-pane");
        s.later(800, () -> model.rounds.stream().filter(r -> r.previous() != null).findFirst().ifPresent(r -> model.selectedRound.set(r)));
        s.later(1400, () -> s.shot("assurance-audits.png"));
        s.later(1800, () -> model.rounds.stream().filter(r -> r.round().kind() == AuditKind.SECTION_175)
                .findFirst().ifPresent(r -> model.selectedRound.set(r)));
        s.later(2400, () -> s.shot("assurance-section-175.png"));
        s.later(2800, () -> {
            tabs.getSelectionModel().select(1);
            model.series.stream().filter(x -> x.indicator().target() != null).findFirst().ifPresent(x -> model.selectedSeries.set(x));
        });
        s.later(3600, () -> s.shot("assurance-performance.png"));
        s.later(4000, () -> tabs.getSelectionModel().select(2));
        s.later(4600, () -> s.shot("assurance-calendar.png"));
    }
}
