package org.hubdesk.domain.assurance;

import org.hubdesk.domain.common.UserText;

/** An agency's or school's self-rating of one standard, with its evidence (text and a link) and its actions. */
public record StandardRating(int standardNumber, SelfRating rating, String evidence, String evidenceLink, String actions) {
    public StandardRating {
        if (standardNumber < 1) {
            throw new IllegalArgumentException("Standards are numbered from 1");
        }
        evidence = UserText.optional(evidence);
        evidenceLink = UserText.optional(evidenceLink);
        actions = UserText.optional(actions);
    }

    public static StandardRating of(int number, SelfRating rating, String evidence) {
        return new StandardRating(number, rating, evidence, null, null);
    }
}
