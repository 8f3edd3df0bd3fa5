package org.hubdesk.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionStatus;
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
final class ActionTrackerReport extends CatalogueReport {
    ActionTrackerReport() {
        super("actions", "Action tracker",
                "Every action in the partnership's log by status, with its lead and due date; overdue actions are marked.");
    }

    @Override
    public Document build(ReportInput input) {
        LocalDate today = input.today();
        List<ActionLine> actions = new ReportRepository(input.ctx()).actions();
        DocumentBuilder doc = input.document("Action tracker", "All actions at " + today)
                .landscape();
        long open = actions.stream().filter(a -> ActionStatuses.openOn(a, today)).count();
        long overdue = actions.stream().filter(a -> a.action().isOverdue(today)).count();
        long done = actions.stream().filter(ActionStatuses::done).count();
        doc.labelValues(lv -> lv.add("Actions in the log", actions.size())
                .add("Open", open)
                .add("Of which overdue", overdue)
                .add("Done", done));
        if (actions.isEmpty()) {
            doc.paragraph("No actions have been recorded yet. Actions from delivery plans and meetings appear here as they are added.");
            return doc.build();
        }
        if (overdue > 0) {
            doc.warning(overdue + " open action" + (overdue == 1 ? " is" : "s are") + " past their due date; leads are asked to"
                    + " update the board on progress or agree a new date.");
        }
        // Open actions first (in progress, then not started), done last; within each by due date.
        List<ActionStatus> order = List.of(ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED, ActionStatus.DONE);
        Map<ActionStatus, List<ActionLine>> byStatus = new EnumMap<>(ActionStatus.class);
        actions.stream()
                .sorted(Comparator.comparing(ActionStatuses::dueDay, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.action().id()))
                .forEach(a -> byStatus.computeIfAbsent(a.action().status(), k -> new ArrayList<>()).add(a));
        for (ActionStatus status : order) {
            List<ActionLine> lines = byStatus.getOrDefault(status, List.of());
            if (lines.isEmpty()) {
                continue;
            }
            doc.heading1(status.label() + " (" + lines.size() + ")");
            doc.table(t -> {
                t.column("Ref", 0.8).column("Action", 6).column("Lead", 2.8).column("Due", 1.4).column("Raised", 1.4)
                        .column(status == ActionStatus.DONE ? "Done on" : "Status", 1.4);
                for (ActionLine a : lines) {
                    Block.Cell last = status == ActionStatus.DONE
                            ? Block.Cell.of(a.action().completedOn() == null ? "" : a.action().completedOn().toString())
                            : a.action().isOverdue(today) ? new Block.Cell(List.of(Run.bold("Overdue"))) : Block.Cell.of(status.label());
                    t.row(List.of(Block.Cell.of("A" + a.action().id()), Block.Cell.of(a.action().description()),
                            ActionStatuses.leadCell(a), Block.Cell.of(ActionStatuses.dueText(a)),
                            Block.Cell.of(a.raisedOn().toString()), last));
                }
            });
        }
        return doc.build();
    }
}
