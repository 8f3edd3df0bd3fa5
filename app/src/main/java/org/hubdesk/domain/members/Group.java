package org.hubdesk.domain.members;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/** A group of the partnership (board, hub, forum, subgroup) with its terms of reference basics. */
public record Group(long id, String name, GroupKind kind, String purpose, String meetingFrequency,
                    Integer usualLengthMinutes, QuorumRule quorumRule, Long reportsToGroupId,
                    LocalDate termsReviewDate) {
    public Group {
        name = UserText.required(name, "A group needs a name");
        if (kind == null) {
            kind = GroupKind.OTHER;
        }
        if (quorumRule == null) {
            quorumRule = QuorumRule.STATUTORY_PARTNERS;
        }
        if (usualLengthMinutes != null && usualLengthMinutes <= 0) {
            throw new UserInputException("The usual meeting length of '" + name + "' must be a positive number of minutes");
        }
        if (reportsToGroupId != null && reportsToGroupId == id && id != 0) {
            throw new UserInputException("A group cannot report to itself");
        }
    }
}
