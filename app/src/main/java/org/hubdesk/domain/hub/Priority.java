package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/** One of the partnership's priorities for a year, the subject of a hub cycle. */
public record Priority(long id, String title, String description, int partnershipYear) {
    public static final int MAX_TITLE = 300;

    public Priority {
        if (title == null || title.isBlank()) {
            throw new UserInputException("A priority needs a title");
        }
        title = title.strip().replaceAll("\\s+", " ");
        if (title.length() > MAX_TITLE) {
            throw new UserInputException("A priority's title is limited to " + MAX_TITLE + " characters (this one has "
                    + title.length() + ")");
        }
        description = UserText.optional(description);
    }

    public Priority withId(long newId) {
        return new Priority(newId, title, description, partnershipYear);
    }
}
