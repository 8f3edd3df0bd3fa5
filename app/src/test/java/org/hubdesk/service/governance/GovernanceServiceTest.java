package org.hubdesk.service.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.governance.TermsOfReference;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terms of reference on the demo partnership, in a real H2 file: a review falls due, is recorded, and Home stops asking. */
class GovernanceServiceTest {
    @TempDir
    Path dir;

    @Test
    void recordingAReviewSetsTheNextDateSurvivesReopeningAndClearsTheReminder() {
        LocalDate today = LocalDate.now();
        try (Services services = TestStores.openDemo(dir, 0, today)) {
            Group hub = services.governance().groupNamed("learning hub");
            TermsOfReference before = services.governance().termsOfReference(hub.id());
            assertThat(before.nextReview()).isEqualTo(today.plusDays(5));
            assertThat(before.reviews()).hasSize(1);
            assertThat(before.accountabilityText()).isEqualTo("Reports to the Working Group");
            assertThat(services.due().due(today, 7)).extracting(DueItem::kind).contains(DueKind.TERMS);

            services.governance().recordReview(hub.id(), today, today.plusMonths(12), "Quorum confirmed as the three partners");
        }
        try (Services services = TestStores.open(dir)) {
            Group hub = services.governance().groupNamed("Learning Hub");
            TermsOfReference after = services.governance().termsOfReference(hub.id());
            assertThat(after.nextReview()).isEqualTo(today.plusMonths(12));
            assertThat(hub.termsReviewDate()).isEqualTo(today.plusMonths(12));
            assertThat(after.reviews()).hasSize(2);
            assertThat(after.reviews().get(0).note()).isEqualTo("Quorum confirmed as the three partners");
            assertThat(services.due().due(today, 7)).extracting(DueItem::kind).doesNotContain(DueKind.TERMS);
            assertThat(services.due().due(today, 366)).extracting(DueItem::text)
                    .contains("Terms of reference of Learning Hub due for review");

            Group forum = services.governance().groupNamed("Multi-Agency Learning Forum");
            assertThat(services.governance().termsOfReference(forum.id()).accountabilityText())
                    .startsWith("Accountable to the Partnership Board, the Safeguarding Adults Board");
            assertThat(services.governance().termsOfReference(forum.id()).lines(today))
                    .anyMatch(l -> l.startsWith("Membership: ") && l.contains(" core"))
                    .anyMatch(l -> l.startsWith("Date for next review: "));

            assertThatThrownBy(() -> services.governance().recordReview(hub.id(), today.plusDays(1), null, null))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("is in the future");
            assertThatThrownBy(() -> services.governance().groupNamed("Nonesuch"))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("the groups are: ");
        }
    }
}
