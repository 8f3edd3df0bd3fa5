package org.hubdesk.ui.hub;

import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.service.demo.DemoService;
import org.hubdesk.service.plan.DeliveryPlanDemo;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.ScreenSupport.Shots;

/**
 * Not a test: run under Xvfb to look at the hub timeline of the demo at 1280x800, the delivery
 * plan's cycle selected in its audits month, Learning Hub meetings marked
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.hub.TimelineScreenshots OUTDIR}); the README's
 * docs/screenshots/hub-timeline.png comes from here.
 */
public final class TimelineScreenshots {
    public static void main(String[] args) throws Exception {
        Shots.launch(args, new Shots.Setup("hubdemo", DemoService.DEMO_PARTNERSHIP, 1280, 800, TimelineScreenshots::script));
    }

    static void script(Shots s) {
        TimelineView view = s.show(Area.HUB_TIMELINE, TimelineView.class);
        PlanSummary plan = s.services().plans().plans().stream().filter(p -> DeliveryPlanDemo.DEMO_PRIORITY.equals(p.priorityTitle()))
                .findFirst().orElseThrow();
        HubCycle cycle = s.services().hub().programme().cycle(plan.hubCycleId()).orElseThrow();
        // Zoomed out so the whole partnership year and the programme running into next year show at once.
        s.later(600, () -> view.model().monthWidth.set(36));
        s.later(900, () -> view.model().selectedPhaseId.set(cycle.phases().get(1).id()));
        s.later(1500, () -> s.shot("hub-timeline.png"));
    }
}
