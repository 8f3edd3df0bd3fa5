package org.hubdesk.service.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.store.learning.LearningRecordRepository;
import org.jooq.DSLContext;

/**
 * The learning tracker's part of the annual report: under "What difference did it make?" the
 * impact reviews held in the year with what each found, and those falling due or overdue; under
 * "Learning and impact" the year's learning by stage of the loop.
 */
public final class LearningImpactSection {
    private LearningImpactSection() {
    }

    /** Writes the impact evidence of {@code year} up to {@code end} (today, for the year in progress). */
    public static void whatDifference(DocumentBuilder doc, DSLContext ctx, PartnershipYear year, LocalDate end, LocalDate today) {
        List<TrackerLine> reviewed = LearningTrackerService.reviewedBetween(ctx, year.firstDay(), end, today).stream()
                .sorted(Comparator.comparing(l -> l.record().impact().reviewedOn())).toList();
        LocalDate horizon = end.isBefore(year.lastDay()) ? year.lastDay() : end;
        List<TrackerLine> due = LearningTrackerService.reviewsDueBy(ctx, horizon, today).stream()
                .sorted(Comparator.comparing(l -> l.record().impact().dueOn())).toList();
        long overdue = due.stream().filter(l -> l.record().impact().overdue(today)).count();
        doc.bullets(List.of(
                reviewed.size() + (reviewed.size() == 1 ? " impact review of learning was" : " impact reviews of learning were")
                        + " held by " + end + " (learning tracker).",
                due.size() + (due.size() == 1 ? " impact review falls" : " impact reviews fall") + " due by " + horizon
                        + " and " + (due.size() == 1 ? "has" : "have") + " not been held" + (overdue == 0 ? "." : ", " + overdue
                        + " of them overdue.")));
        if (!reviewed.isEmpty()) {
            doc.table(t -> {
                t.column("Learning", 3).column("How impact was measured", 3).column("Reviewed", 1.3).column("What difference it made", 4.5);
                for (TrackerLine l : reviewed) {
                    var i = l.record().impact();
                    String how = i.measures().stream().map(ImpactMeasure::label).collect(Collectors.joining("; "))
                            + (i.how() == null ? "" : (i.measures().isEmpty() ? "" : ". ") + i.how());
                    t.row(List.of(new Block.Cell(List.of(Run.plain(l.record().activity() + "\n"), Run.italic(l.source()))),
                            Block.Cell.of(how), Block.Cell.of(i.reviewedOn().toString()), Block.Cell.of(i.outcome())));
                }
                t.caption("Impact reviews held in " + year.label() + ", from the learning tracker.");
            });
        }
        if (!due.isEmpty()) {
            List<String> lines = new ArrayList<>();
            due.forEach(l -> lines.add(LearningTrackerService.impactLine(l, today)));
            doc.paragraph("Impact reviews still to be held:");
            doc.bullets(lines);
        }
    }

    /** The year's learning by stage of the loop. */
    public static void learningByStage(DocumentBuilder doc, DSLContext ctx, PartnershipYear year, LocalDate today) {
        List<TrackerLine> lines = LearningTrackerService.lines(ctx, new LearningRecordRepository(ctx).all(), today).stream()
                .filter(l -> year.contains(l.record().day())).toList();
        if (lines.isEmpty()) {
            doc.paragraph("No learning was recorded on the learning tracker for " + year.label() + ".");
            return;
        }
        Map<LearningStage, Long> byStage = new EnumMap<>(LearningStage.class);
        lines.forEach(l -> byStage.merge(l.stage(), 1L, Long::sum));
        doc.paragraph(lines.size() + " pieces of learning were recorded on the learning tracker for " + year.label() + ": "
                + byStage.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".");
    }
}
