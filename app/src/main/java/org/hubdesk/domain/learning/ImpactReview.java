package org.hubdesk.domain.learning;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;

/**
 * How and when the impact of a piece of learning will be measured and reviewed (seed 003: "how
 * and when impact of learning will be measured and reviewed"; seed 004 section 4), and what the
 * review found. A review with an outcome has a reviewed date, and only then.
 */
public record ImpactReview(Set<ImpactMeasure> measures, String how, LocalDate dueOn, String outcome, LocalDate reviewedOn) {
    public static final int MAX_LENGTH = 4000;

    public ImpactReview {
        measures = measures == null || measures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(measures));
        how = LearningRecord.clean(how, "How impact will be measured");
        outcome = LearningRecord.clean(outcome, "The impact review's outcome");
        if (outcome != null && reviewedOn == null) {
            throw new UserInputException("Give the date the impact was reviewed");
        }
        if (outcome == null && reviewedOn != null) {
            throw new UserInputException("Write what the impact review found, or clear its date");
        }
        if (outcome != null && dueOn == null) {
            dueOn = reviewedOn;
        }
    }

    public static ImpactReview none() {
        return new ImpactReview(Set.of(), null, null, null, null);
    }

    public boolean planned() {
        return dueOn != null;
    }

    public boolean reviewed() {
        return outcome != null;
    }

    /** Falls due on or before {@code day} and has not been reviewed. */
    public boolean dueBy(LocalDate day) {
        return dueOn != null && !reviewed() && !dueOn.isAfter(day);
    }

    public boolean overdue(LocalDate today) {
        return dueOn != null && !reviewed() && dueOn.isBefore(today);
    }

    public ImpactReview withOutcome(String text, LocalDate on) {
        return new ImpactReview(measures, how, dueOn, text, on);
    }
}
