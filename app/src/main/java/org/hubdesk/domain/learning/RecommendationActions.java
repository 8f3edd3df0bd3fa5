package org.hubdesk.domain.learning;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;

/** A recommendation with the actions agreed to carry it out, and how far they have got. */
public record RecommendationActions(Recommendation recommendation, List<ActionItem> actions) {
    public RecommendationActions {
        actions = List.copyOf(actions);
    }

    public long done() {
        return actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
    }

    public long overdue(LocalDate today) {
        return actions.stream().filter(a -> a.isOverdue(today)).count();
    }

    /** "2 of 3 actions done, 1 overdue", or "No actions yet". */
    public String progress(LocalDate today) {
        if (actions.isEmpty()) {
            return "No actions yet";
        }
        long late = overdue(today);
        return done() + " of " + actions.size() + (actions.size() == 1 ? " action" : " actions") + " done"
                + (late > 0 ? ", " + late + " overdue" : "");
    }
}
