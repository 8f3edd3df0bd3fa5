package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserText;

/** A step of an LCSPR the business unit tracks (terms of reference agreed, practitioner event, draft report). */
public record Milestone(long id, long reviewId, String title, LocalDate dueOn, LocalDate doneOn) {
    public Milestone {
        title = UserText.required(title, "A milestone needs a title");
    }

    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn != null && dueOn.isBefore(today);
    }
}
