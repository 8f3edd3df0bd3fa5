package org.hubdesk.domain.meetings;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserInputException;

/** A point of discussion noted during a meeting, against the item under discussion; goes into the minutes. */
public record MeetingNote(long id, long meetingId, Long agendaItemId, String text, LocalDateTime recordedAt) {
    public MeetingNote {
        if (text == null || text.isBlank()) {
            throw new UserInputException("A note needs some text");
        }
        text = text.strip();
        if (text.length() > 4000) {
            throw new UserInputException("A note is at most 4000 characters");
        }
    }
}
