package org.hubdesk.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.hubdesk.store.report.ReportRepository.ActionLine;

/**
 * How reports read the action log's free status text: which statuses count as finished, how a
 * status is written in a paper, and when an action is overdue.
 */
final class ActionStatuses {
    private static final Set<String> FINISHED = Set.of("COMPLETE", "COMPLETED", "DONE", "CLOSED", "CANCELLED", "WITHDRAWN");
    private static final Set<String> ABANDONED = Set.of("CANCELLED", "WITHDRAWN");

    private ActionStatuses() {
    }

    static String key(ActionLine a) {
        return a.status() == null ? "NOT_STARTED" : a.status().strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    static boolean finished(ActionLine a) {
        return FINISHED.contains(key(a)) || a.completedOn() != null;
    }

    static boolean abandoned(ActionLine a) {
        return ABANDONED.contains(key(a));
    }

    /** "Not started", "In progress", "Complete". */
    static String label(String key) {
        String text = key.toLowerCase(Locale.ROOT).replace('_', ' ');
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The day an action is due: its date, else the last day of its due month, else none. */
    static LocalDate dueDay(ActionLine a) {
        if (a.dueDate() != null) {
            return a.dueDate();
        }
        if (a.dueMonth() != null && a.dueMonth().matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(a.dueMonth()).atEndOfMonth();
        }
        return null;
    }

    static String dueText(ActionLine a) {
        if (a.dueDate() != null) {
            return a.dueDate().toString();
        }
        return a.dueMonth() == null ? "" : a.dueMonth();
    }

    /** Open on {@code day}: raised by then and not finished by then. */
    static boolean openOn(ActionLine a, LocalDate day) {
        if (a.createdOn().isAfter(day) || abandoned(a)) {
            return false;
        }
        if (a.completedOn() != null) {
            return a.completedOn().isAfter(day);
        }
        return !FINISHED.contains(key(a));
    }

    static boolean overdueOn(ActionLine a, LocalDate day) {
        LocalDate due = dueDay(a);
        return openOn(a, day) && due != null && due.isBefore(day);
    }

    static String lead(ActionLine a) {
        if (a.leadName() == null) {
            return "";
        }
        return a.leadAgency() == null ? a.leadName() : a.leadName() + "\n" + a.leadAgency();
    }
}
