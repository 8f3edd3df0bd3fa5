package org.hubdesk.domain.learning;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * A recommendation a Learning Hub cycle makes to the Partnership Board in its Month 4 (seed 000):
 * what was learned, what the hub recommends, at which level, and the board's decision. The date
 * belongs to an agreed recommendation only: it is when the board agreed it.
 */
public record Recommendation(long id, long hubCycleId, String whatWasLearned, String text, RecommendationLevel level,
                             BoardDecision boardDecision, LocalDate agreedOn, int sortOrder) {
    public static final int MAX_LENGTH = 4000;

    public Recommendation {
        whatWasLearned = UserText.optional(whatWasLearned);
        text = UserText.required(text, "Write the recommendation: what the hub asks the Partnership Board to agree", MAX_LENGTH,
                length -> "A recommendation is limited to " + MAX_LENGTH + " characters (this one has "
                        + length + "); put the detail in the delivery plan");
        if (whatWasLearned != null && whatWasLearned.length() > MAX_LENGTH) {
            throw new UserInputException("'What was learned' is limited to " + MAX_LENGTH + " characters (this has "
                    + whatWasLearned.length() + ")");
        }
        if (level == null) {
            throw new UserInputException("Choose whether the recommendation is operational or strategic");
        }
        if (boardDecision == null) {
            boardDecision = BoardDecision.PROPOSED;
        }
        if (boardDecision == BoardDecision.AGREED && agreedOn == null) {
            throw new UserInputException("Give the date the Partnership Board agreed the recommendation");
        }
        if (boardDecision != BoardDecision.AGREED && agreedOn != null) {
            throw new UserInputException("Only an agreed recommendation has an agreed date: clear the date or set the decision to Agreed");
        }
    }

    /** A new recommendation, not yet put to the board. */
    public static Recommendation proposed(long hubCycleId, String whatWasLearned, String text, RecommendationLevel level) {
        return new Recommendation(0, hubCycleId, whatWasLearned, text, level, BoardDecision.PROPOSED, null, 0);
    }

    public Recommendation withId(long newId) {
        return new Recommendation(newId, hubCycleId, whatWasLearned, text, level, boardDecision, agreedOn, sortOrder);
    }

    public Recommendation withSortOrder(int order) {
        return new Recommendation(id, hubCycleId, whatWasLearned, text, level, boardDecision, agreedOn, order);
    }

    public Recommendation decided(BoardDecision decision, LocalDate on) {
        return new Recommendation(id, hubCycleId, whatWasLearned, text, level, decision, decision == BoardDecision.AGREED ? on : null,
                sortOrder);
    }
}
