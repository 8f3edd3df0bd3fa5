package org.hubdesk.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.store.report.ReportRepository;
import org.jooq.DSLContext;

/**
 * Demo actions in the partnership's action log (until delivery plans and meetings add their own), so the action tracker and annual report have
 * something to show: about a dozen a year over the synthetic history (or the last 18 months),
 * most done, some late, some still open. Invented wording, generic safeguarding tasks.
 */
public final class ActionsDemo implements DemoContributor {
    private static final String[] TASKS = {
        "Circulate the 7-minute briefing on %s to all partner agencies",
        "Audit a sample of cases for %s and report the findings to the Quality and Effectiveness Board",
        "Add %s to the multi-agency training programme",
        "Review the escalation policy in the light of learning on %s",
        "Ask each agency to confirm how learning on %s has been shared with front-line staff",
        "Hold a practitioner learning event on %s",
        "Update the partnership website's learning resources on %s",
        "Report to the Partnership Board on progress with %s",
        "Agree a shared approach to recording %s across agencies",
        "Invite young people's forum members to comment on %s",
    };
    private static final String[] THEMES = {
        "neglect", "adolescent safety and exploitation", "domestic abuse", "professional curiosity", "information sharing",
        "safer sleep", "children missing education", "transition to adult services", "the voice of the child",
        "hidden men in families", "parental mental health", "bruising in non-mobile babies",
    };

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        ReportRepository repo = new ReportRepository(ctx);
        Random random = new Random(20_180_401L);
        List<Long> leads = new ArrayList<>();
        facts.currentMembersByGroup().values().forEach(leads::addAll);
        LocalDate today = facts.today();
        int months = years > 0 ? years * 12 : 18;
        // A large partnership's decade logs about 5,000 actions, two in five raised at its meetings.
        int count = years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS ? years * 220 : years > 0 ? years * 12 : 16;
        for (int i = 0; i < count; i++) {
            LocalDate raised = today.minusMonths(months).plusDays((long) (random.nextDouble() * months * 30.4));
            LocalDate due = raised.plusWeeks(6 + random.nextInt(26));
            String description = String.format(TASKS[random.nextInt(TASKS.length)], THEMES[random.nextInt(THEMES.length)]);
            ActionStatus status;
            LocalDate completed = null;
            if (due.isBefore(today.minusMonths(2)) && random.nextInt(10) < 9) {
                status = ActionStatus.DONE;
                completed = due.plusDays(random.nextInt(40) - 25);
                if (completed.isBefore(raised)) {
                    completed = raised.plusDays(7);
                }
                if (completed.isAfter(today)) {
                    completed = today;
                }
            } else if (raised.isAfter(today.minusWeeks(3))) {
                status = ActionStatus.NOT_STARTED;
            } else {
                status = ActionStatus.IN_PROGRESS;
            }
            boolean person = !leads.isEmpty() && random.nextInt(5) > 0;
            ActionItem action = new ActionItem(0, description, person ? leads.get(random.nextInt(leads.size())) : null,
                    person ? null : "Partnership Business Unit", Timescale.ofDay(due), status, i, completed);
            repo.insertRaisedOn(action, raised);
        }
    }
}
