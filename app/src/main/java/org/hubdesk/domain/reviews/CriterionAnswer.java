package org.hubdesk.domain.reviews;

/** One LCSPR criterion as the partners answered it: met or not, with a note of why. */
public record CriterionAnswer(LcsprCriterion criterion, boolean met, String note) {
    public CriterionAnswer {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
