package org.hubdesk.domain.actions;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserText;

/**
 * An action agreed anywhere in the partnership (a delivery plan's action plan, a meeting): one
 * action log shows them all. The lead is a person from the registers or free text.
 */
public record ActionItem(long id, String description, Long leadPersonId, String leadText, Timescale timescale,
                         ActionStatus status, int sortOrder, LocalDate completedOn) {
    public ActionItem {
        description = UserText.required(description, "An action needs a description of what is to be done");
        leadText = UserText.optional(leadText);
        if (status == null) {
            status = ActionStatus.NOT_STARTED;
        }
    }

    public static ActionItem draft(String description, Long leadPersonId, String leadText, Timescale timescale) {
        return new ActionItem(0, description, leadPersonId, leadText, timescale, ActionStatus.NOT_STARTED, 0, null);
    }

    public boolean isOverdue(LocalDate today) {
        return status != ActionStatus.DONE && timescale != null && timescale.dueBy().isBefore(today);
    }

    /** Due within {@code days} days from today and not done (and not already overdue). */
    public boolean isDueSoon(LocalDate today, int days) {
        return status != ActionStatus.DONE && timescale != null && !isOverdue(today)
                && !timescale.dueBy().isAfter(today.plusDays(days));
    }

    /** What the action log shows: the status, or "Overdue" when the timescale has passed. */
    public String statusLabel(LocalDate today) {
        return isOverdue(today) ? "Overdue" : status.label();
    }

    public ActionItem withStatus(ActionStatus newStatus, LocalDate today) {
        return new ActionItem(id, description, leadPersonId, leadText, timescale, newStatus, sortOrder,
                newStatus == ActionStatus.DONE ? (completedOn != null ? completedOn : today) : null);
    }

    public ActionItem withId(long newId) {
        return new ActionItem(newId, description, leadPersonId, leadText, timescale, status, sortOrder, completedOn);
    }

    public ActionItem withSortOrder(int order) {
        return new ActionItem(id, description, leadPersonId, leadText, timescale, status, order, completedOn);
    }
}
