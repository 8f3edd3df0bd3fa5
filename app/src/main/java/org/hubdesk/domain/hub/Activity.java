package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.UserInputException;

/** One thing the hub does in a phase ("Multi-agency audits"), with its status. */
public record Activity(long id, String description, ActivityStatus status) {
    public static final int MAX_LENGTH = 1000;

    public Activity {
        if (description == null || description.isBlank()) {
            throw new UserInputException("An activity needs a description");
        }
        description = description.strip();
        if (description.length() > MAX_LENGTH) {
            throw new UserInputException("An activity's description is limited to " + MAX_LENGTH + " characters");
        }
        if (status == null) {
            status = ActivityStatus.PLANNED;
        }
    }

    public static Activity planned(String description) {
        return new Activity(0, description, ActivityStatus.PLANNED);
    }

    public Activity withStatus(ActivityStatus newStatus) {
        return new Activity(id, description, newStatus);
    }
}
