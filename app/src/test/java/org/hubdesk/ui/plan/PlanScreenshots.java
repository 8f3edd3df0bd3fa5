package org.hubdesk.ui.plan;

import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.ScreenSupport.Shots;

/**
 * Not a test: run under Xvfb to look at the editor at 1366x768 with the demo plan
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.plan.PlanScreenshots OUTDIR}).
 */
public final class PlanScreenshots {
    public static void main(String[] args) throws Exception {
        Shots.launch(args, Shots.Setup.laptop("plan-shots", PlanScreenshots::script));
    }

    static void script(Shots s) {
        DeliveryPlanView view = s.show(Area.DELIVERY_PLANS, DeliveryPlanView.class);
        s.later(800, () -> s.shot("1-top.png"));
        s.later(1200, () -> view.scrollTo(DeliveryPlanSection.SELF_ASSESSMENT));
        s.later(1800, () -> s.shot("2-middle.png"));
        s.later(2200, () -> view.scrollTo(DeliveryPlanSection.ACTION_PLAN));
        s.later(2800, () -> s.shot("3-actions.png"));
        s.later(3200, () -> view.model().compare(view.model().versions.get(0), null));
        s.later(3800, () -> s.shot("4-compare.png"));
        s.later(4200, () -> {
            view.model().comparison.set(null);
            view.model().openVersion(view.model().versions.get(0));
        });
        s.later(4800, () -> s.shot("5-version.png"));
    }
}
