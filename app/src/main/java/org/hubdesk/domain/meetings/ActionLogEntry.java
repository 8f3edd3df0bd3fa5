package org.hubdesk.domain.meetings;

import java.time.LocalDate;
import org.hubdesk.domain.actions.ActionItem;

/**
 * A line of the action log: the shared action with its owner, owner's agency and, when it was
 * agreed at a meeting, that meeting and its group.
 */
public record ActionLogEntry(ActionItem action, String ownerName, Long agencyId, String agencyName, Long meetingId,
                             LocalDate meetingDate, Long groupId, String groupName, Long agendaItemId) {
    public String owner() {
        return ownerName != null ? ownerName : action.leadText() != null ? action.leadText() : "";
    }
}
