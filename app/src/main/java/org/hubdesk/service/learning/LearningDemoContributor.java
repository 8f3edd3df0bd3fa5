package org.hubdesk.service.learning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.PhaseKind;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.service.demo.DemoRows;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.RecommendationRepository;
import org.jooq.DSLContext;

/**
 * The demo's hub recommendations: every cycle that has reached its recommendations month gets two
 * to four, each with one to three actions led by demo people. Finished cycles' recommendations
 * have the board's decision; the cycle in its recommendations month now has them proposed. Runs
 * after the hub's contributor, whose cycles it reads.
 */
public final class LearningDemoContributor implements DemoContributor {
    private record Template(String learned, String text, RecommendationLevel level, List<String> actions) {
    }

    /** Invented, in the words of hub reports; they fit any priority. */
    private static final List<Template> TEMPLATES = DemoRows.read(LearningDemoContributor.class, "recommendations.tsv").stream()
            .map(r -> new Template(r.text(0), r.text(1), r.constant(RecommendationLevel.class, 2), r.from(3))).toList();

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        HubRepository hub = new HubRepository(ctx);
        RecommendationRepository repo = new RecommendationRepository(ctx);
        YearMonth now = YearMonth.from(facts.today());
        List<Long> people = facts.personIds();
        int next = 0;
        for (HubCycle cycle : hub.cycles()) {
            YearMonth recommendationsMonth = cycle.phases().stream().filter(p -> p.kind() == PhaseKind.RECOMMENDATIONS)
                    .map(p -> p.firstMonth()).findFirst().orElse(cycle.lastMonth());
            if (recommendationsMonth.isAfter(now)) {
                continue;
            }
            boolean decided = cycle.lastMonth().isBefore(now);
            // The board meets the month after the hub agrees its recommendations.
            LocalDate boardDay = cycle.lastMonth().plusMonths(1).atDay(12);
            LocalDate raised = cycle.lastMonth().atDay(15);
            int count = 2 + (int) (cycle.id() % 3);
            for (int i = 0; i < count; i++) {
                Template t = TEMPLATES.get(next % TEMPLATES.size());
                BoardDecision decision = !decided ? BoardDecision.PROPOSED
                        : next % 7 == 6 ? BoardDecision.NOT_AGREED : BoardDecision.AGREED;
                Recommendation rec = repo.insert(new Recommendation(0, cycle.id(), t.learned(), t.text(), t.level(), decision,
                        decision == BoardDecision.AGREED ? boardDay : null, i));
                for (int a = 0; decision != BoardDecision.NOT_AGREED && a < t.actions().size(); a++) {
                    LocalDate due = cycle.lastMonth().plusMonths(1L + 2L * a).atDay(20);
                    ActionStatus status = due.isBefore(facts.today())
                            ? (a == 0 || next % 2 == 0 ? ActionStatus.DONE : ActionStatus.IN_PROGRESS)
                            : due.minusMonths(2).isBefore(facts.today()) ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
                    LocalDate completed = status == ActionStatus.DONE ? due.minusDays(3) : null;
                    Long lead = people.isEmpty() ? null : people.get((next * 5 + a * 3) % people.size());
                    ActionItem action = new ActionItem(0, t.actions().get(a), lead, lead == null ? "Practice Review & Learning Manager" : null,
                            a % 2 == 0 ? Timescale.ofMonth(YearMonth.from(due)) : Timescale.ofDay(due), status, a, completed);
                    repo.insertAction(rec.id(), action, raised.isAfter(facts.today()) ? facts.today() : raised);
                }
                next++;
            }
        }
    }
}
