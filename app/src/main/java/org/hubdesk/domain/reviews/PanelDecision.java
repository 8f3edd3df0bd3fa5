package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/** The Virtual Panel's decision (the three statutory partners): a rapid review or not, and why. */
public record PanelDecision(LocalDate decidedOn, boolean rapidReview, String reason) {
    public PanelDecision {
        if (decidedOn == null) {
            throw new UserInputException("The panel decision needs the date it was made");
        }
        reason = UserText.required(reason, "Give the panel's reason for its decision");
    }
}
