package org.hubdesk.domain.meetings;

import java.time.LocalDate;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.common.Labelled;

/** Which actions the log shows: a view (open, due soon, overdue, all) and optional owner, agency, group. */
public record ActionLogFilter(View view, Long ownerPersonId, Long agencyId, Long groupId) {
    /** Days ahead that count as "due soon". */
    public static final int DUE_SOON_DAYS = 14;

    public enum View implements Labelled {
        OPEN, DUE_SOON, OVERDUE, ALL;

        @Override
        public String toString() {
            return label();
        }
    }

    public ActionLogFilter {
        view = view == null ? View.OPEN : view;
    }

    public static ActionLogFilter open() {
        return new ActionLogFilter(View.OPEN, null, null, null);
    }

    public boolean accepts(ActionLogEntry e, LocalDate today) {
        if (ownerPersonId != null && !ownerPersonId.equals(e.action().leadPersonId())) {
            return false;
        }
        if (agencyId != null && !agencyId.equals(e.agencyId())) {
            return false;
        }
        if (groupId != null && !groupId.equals(e.groupId())) {
            return false;
        }
        return switch (view) {
            case OPEN -> e.action().status() != ActionStatus.DONE;
            case DUE_SOON -> e.action().isDueSoon(today, DUE_SOON_DAYS);
            case OVERDUE -> e.action().isOverdue(today);
            case ALL -> true;
        };
    }
}
