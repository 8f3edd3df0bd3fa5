package org.hubdesk.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;

class RecommendationTest {
    private static final LocalDate BOARD = LocalDate.of(2027, 3, 12);

    @Test
    void aRecommendationNeedsItsTextAndLevelAndIsTrimmed() {
        Recommendation r = Recommendation.proposed(4, "  Chronologies were late.  ", "  Use one chronology.  ", RecommendationLevel.STRATEGIC);
        assertThat(r.text()).isEqualTo("Use one chronology.");
        assertThat(r.whatWasLearned()).isEqualTo("Chronologies were late.");
        assertThat(r.boardDecision()).isEqualTo(BoardDecision.PROPOSED);
        assertThat(Recommendation.proposed(4, " ", "x", RecommendationLevel.OPERATIONAL).whatWasLearned()).isNull();

        assertThatThrownBy(() -> Recommendation.proposed(4, "learned", "  ", RecommendationLevel.OPERATIONAL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Write the recommendation");
        assertThatThrownBy(() -> Recommendation.proposed(4, "learned", "text", null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("operational or strategic");
        assertThatThrownBy(() -> Recommendation.proposed(4, null, "x".repeat(Recommendation.MAX_LENGTH + 1), RecommendationLevel.OPERATIONAL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("4000 characters");
    }

    @Test
    void onlyAnAgreedRecommendationHasAnAgreedDateAndItMustHaveOne() {
        Recommendation r = Recommendation.proposed(4, null, "text", RecommendationLevel.OPERATIONAL);
        assertThat(r.decided(BoardDecision.AGREED, BOARD).agreedOn()).isEqualTo(BOARD);
        assertThat(r.decided(BoardDecision.NOT_AGREED, BOARD).agreedOn()).isNull();
        assertThatThrownBy(() -> new Recommendation(0, 4, null, "text", RecommendationLevel.OPERATIONAL, BoardDecision.AGREED, null, 0))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Give the date");
        assertThatThrownBy(() -> new Recommendation(0, 4, null, "text", RecommendationLevel.OPERATIONAL, BoardDecision.PROPOSED, BOARD, 0))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Only an agreed recommendation");
    }

    @Test
    void progressCountsDoneAndOverdueActions() {
        LocalDate today = LocalDate.of(2027, 6, 1);
        Recommendation r = Recommendation.proposed(4, null, "text", RecommendationLevel.OPERATIONAL);
        ActionItem done = new ActionItem(1, "a", null, "Manager", Timescale.ofMonth(YearMonth.of(2027, 4)), ActionStatus.DONE, 0,
                LocalDate.of(2027, 4, 2));
        ActionItem late = ActionItem.draft("b", null, "Manager", Timescale.ofDay(LocalDate.of(2027, 5, 31)));
        ActionItem later = ActionItem.draft("c", null, "Manager", Timescale.ofMonth(YearMonth.of(2027, 9)));
        assertThat(new RecommendationActions(r, List.of()).progress(today)).isEqualTo("No actions yet");
        assertThat(new RecommendationActions(r, List.of(done, late, later)).progress(today)).isEqualTo("1 of 3 actions done, 1 overdue");
        assertThat(new RecommendationActions(r, List.of(done)).progress(today)).isEqualTo("1 of 1 action done");
    }
}
