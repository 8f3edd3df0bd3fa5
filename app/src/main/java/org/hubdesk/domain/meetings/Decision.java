package org.hubdesk.domain.meetings;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserText;

/** A decision recorded at a meeting, against the item under discussion. */
public record Decision(long id, long meetingId, Long agendaItemId, String text, LocalDateTime recordedAt) {
    public Decision {
        text = UserText.required(text, "Write what was decided", 4000,
                length -> "A decision is at most 4000 characters");
    }
}
