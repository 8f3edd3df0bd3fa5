package org.hubdesk.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.RecommendationRepository;

/**
 * The Learning Hub's part of the annual report: the hub cycles that ran in the year and the
 * recommendations the year's hubs made, with the board's decisions and their actions' progress.
 */
record HubYear(List<HubCycle> ran, long finished, Map<Long, String> titles, List<RecommendationActions> recommendations) {

    static HubYear of(ReportInput input, PartnershipYear year, LocalDate end) {
        HubRepository hub = new HubRepository(input.ctx());
        YearMonth first = YearMonth.from(year.firstDay());
        YearMonth last = YearMonth.from(year.lastDay());
        YearMonth endMonth = YearMonth.from(end);
        Map<Long, String> titles = new HashMap<>();
        Map<Long, Integer> years = new HashMap<>();
        for (Priority p : hub.priorities()) {
            titles.put(p.id(), p.title());
            years.put(p.id(), p.partnershipYear());
        }
        List<HubCycle> cycles = hub.cycles();
        List<HubCycle> ran = cycles.stream()
                .filter(c -> !c.firstMonth().isAfter(last) && !c.lastMonth().isBefore(first) && !c.firstMonth().isAfter(endMonth))
                .toList();
        long finished = ran.stream().filter(c -> c.lastMonth().isBefore(endMonth) && !c.lastMonth().isAfter(last)).count();
        // The year's recommendations are those of the hubs on the year's priorities.
        List<HubCycle> ofYear = cycles.stream().filter(c -> years.getOrDefault(c.priorityId(), -1) == year.startYear()).toList();
        RecommendationRepository repo = new RecommendationRepository(input.ctx());
        List<Recommendation> recs = repo.forCycles(ofYear.stream().map(HubCycle::id).toList());
        Map<Long, List<ActionItem>> actions = repo.actionsOf(recs.stream().map(Recommendation::id).toList());
        Map<Long, String> cycleTitles = new HashMap<>();
        cycles.forEach(c -> cycleTitles.put(c.id(), titles.get(c.priorityId())));
        return new HubYear(ran, finished, cycleTitles,
                recs.stream().map(r -> new RecommendationActions(r, actions.getOrDefault(r.id(), List.of()))).toList());
    }

    List<String> howMuch(String endText) {
        long strategic = recommendations.stream().filter(r -> r.recommendation().level() == RecommendationLevel.STRATEGIC).count();
        long agreed = recommendations.stream().filter(r -> r.recommendation().boardDecision() == BoardDecision.AGREED).count();
        List<String> lines = new ArrayList<>();
        lines.add(ran.size() + " Learning Hub " + (ran.size() == 1 ? "cycle" : "cycles") + " ran during the year, each on one of the "
                + "partnership's priorities; " + finished + " had finished by " + endText + ".");
        lines.add("The year's hubs made " + recommendations.size() + " recommendations to the Partnership Board (" + strategic
                + " strategic, " + (recommendations.size() - strategic) + " operational); the board agreed " + agreed + ".");
        return lines;
    }

    void recommendations(DocumentBuilder doc, LocalDate end) {
        if (recommendations.isEmpty()) {
            doc.paragraph("The year's Learning Hubs have not recorded any recommendations to the Partnership Board.");
            return;
        }
        doc.paragraph("The recommendations the year's Learning Hubs made to the Partnership Board, the board's decisions, and how "
                + "far the actions agreed to carry them out had got by " + end + ".");
        doc.table(t -> {
            t.column("Priority", 2.6).column("Recommendation", 4.6).column("Level", 1.5).column("Board decision", 1.5)
                    .column("Actions' progress", 1.9);
            for (RecommendationActions r : recommendations) {
                Recommendation rec = r.recommendation();
                t.row(List.of(Block.Cell.of(titles.get(rec.hubCycleId())), Block.Cell.of(rec.text()), Block.Cell.of(rec.level().label()),
                        Block.Cell.of(rec.boardDecision() == BoardDecision.AGREED ? "Agreed " + rec.agreedOn()
                                : rec.boardDecision().label()),
                        Block.Cell.of(r.progress(end))));
            }
        });
    }
}
