package org.hubdesk.domain.learning;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;

/**
 * One communication method of a dissemination plan (seed 004 Appendix C, "Communication
 * Methods") for one target audience: who does it, by when, and whether it is done.
 */
public record DisseminationAction(long id, long learningId, Audience audience, String method, String owner, LocalDate dueOn,
                                  boolean done, int sortOrder) {
    public DisseminationAction {
        if (audience == null) {
            throw new UserInputException("Choose the target audience the method reaches");
        }
        method = LearningRecord.clean(method, "The communication method");
        if (method == null) {
            throw new UserInputException("Name the communication method, e.g. a 7-minute briefing or a newsletter article");
        }
        owner = LearningRecord.clean(owner, "The owner");
    }

    public boolean overdue(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }

    public DisseminationAction withId(long newId) {
        return new DisseminationAction(newId, learningId, audience, method, owner, dueOn, done, sortOrder);
    }

    public DisseminationAction markedDone(boolean isDone) {
        return new DisseminationAction(id, learningId, audience, method, owner, dueOn, isDone, sortOrder);
    }
}
