package org.hubdesk.domain.meetings;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserText;

/** A point of discussion noted during a meeting, against the item under discussion; goes into the minutes. */
public record MeetingNote(long id, long meetingId, Long agendaItemId, String text, LocalDateTime recordedAt) {
    public MeetingNote {
        text = UserText.required(text, "A note needs some text", 4000,
                length -> "A note is at most 4000 characters");
    }
}
