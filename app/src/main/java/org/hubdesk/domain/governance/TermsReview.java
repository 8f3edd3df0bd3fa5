package org.hubdesk.domain.governance;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One review of a group's terms of reference: the day it was reviewed and the "Date for next
 * review" it set (seeds 000 and 003 end with that line; seed 000 reviews its terms annually).
 */
public record TermsReview(long id, long groupId, LocalDate reviewedOn, LocalDate nextReviewOn, String note) {
    /** Seed 000: the terms of reference are reviewed "annually unless significant changes ... require earlier review". */
    public static final int DEFAULT_MONTHS = 12;
    public static final int NOTE_LIMIT = 2000;

    public TermsReview {
        if (reviewedOn == null) {
            throw new UserInputException("Give the day the terms of reference were reviewed");
        }
        if (nextReviewOn == null) {
            throw new UserInputException("Give the date for the next review");
        }
        if (!nextReviewOn.isAfter(reviewedOn)) {
            throw new UserInputException("The next review (" + nextReviewOn + ") must fall after this review (" + reviewedOn + ")");
        }
        note = UserText.optional(note);
        if (note != null && note.length() > NOTE_LIMIT) {
            throw new UserInputException("The note is limited to " + NOTE_LIMIT + " characters (this has " + note.length() + ")");
        }
    }

    /** A review today with the next one a year on unless a date is given. */
    public static TermsReview of(long groupId, LocalDate reviewedOn, LocalDate nextReviewOn, String note) {
        LocalDate next = nextReviewOn != null ? nextReviewOn : reviewedOn == null ? null : reviewedOn.plusMonths(DEFAULT_MONTHS);
        return new TermsReview(0, groupId, reviewedOn, next, note);
    }

    public TermsReview withId(long newId) {
        return new TermsReview(newId, groupId, reviewedOn, nextReviewOn, note);
    }
}
