package org.hubdesk.domain.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.QuorumRule;
import org.junit.jupiter.api.Test;

class TermsReviewTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @Test
    void theNextReviewIsAYearOnUnlessGivenAndMustFallAfterThisOne() {
        assertThat(TermsReview.of(4, DAY, null, " ").nextReviewOn()).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(TermsReview.of(4, DAY, null, " ").note()).isNull();
        assertThat(TermsReview.of(4, DAY, LocalDate.of(2027, 9, 1), "Earlier: new statutory guidance").nextReviewOn())
                .isEqualTo(LocalDate.of(2027, 9, 1));
        assertThatThrownBy(() -> TermsReview.of(4, DAY, DAY, null)).isInstanceOf(UserInputException.class)
                .hasMessage("The next review (2027-03-10) must fall after this review (2027-03-10)");
        assertThatThrownBy(() -> TermsReview.of(4, null, null, null)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Give the day");
    }

    @Test
    void theTermsReadInTheSeedsOrderAndSayWhenTheReviewIsOverdue() {
        Group forum = new Group(3, "Multi-Agency Learning Forum", GroupKind.LEARNING_FORUM, "Shares learning", "Quarterly", 120,
                QuorumRule.STATUTORY_PARTNERS, 1L, DAY.minusDays(1));
        TermsOfReference terms = new TermsOfReference(forum, "Partnership Board", null, List.of(),
                List.of(new TermsReview(1, 3, DAY.minusYears(1).minusDays(1), DAY.minusDays(1), "Agenda template revised")));
        List<String> lines = terms.lines(DAY);
        assertThat(lines).containsExactly("Terms of reference: Multi-Agency Learning Forum", "Purpose: Shares learning",
                "Accountability: Reports to the Partnership Board", "Frequency of meetings: Quarterly, usually 120 minutes",
                "Quorum: " + QuorumRule.STATUTORY_PARTNERS.description(), "Membership: 0 core, 0 ad hoc",
                "Date for next review: 2027-03-09 (overdue)",
                "Reviewed 2026-03-09, next review set for 2027-03-09: Agenda template revised");
        assertThat(terms.reviewStatus(DAY)).isEqualTo("review overdue since 2027-03-09");
        TermsOfReference worded = new TermsOfReference(forum, "Partnership Board", "Reports to three boards twice yearly", List.of(), List.of());
        assertThat(worded.accountabilityText()).isEqualTo("Reports to three boards twice yearly");
    }
}
