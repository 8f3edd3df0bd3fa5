package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.UserText;

/** One thing the hub does in a phase ("Multi-agency audits"), with its status. */
public record Activity(long id, String description, ActivityStatus status) {
    public static final int MAX_LENGTH = 1000;

    public Activity {
        description = UserText.required(description, "An activity needs a description", MAX_LENGTH,
                length -> "An activity's description is limited to " + MAX_LENGTH + " characters");
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
