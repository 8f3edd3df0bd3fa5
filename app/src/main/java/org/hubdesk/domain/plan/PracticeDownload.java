package org.hubdesk.domain.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.hubdesk.domain.common.Labels;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * A practice download (Back to Practice model): what the Practice Review & Learning Manager saw at
 * a visit, a multi-agency meeting or an observation, answered in the model's five questions. It is
 * listed under "Evidence from visits and observations".
 */
public record PracticeDownload(long id, String observed, LocalDate observedOn, Long agencyId,
                               Map<Question, String> answers, int sortOrder) {

    /** The five questions of the download, in the model's order and words. */
    public enum Question {
        WENT_WELL,
        DID_NOT_GO_WELL,
        GOT_IN_THE_WAY,
        NEEDS_TO_BE_DIFFERENT,
        NEEDS_TO_CHANGE;

        public String words() {
            return Labels.of(this, "words");
        }

        @Override
        public String toString() {
            return words();
        }
    }

    public PracticeDownload {
        observed = UserText.required(observed,
                "A practice download needs to say what was observed (for example 'Strategy meeting, 3 March')");
        EnumMap<Question, String> clean = new EnumMap<>(Question.class);
        if (answers != null) {
            answers.forEach((q, a) -> {
                if (a != null && !a.isBlank()) {
                    clean.put(q, a.strip());
                }
            });
        }
        if (clean.isEmpty()) {
            throw new UserInputException("A practice download needs an answer to at least one of its five questions");
        }
        answers = Map.copyOf(clean);
    }

    public String answer(Question question) {
        return answers.getOrDefault(question, "");
    }

    public PracticeDownload withId(long newId) {
        return new PracticeDownload(newId, observed, observedOn, agencyId, answers, sortOrder);
    }

    public PracticeDownload withSortOrder(int order) {
        return new PracticeDownload(id, observed, observedOn, agencyId, answers, order);
    }
}
