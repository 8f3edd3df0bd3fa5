package org.hubdesk.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.domain.members.Person;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.RecommendationRepository;
import org.hubdesk.store.learning.RecommendationRepository.ActionLine;
import org.hubdesk.store.members.MembersRepository;

/**
 * The Operations Team's report of the Learning Hub to the Partnership Board (seed 000,
 * "Accountability"): for each hub cycle, what was learned, the recommendations with their level and
 * the board's decision, and the actions carrying them out with lead, timescale and status.
 */
final class RecommendationsReport extends CatalogueReport {
    RecommendationsReport() {
        super("recommendations", "Hub recommendations report to the Partnership Board",
                "The Learning Hub's recommendations for a partnership year, by priority, with the board's decisions and the "
                + "progress of their actions.", ReportScope.Kind.YEAR);
    }

    @Override
    public Document build(ReportInput input) {
        HubRepository hub = new HubRepository(input.ctx());
        RecommendationRepository repo = new RecommendationRepository(input.ctx());
        Map<Long, Priority> priorities = new HashMap<>();
        hub.priorities().forEach(p -> priorities.put(p.id(), p));
        List<HubCycle> cycles;
        String scopeLabel;
        Optional<HubCycle> chosen = input.chosenItem(hub::cycle, id -> "There is no hub cycle " + id + "; the Learning screen lists the cycles");
        if (chosen.isPresent()) {
            cycles = List.of(chosen.get());
            scopeLabel = priorities.get(chosen.get().priorityId()).title();
        } else {
            List<Recommendation> all = repo.all();
            List<HubCycle> allCycles = hub.cycles();
            PartnershipYear year = HubYears.choose(input, hub.settings(), priorities.values(),
                    allCycles.stream().filter(c -> all.stream().anyMatch(r -> r.hubCycleId() == c.id())),
                    "No hub recommendations are recorded yet; add them on the Learning screen", "hub recommendations");
            cycles = HubCycle.ofYear(allCycles, priorities.values(), year.startYear());
            scopeLabel = year.label();
        }
        List<Recommendation> recommendations = repo.forCycles(cycles.stream().map(HubCycle::id).toList());
        List<ActionLine> actions = repo.actionLines(recommendations.stream().map(Recommendation::id).toList());
        LocalDate today = input.today();
        MembersRepository members = new MembersRepository(input.ctx());

        DocumentBuilder doc = input.document("Hub recommendations report to the Partnership Board", "Learning Hub " + scopeLabel)
                .landscape();
        long strategic = recommendations.stream().filter(r -> r.level() == RecommendationLevel.STRATEGIC).count();
        long proposed = recommendations.stream().filter(r -> r.boardDecision() == BoardDecision.PROPOSED).count();
        long agreed = recommendations.stream().filter(r -> r.boardDecision() == BoardDecision.AGREED).count();
        long done = actions.stream().filter(a -> a.action().status() == org.hubdesk.domain.actions.ActionStatus.DONE).count();
        long overdue = actions.stream().filter(a -> a.action().isOverdue(today)).count();
        doc.labelValues(lv -> lv.add("Hub cycles", cycles.size())
                .add("Recommendations", recommendations.size() + " (" + strategic + " strategic, "
                        + (recommendations.size() - strategic) + " operational)")
                .add("Board decisions", agreed + " agreed, " + proposed + " awaiting a decision, "
                        + (recommendations.size() - agreed - proposed) + " not agreed")
                .add("Actions", actions.size() + " (" + done + " done, " + overdue + " overdue)")
                .add("Reported by", "Practice Review & Learning Manager"));
        doc.paragraph("In the fourth month of each cycle the Learning Hub revisits its delivery plan with what the audits and "
                + "feedback showed, and agrees the recommendations it wishes to make to the Partnership Board on an operational "
                + "and a strategic level. This report sets out those recommendations, the board's decisions, and the progress "
                + "of the actions agreed to carry them out.");
        if (proposed > 0) {
            doc.warning(proposed + (proposed == 1 ? " recommendation awaits" : " recommendations await")
                    + " the board's decision: the board is asked to agree or not agree each one marked Proposed.");
        }
        if (overdue > 0) {
            doc.warning(overdue + (overdue == 1 ? " action is" : " actions are") + " past its timescale; leads are asked to update"
                    + " the board or agree a new date.");
        }
        if (recommendations.isEmpty()) {
            doc.paragraph("No recommendations have been recorded for " + scopeLabel + " yet.");
        }
        int number = 0;
        for (HubCycle cycle : cycles) {
            List<Recommendation> ofCycle = recommendations.stream().filter(r -> r.hubCycleId() == cycle.id()).toList();
            Priority priority = priorities.get(cycle.priorityId());
            doc.heading1(priority.title());
            String lead = cycle.leadPersonId() == null ? null : members.personTable().find(cycle.leadPersonId()).map(Person::fullName).orElse(null);
            doc.labelValues(lv -> lv.add("Hub cycle", monthName(cycle.firstMonth()) + " to " + monthName(cycle.lastMonth()))
                    .add("Lead", lead)
                    .add("Recommendations", ofCycle.size()));
            if (ofCycle.isEmpty()) {
                doc.paragraph(cycle.lastMonth().isBefore(YearMonth.from(today))
                        ? "The hub made no recommendations in this cycle."
                        : "The hub agrees its recommendations in the cycle's final month.");
                continue;
            }
            doc.heading2("What was learned and recommendations");
            int first = number + 1;
            doc.table(t -> {
                t.column("No.", 0.6).column("What was learned", 4.5).column("Recommendation", 4.5).column("Level", 1.3)
                        .column("Board decision", 1.6);
                int n = first;
                for (Recommendation r : ofCycle) {
                    t.row(List.of(Block.Cell.of("R" + n++), Block.Cell.of(r.whatWasLearned()), Block.Cell.of(r.text()),
                            Block.Cell.of(r.level().label()), decisionCell(r)));
                }
            });
            List<String> numbers = new ArrayList<>();
            for (Recommendation r : ofCycle) {
                numbers.add("R" + ++number);
            }
            List<ActionLine> cycleActions = new ArrayList<>();
            for (int i = 0; i < ofCycle.size(); i++) {
                long id = ofCycle.get(i).id();
                actions.stream().filter(a -> a.recommendationId() == id).forEach(cycleActions::add);
            }
            doc.heading2("Actions");
            if (cycleActions.isEmpty()) {
                doc.paragraph("No actions have been agreed for these recommendations yet.");
                continue;
            }
            doc.table(t -> {
                t.column("For", 0.6).column("Action", 5.5).column("Lead", 2.8).column("Timescale", 1.4).column("Status", 1.4);
                for (ActionLine a : cycleActions) {
                    String ref = numbers.get(indexOf(ofCycle, a.recommendationId()));
                    t.row(List.of(Block.Cell.of(ref), Block.Cell.of(a.action().description()), leadCell(a),
                            Block.Cell.of(a.action().timescale() == null ? "" : a.action().timescale().toString()),
                            a.action().isOverdue(today) ? new Block.Cell(List.of(Run.bold("Overdue")))
                                    : Block.Cell.of(a.action().statusLabel(today))));
                }
            });
        }
        return doc.build();
    }

    private static int indexOf(List<Recommendation> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return 0;
    }

    private static Block.Cell decisionCell(Recommendation r) {
        if (r.boardDecision() == BoardDecision.AGREED) {
            return Block.Cell.of("Agreed " + r.agreedOn());
        }
        if (r.boardDecision() == BoardDecision.PROPOSED) {
            return new Block.Cell(List.of(Run.bold("Proposed")));
        }
        return Block.Cell.of(r.boardDecision().label());
    }

    private static Block.Cell leadCell(ActionLine a) {
        if (a.leadName() == null) {
            return Block.Cell.of("");
        }
        if (a.leadAgency() == null) {
            return Block.Cell.of(a.leadName());
        }
        return new Block.Cell(List.of(Run.plain(a.leadName() + "\n"), Run.italic(a.leadAgency())));
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }
}
