package org.hubdesk.domain.meetings;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserInputException;

/** A decision recorded at a meeting, against the item under discussion. */
public record Decision(long id, long meetingId, Long agendaItemId, String text, LocalDateTime recordedAt) {
    public Decision {
        if (text == null || text.isBlank()) {
            throw new UserInputException("Write what was decided");
        }
        text = text.strip();
        if (text.length() > 4000) {
            throw new UserInputException("A decision is at most 4000 characters");
        }
    }
}
