package org.hubdesk.domain.assurance;

/** An agency's or school's self-rating of one standard, with its evidence (text and a link) and its actions. */
public record StandardRating(int standardNumber, SelfRating rating, String evidence, String evidenceLink, String actions) {
    public StandardRating {
        if (standardNumber < 1) {
            throw new IllegalArgumentException("Standards are numbered from 1");
        }
        evidence = blankToNull(evidence);
        evidenceLink = blankToNull(evidenceLink);
        actions = blankToNull(actions);
    }

    public static StandardRating of(int number, SelfRating rating, String evidence) {
        return new StandardRating(number, rating, evidence, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
