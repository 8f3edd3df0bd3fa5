package org.hubdesk.domain.meetings;

import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * A member's attendance at one meeting. A deputy is someone from the register (usually the
 * member's nominated deputy) or a name typed in at the door.
 */
public record Attendance(long meetingId, long personId, AttendanceStatus status, Long deputyPersonId, String deputyName) {
    public Attendance {
        if (status == null) {
            throw new UserInputException("Choose present, apologies, deputy attending or absent");
        }
        deputyName = UserText.optional(deputyName);
        if (status == AttendanceStatus.DEPUTY_ATTENDING && deputyPersonId == null && deputyName == null) {
            throw new UserInputException("Say who is attending as deputy");
        }
        if (status != AttendanceStatus.DEPUTY_ATTENDING) {
            deputyPersonId = null;
            deputyName = null;
        }
        if (deputyPersonId != null && deputyPersonId == personId) {
            throw new UserInputException("A member cannot attend as their own deputy");
        }
    }
}
