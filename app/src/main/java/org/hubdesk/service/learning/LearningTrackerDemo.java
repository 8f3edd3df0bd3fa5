package org.hubdesk.service.learning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.LearningRecordRepository;
import org.jooq.DSLContext;

/**
 * The demo's learning tracker: invented learning in every stage of the loop, from the demo's
 * finished hub cycles, a rapid review, an audit and young people's feedback. One impact review is
 * overdue and one falls due within the month, so the next Forum meeting's "Evidencing impact of
 * learning" item has something to update. Runs after the hub contributor and before the meetings.
 */
public final class LearningTrackerDemo implements DemoContributor {
    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        LocalDate today = facts.today();
        LearningRecordRepository repo = new LearningRecordRepository(ctx);
        List<HubCycle> finished = new HubRepository(ctx).cycles().stream().filter(c -> c.lastMonth().isBefore(YearMonth.from(today)))
                .sorted(Comparator.comparing(HubCycle::lastMonth).reversed()).limit(3).toList();

        // Closed: the oldest finished cycle's learning, disseminated and reviewed.
        HubCycle oldest = finished.isEmpty() ? null : finished.get(finished.size() - 1);
        LearningRecord closed = insert(repo, oldest, LearningSourceKind.AUDIT, "Multi-agency audit MAA-03",
                "Chronologies in neglect cases", today.minusMonths(11),
                "Chronologies were started late and were rarely shared between agencies.",
                "Start a single chronology at the first strategy discussion and share it with every agency involved.",
                "Social workers, health visitors, school designated safeguarding leads");
        repo.update(closed.withImpact(new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT, ImpactMeasure.SURVEY_PRACTITIONERS),
                "Re-audit of ten neglect cases; snap survey of practitioners", today.minusMonths(2),
                "The re-audit found a shared chronology in 8 of 10 cases (2 of 10 before); 71% of practitioners surveyed knew the template.",
                today.minusMonths(2))));
        plan(repo, closed.id(), today.minusMonths(9), true, true);

        // Awaiting impact review, due before the next Forum meeting.
        HubCycle middle = finished.size() > 1 ? finished.get(1) : oldest;
        LearningRecord awaiting = insert(repo, middle, LearningSourceKind.USER_FEEDBACK, "Young people's forum",
                "Young people's views of their plans", today.minusMonths(7),
                "Young people said they had to repeat their story to too many professionals.",
                "Agree one plan with the child, in the child's own words, and share it with consent.",
                "Lead professionals, independent reviewing officers");
        repo.update(awaiting.withImpact(new ImpactReview(Set.of(ImpactMeasure.FEEDBACK_CHILDREN_FAMILIES),
                "Ask the young people's forum again whether plans use their words", today.plusDays(20), null, null)));
        plan(repo, awaiting.id(), today.minusMonths(5), true, true);

        // Awaiting impact review and overdue.
        LearningRecord overdue = insert(repo, null, LearningSourceKind.CASE_REVIEW, "Rapid review: Child P (fictional)",
                "Rapid review of a baby's non-accidental injury", today.minusMonths(8),
                "Bruising in a non-mobile baby was not escalated by two agencies.",
                "Any bruise on a non-mobile baby needs an immediate referral: follow the bruising protocol.",
                "GPs, health visitors, midwives, early years settings");
        repo.update(overdue.withImpact(new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_DATASET, ImpactMeasure.SINGLE_AGENCY_AUDIT),
                "Referrals under the bruising protocol in the multi-agency dataset; health's own audit", today.minusDays(14), null, null)));
        plan(repo, overdue.id(), today.minusMonths(6), true, true);

        // Disseminating: the latest finished cycle's learning, part done.
        HubCycle latest = finished.isEmpty() ? null : finished.get(0);
        LearningRecord disseminating = insert(repo, latest, LearningSourceKind.AUDIT, "Single-agency audits",
                "Seeing fathers and male carers", today.minusMonths(3),
                "Fathers and male carers were seldom seen or assessed.",
                "Find out who the significant adults are and record how each was engaged.",
                "All practitioners working with families");
        repo.update(disseminating.withImpact(new ImpactReview(Set.of(ImpactMeasure.SINGLE_AGENCY_AUDIT),
                "Question on male carers added to single-agency audit tools", today.plusMonths(5), null, null)));
        plan(repo, disseminating.id(), today.minusMonths(1), true, false);

        // Messages agreed, no plan yet.
        insert(repo, null, LearningSourceKind.COMPLAINTS, "Complaints to children's social care",
                "Complaints about changes of social worker", today.minusMonths(2),
                "Families were not told when their social worker changed.",
                "Tell the family and the child, in writing, when their worker changes.", "Team managers");

        // Identified only.
        repo.insert(LearningRecord.identified(LearningSourceKind.CASE_REVIEW, null, "LCSPR: Family Q (fictional)",
                "CSPR Panel", "Local child safeguarding practice review, scoping", today.minusWeeks(3), null,
                "Early findings: the school's concerns did not reach the strategy discussion."));
        if (years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS) {
            history(ctx, repo, today);
        }
    }

    /** A large partnership's decade: every earlier finished hub cycle's learning, disseminated and reviewed a year on. */
    private static void history(DSLContext ctx, LearningRecordRepository repo, LocalDate today) {
        HubRepository hub = new HubRepository(ctx);
        List<HubCycle> older = hub.cycles().stream().filter(c -> c.lastMonth().isBefore(YearMonth.from(today)))
                .sorted(Comparator.comparing(HubCycle::lastMonth).reversed()).skip(3).toList();
        for (HubCycle cycle : older) {
            LocalDate ended = cycle.lastMonth().atEndOfMonth();
            LocalDate reviewed = ended.plusMonths(12).isBefore(today) ? ended.plusMonths(12) : today.minusDays(1);
            LearningRecord r = insert(repo, cycle, LearningSourceKind.AUDIT, "Hub cycle " + cycle.id(),
                    "Learning from the hub cycle", ended,
                    "Information about the family was held by several agencies and not brought together in time.",
                    "Share what you know at the first strategy discussion and record who else was told.",
                    "Practitioners and managers in every partner agency");
            repo.update(r.withImpact(new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT),
                    "Re-audit of the cases' themes a year on", reviewed,
                    "The re-audit found the change in most cases; the briefing stays on the learning pages.", reviewed)));
            plan(repo, r.id(), ended.plusWeeks(2), true, true);
        }
    }

    private static LearningRecord insert(LearningRecordRepository repo, HubCycle cycle, LearningSourceKind otherwise, String reference,
                                         String activity, LocalDate from, String findings, String messages, String audiences) {
        boolean hub = cycle != null && otherwise != LearningSourceKind.CASE_REVIEW && otherwise != LearningSourceKind.COMPLAINTS;
        LearningRecord r = new LearningRecord(0, hub ? LearningSourceKind.HUB_CYCLE : otherwise, hub ? cycle.id() : null,
                hub ? null : reference, hub ? "Learning Hub" : "Assurance and Review Group",
                hub ? activity + " (" + reference + ", in the hub cycle)" : activity,
                hub ? cycle.firstMonth().atDay(1) : from, hub ? cycle.lastMonth().atEndOfMonth() : from.plusDays(14),
                findings, messages, audiences, (hub ? cycle.lastMonth().atEndOfMonth() : from.plusMonths(1)), null);
        return repo.insert(r);
    }

    private static void plan(LearningRecordRepository repo, long id, LocalDate start, boolean firstDone, boolean allDone) {
        repo.saveRow(id, new DisseminationRow(Audience.INTERNAL, "Partners know the learning and lead it in their agencies",
                "Every partner confirms the briefing went to its teams"));
        repo.saveRow(id, new DisseminationRow(Audience.WORKFORCE, "Practitioners change what they do",
                "Audit shows the change; practitioners surveyed know the message"));
        repo.saveRow(id, new DisseminationRow(Audience.EXTERNAL, "Children and families know what to expect", null));
        repo.insertAction(new DisseminationAction(0, id, Audience.INTERNAL, "7-minute briefing for team meetings",
                "Business unit", start, firstDone, 0));
        repo.insertAction(new DisseminationAction(0, id, Audience.WORKFORCE, "Information Highway Friday session",
                "Practice Review & Learning Manager", start.plusWeeks(3), allDone, 0));
        repo.insertAction(new DisseminationAction(0, id, Audience.WORKFORCE, "SCP newsletter", "Business unit", start.plusWeeks(5),
                allDone, 0));
        repo.insertAction(new DisseminationAction(0, id, Audience.EXTERNAL, "Publication of learning briefing on the SCP website",
                "Business unit", start.plusWeeks(6), allDone, 0));
    }
}
