package org.hubdesk.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.store.report.ReportRepository;
import org.hubdesk.store.report.ReportRepository.ActionLine;

/**
 * The partnership's whole action log for the board: a summary, then every action by status
 * (open ones first), each with its lead and due date, overdue ones marked.
 */
final class ActionTrackerReport implements Report {
    @Override
    public String id() {
        return "actions";
    }

    @Override
    public String title() {
        return "Action tracker";
    }

    @Override
    public String description() {
        return "Every action in the partnership's log by status, with its lead and due date; overdue actions are marked.";
    }

    @Override
    public Set<ReportScope.Kind> needs() {
        return Set.of();
    }

    @Override
    public Document build(ReportInput input) {
        LocalDate today = input.today();
        List<ActionLine> actions = new ReportRepository(input.ctx()).actions();
        DocumentBuilder doc = Document.builder("Action tracker")
                .subtitle("All actions at " + today)
                .author(input.author())
                .date(today)
                .landscape();
        long open = actions.stream().filter(a -> ActionStatuses.openOn(a, today)).count();
        long overdue = actions.stream().filter(a -> ActionStatuses.overdueOn(a, today)).count();
        long finished = actions.stream().filter(ActionStatuses::finished).count();
        doc.labelValues(lv -> lv.add("Actions in the log", actions.size())
                .add("Open", open)
                .add("Of which overdue", overdue)
                .add("Complete or closed", finished));
        if (actions.isEmpty()) {
            doc.paragraph("No actions have been recorded yet. Actions from delivery plans and meetings appear here as they are added.");
            return doc.build();
        }
        if (overdue > 0) {
            doc.warning(overdue + " open action" + (overdue == 1 ? " is" : "s are") + " past their due date; leads are asked to"
                    + " update the board on progress or agree a new date.");
        }
        Map<String, List<ActionLine>> byStatus = new LinkedHashMap<>();
        actions.stream()
                .sorted(Comparator.comparing((ActionLine a) -> ActionStatuses.finished(a))
                        .thenComparing(a -> ActionStatuses.key(a))
                        .thenComparing(a -> ActionStatuses.dueDay(a), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionLine::id))
                .forEach(a -> byStatus.computeIfAbsent(ActionStatuses.key(a), k -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<ActionLine>> group : byStatus.entrySet()) {
            doc.heading1(ActionStatuses.label(group.getKey()) + " (" + group.getValue().size() + ")");
            doc.table(t -> {
                t.column("Ref", 0.8).column("Action", 6).column("Lead", 2.8).column("Due", 1.4).column("Raised", 1.4)
                        .column("Completed", 1.4);
                for (ActionLine a : group.getValue()) {
                    t.row(List.of(Block.Cell.of("A" + a.id()), Block.Cell.of(a.description()), leadCell(a),
                            dueCell(a, today), Block.Cell.of(a.createdOn().toString()),
                            Block.Cell.of(a.completedOn() == null ? "" : a.completedOn().toString())));
                }
            });
        }
        return doc.build();
    }

    static Block.Cell leadCell(ActionLine a) {
        if (a.leadName() == null) {
            return Block.Cell.of("");
        }
        if (a.leadAgency() == null) {
            return Block.Cell.of(a.leadName());
        }
        return new Block.Cell(List.of(Run.plain(a.leadName() + "\n"), Run.italic(a.leadAgency())));
    }

    static Block.Cell dueCell(ActionLine a, LocalDate day) {
        if (ActionStatuses.overdueOn(a, day)) {
            return new Block.Cell(List.of(Run.plain(ActionStatuses.dueText(a) + "\n"), Run.bold("Overdue")));
        }
        return Block.Cell.of(ActionStatuses.dueText(a));
    }
}
