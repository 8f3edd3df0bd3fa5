package org.hubdesk.service.learning;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.hubdesk.service.demo.DemoRows;
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

        for (DemoRows.Row row : DemoRows.read(LearningTrackerDemo.class, "learning.tsv")) {
            LearningRecord r = insert(repo, cycle(row.text(0), finished), row.constant(LearningSourceKind.class, 1), row.text(2),
                    row.text(3), at(today, row.text(4)), row.text(5), row.text(6), row.text(7));
            if (row.text(8) != null) {
                Set<ImpactMeasure> measures = Arrays.stream(row.text(8).split(",")).map(ImpactMeasure::valueOf)
                        .collect(Collectors.toSet());
                track(repo, r, new ImpactReview(measures, row.text(9), at(today, row.text(10)), row.text(11),
                        at(today, row.text(12))), at(today, row.text(13)), row.yes(14), row.yes(15));
            }
        }

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
            track(repo, r, new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT),
                    "Re-audit of the cases' themes a year on", reviewed,
                    "The re-audit found the change in most cases; the briefing stays on the learning pages.", reviewed),
                    ended.plusWeeks(2), true, true);
        }
    }

    /** The finished hub cycle a row's learning came from: the oldest, middle or latest of the three, or none. */
    private static HubCycle cycle(String which, List<HubCycle> finished) {
        if (which == null || finished.isEmpty()) {
            return null;
        }
        return switch (which) {
            case "oldest" -> finished.get(finished.size() - 1);
            case "middle" -> finished.size() > 1 ? finished.get(1) : finished.get(finished.size() - 1);
            default -> finished.get(0);
        };
    }

    /** The day {@code period} (ISO, "-P11M") from today; null for an empty cell. */
    private static LocalDate at(LocalDate today, String period) {
        return period == null ? null : today.plus(Period.parse(period));
    }

    /** Sets how the learning's impact is reviewed and plans its dissemination from {@code start}. */
    private static void track(LearningRecordRepository repo, LearningRecord r, ImpactReview impact, LocalDate start,
                              boolean firstDone, boolean allDone) {
        repo.update(r.withImpact(impact));
        plan(repo, r.id(), start, firstDone, allDone);
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
