package org.hubdesk.service.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.CriterionAnswer;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one case review: a save from an older opening is refused with both versions, the first save stays. */
class CaseReviewStaleEditTest {
    @TempDir
    Path dir;

    private Database database;
    private CaseReviewService reviews;
    private final LocalDate today = LocalDate.of(2027, 1, 11);

    @BeforeEach
    void open() {
        database = Database.open(dir, null);
        reviews = new CaseReviewService(database, Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSecondEditOfTheReferralFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        long id = reviews.record(ReviewKind.RAPID_REVIEW, "Infant injuries", "Baby K", LocalDate.of(2027, 1, 6),
                "Designated Nurse", "Health; Police").id();
        Versioned<CaseReview> mine = reviews.forEdit(id);
        Versioned<CaseReview> theirs = reviews.forEdit(id);
        reviews.editReferral(id, theirs.version(), "Infant injuries", "Baby K", "Designated Doctor", "Health; Police");
        assertThatThrownBy(() -> reviews.editReferral(id, mine.version(), "Infant injuries", "Baby K", "Designated Nurse",
                "Health; Police; Education"))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The case review 'Infant injuries' was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: 'Infant injuries', Baby K, Referred, referred by Designated Doctor, Health; Police."
                        + " Yours: 'Infant injuries', Baby K, Referred, referred by Designated Nurse, Health; Police; Education."
                        + " Open it again to see their change, then make yours on top of it.");
        CaseReview now = reviews.detail(id).review();
        assertThat(now.referredBy()).isEqualTo("Designated Doctor");
        assertThat(now.agencies()).isEqualTo("Health; Police");
    }

    @Test
    void aDecisionRecordedOnAReviewAColleagueHasDecidedSinceIsRefused() {
        long id = reviews.record(ReviewKind.RAPID_REVIEW, "Infant injuries", "Baby K", LocalDate.of(2027, 1, 6),
                "Designated Nurse", "Health; Police").id();
        int seenByBoth = reviews.detail(id).version();
        reviews.recordPanelDecision(id, new PanelDecision(today, true, "Serious harm, abuse suspected"), seenByBoth);
        assertThatThrownBy(() -> reviews.recordPanelDecision(id, new PanelDecision(today, false, "Not met"), seenByBoth))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("panel 2027-01-11 rapid review");
        assertThat(reviews.detail(id).review().status()).isEqualTo(ReviewStatus.IN_PROGRESS);

        reviews.recordReportSent(id, today);
        int opened = reviews.detail(id).version();
        LcsprDecision lcspr = new LcsprDecision(today, List.of(new CriterionAnswer(LcsprCriterion.WORKING_TOGETHER, true, "no strategy")),
                ReviewOutcome.LCSPR);
        reviews.recordLcsprDecision(id, lcspr, opened);
        assertThatThrownBy(() -> reviews.recordLcsprDecision(id, new LcsprDecision(today, List.of(), ReviewOutcome.NO_FURTHER_REVIEW), opened))
                .isInstanceOf(StaleEditException.class);
        assertThat(reviews.detail(id).review().kind()).isEqualTo(ReviewKind.LCSPR);
        assertThat(reviews.detail(id).review().lcsprDecision().outcome()).isEqualTo(ReviewOutcome.LCSPR);
    }
}
