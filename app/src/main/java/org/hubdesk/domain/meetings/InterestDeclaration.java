package org.hubdesk.domain.meetings;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserText;

/**
 * A member's declaration of interest, asked for at "Welcome, introductions, apologies": against
 * one agenda item (a case they know, a paper from their own service) or, with no item, the
 * meeting as a whole. It is printed in the minutes and, on a case-learning item, shown to the chair.
 */
public record InterestDeclaration(long id, long meetingId, long personId, Long agendaItemId, String text, LocalDateTime recordedAt) {
    public InterestDeclaration {
        text = UserText.required(text, "Say what the interest is (for example: knows the family; manages the worker)", 1000,
                length -> "A declaration of interest is at most 1000 characters");
    }
}
