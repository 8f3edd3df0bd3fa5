package org.hubdesk.domain.reviews;

import org.hubdesk.domain.common.UserText;

/** One LCSPR criterion as the partners answered it: met or not, with a note of why. */
public record CriterionAnswer(LcsprCriterion criterion, boolean met, String note) {
    public CriterionAnswer {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion");
        }
        note = UserText.optional(note);
    }
}
