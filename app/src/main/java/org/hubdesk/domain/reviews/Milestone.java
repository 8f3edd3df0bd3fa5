package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;

/** A step of an LCSPR the business unit tracks (terms of reference agreed, practitioner event, draft report). */
public record Milestone(long id, long reviewId, String title, LocalDate dueOn, LocalDate doneOn) {
    public Milestone {
        if (title == null || title.isBlank()) {
            throw new UserInputException("A milestone needs a title");
        }
        title = title.strip();
    }

    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn != null && dueOn.isBefore(today);
    }
}
