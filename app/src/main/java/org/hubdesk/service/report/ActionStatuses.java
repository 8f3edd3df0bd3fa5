package org.hubdesk.service.report;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Run;
import org.hubdesk.store.report.ReportRepository.ActionLine;

/**
 * How papers read the action log on a given day. Today's view is {@link ActionItem#isOverdue};
 * the annual report also needs the log as it stood at the end of a past year, which only the
 * raised and completed dates can tell.
 */
final class ActionStatuses {
    private ActionStatuses() {
    }

    static LocalDate dueDay(ActionLine a) {
        return a.action().timescale() == null ? null : a.action().timescale().dueBy();
    }

    static String dueText(ActionLine a) {
        return a.action().timescale() == null ? "" : a.action().timescale().toString();
    }

    static boolean done(ActionLine a) {
        return a.action().status() == ActionStatus.DONE;
    }

    /** Open on {@code day}: raised by then and not done by then. */
    static boolean openOn(ActionLine a, LocalDate day) {
        if (a.raisedOn().isAfter(day)) {
            return false;
        }
        if (a.action().completedOn() != null) {
            return a.action().completedOn().isAfter(day);
        }
        return !done(a);
    }

    static boolean overdueOn(ActionLine a, LocalDate day) {
        LocalDate due = dueDay(a);
        return openOn(a, day) && due != null && due.isBefore(day);
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
        if (overdueOn(a, day)) {
            return new Block.Cell(List.of(Run.plain(dueText(a) + "\n"), Run.bold("Overdue")));
        }
        return Block.Cell.of(dueText(a));
    }
}
