package org.hubdesk.service.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.CriterionAnswer;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.domain.reviews.TrafficLight;
import org.hubdesk.service.Services;
import org.hubdesk.store.Database;
import org.hubdesk.testing.TestClocks;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;

/** Case reviews stored in a real H2 file, on a fixed today (Mon 11 Jan 2027). */
class CaseReviewServiceTest {
    @TempDir
    Path dir;

    private Database database;
    private CaseReviewService reviews;
    private final LocalDate today = LocalDate.of(2027, 1, 11);

    @BeforeEach
    void open() {
        database = TestStores.database(dir);
        reviews = new CaseReviewService(database, TestClocks.startOf(today));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReferralGoesThroughThePanelAndTheRapidReviewToAnLcsprWithItsMilestonesAndActions() {
        CaseReview referral = reviews.record(ReviewKind.RAPID_REVIEW, "Infant injuries", "Baby K", LocalDate.of(2026, 12, 23),
                "Designated Nurse", "Health; Police");
        assertThat(referral.status()).isEqualTo(ReviewStatus.REFERRED);
        long id = referral.id();
        reviews.recordPanelNotified(id, LocalDate.of(2027, 1, 4));
        reviews.recordPanelDecision(id, new PanelDecision(LocalDate.of(2026, 12, 24), true, "Serious harm, abuse suspected"));
        // Due Mon 18 Jan 2027 (see ReviewClockTest); sent on Fri 8 Jan.
        CaseReview sent = reviews.recordReportSent(id, LocalDate.of(2027, 1, 8));
        assertThat(sent.status()).isEqualTo(ReviewStatus.AWAITING_DECISION);
        assertThat(sent.clocks()).extracting(c -> c.light(today)).containsExactly(TrafficLight.MET, TrafficLight.MET);

        Optional<Long> single = reviews.recordLcsprDecision(id, new LcsprDecision(today, List.of(
                new CriterionAnswer(LcsprCriterion.WORKING_TOGETHER, true, "no strategy discussion")), ReviewOutcome.LCSPR));
        assertThat(single).isEmpty();
        reviews.recordLcsprDetails(id, new CaseReview.Lcspr(today, "Independent reviewer", true, null));
        reviews.addMilestone(id, "Terms of reference agreed", today.plusDays(14));
        reviews.addAction(id, ActionItem.draft("Agree a strategy discussion protocol", null, "Head of Service", Timescale.ofDay(today.plusMonths(2))));

        CaseReviewService.Detail detail = reviews.detail(id);
        assertThat(detail.review().kind()).isEqualTo(ReviewKind.LCSPR);
        assertThat(detail.review().status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(detail.review().lcsprDecision().answers()).hasSize(8).filteredOn(CriterionAnswer::met)
                .extracting(CriterionAnswer::note).containsExactly("no strategy discussion");
        assertThat(detail.review().lcspr().independentReviewer()).isTrue();
        assertThat(detail.milestones()).extracting(m -> m.title()).containsExactly("Terms of reference agreed");
        assertThat(detail.actions()).extracting(ActionItem::description).containsExactly("Agree a strategy discussion protocol");

        CaseReview published = reviews.recordLcsprDetails(id, new CaseReview.Lcspr(today, "Independent reviewer", true, today));
        assertThat(published.status()).isEqualTo(ReviewStatus.COMPLETED);
    }

    @Test
    void aSingleAgencyOutcomeOpensASingleAgencyReviewWhoseThreeWeeksRunFromTheLetter() {
        long id = reviews.record(ReviewKind.RAPID_REVIEW, "School concerns", "Child D", LocalDate.of(2026, 12, 1), null, null).id();
        reviews.recordPanelDecision(id, new PanelDecision(LocalDate.of(2026, 12, 2), true, "Serious harm"));
        long single = reviews.recordLcsprDecision(id, new LcsprDecision(LocalDate.of(2027, 1, 6), List.of(),
                ReviewOutcome.SINGLE_AGENCY_REVIEW)).orElseThrow();
        CaseReview r = reviews.detail(single).review();
        assertThat(r.kind()).isEqualTo(ReviewKind.SINGLE_AGENCY);
        assertThat(r.clocks().get(0).dueOn()).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(reviews.detail(id).review().status()).isEqualTo(ReviewStatus.COMPLETED);
    }

    @Test
    void aPanelSayingNoClosesTheReferralAndStopsTheReportClock() {
        long id = reviews.record(ReviewKind.RAPID_REVIEW, "Toddler injury", "Child N", LocalDate.of(2026, 11, 2), null, null).id();
        CaseReview closed = reviews.recordPanelDecision(id, new PanelDecision(LocalDate.of(2026, 11, 3), false, "Accidental"));
        assertThat(closed.status()).isEqualTo(ReviewStatus.CLOSED);
        assertThat(closed.clocks()).extracting(c -> c.kind().label()).containsExactly("National Panel notified by");
        assertThatThrownBy(() -> reviews.recordLcsprDecision(id, new LcsprDecision(today, List.of(), ReviewOutcome.LCSPR)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("decided against a rapid review");
    }

    @Test
    void theListFiltersByKindStatusAndOverdue() {
        // Received 2 Dec 2026: the National Panel was due 9 Dec and the report 23 Dec, both passed by 11 Jan.
        long late = reviews.record(ReviewKind.RAPID_REVIEW, "Late", null, LocalDate.of(2026, 12, 2), null, null).id();
        long fresh = reviews.record(ReviewKind.RAPID_REVIEW, "Fresh", null, LocalDate.of(2027, 1, 8), null, null).id();
        long good = reviews.record(ReviewKind.SERIOUSLY_GOOD, "Good", null, LocalDate.of(2027, 1, 5), null, null).id();
        reviews.recordBriefing(good, "Learning Hub", LocalDate.of(2027, 1, 7));
        assertThat(reviews.list(CaseReviewService.Filter.all())).extracting(CaseReview::id).containsExactly(fresh, good, late);
        assertThat(reviews.list(new CaseReviewService.Filter(null, null, true))).extracting(CaseReview::id).containsExactly(late);
        assertThat(reviews.list(new CaseReviewService.Filter(ReviewKind.SERIOUSLY_GOOD, ReviewStatus.COMPLETED, false)))
                .extracting(CaseReview::id).containsExactly(good);
    }

    @Test
    void aFutureDateReceivedIsRefused() {
        assertThatThrownBy(() -> reviews.record(ReviewKind.SINGLE_AGENCY, "Later", null, today.plusDays(1), null, null))
                .isInstanceOf(UserInputException.class).hasMessage("The date received, 2027-01-12, is in the future");
    }

    @Test
    void theDemoHasReviewsInEveryState() {
        try (Services services = TestStores.openDemo(dir.resolve("demo"), 0, LocalDate.now())) {
            List<CaseReview> all = services.reviews().list(CaseReviewService.Filter.all());
            assertThat(all).extracting(CaseReview::status).contains(ReviewStatus.values());
            assertThat(all).extracting(CaseReview::kind).contains(ReviewKind.values());
            LocalDate now = LocalDate.now();
            assertThat(all).flatExtracting(CaseReview::clocks).extracting(c -> c.light(now))
                    .contains(TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED, TrafficLight.MET);
            assertThat(all).allSatisfy(r -> assertThat(r.caseReferenceWarning()).isNull());
        }
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

    @Test
    void theTodayButtonsPressedOnAReviewAColleagueChangedSinceAreRefused() {
        long id = reviews.record(ReviewKind.RAPID_REVIEW, "Infant injuries", "Baby K", LocalDate.of(2027, 1, 6),
                "Designated Nurse", "Health; Police").id();
        int seenByBoth = reviews.detail(id).version();
        reviews.recordPanelNotified(id, LocalDate.of(2027, 1, 7), seenByBoth);
        assertThatThrownBy(() -> reviews.recordPanelNotified(id, today, seenByBoth))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The case review 'Infant injuries' was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: National Panel notified 2027-01-07. Yours: National Panel notified 2027-01-11."
                        + " Open it again to see their change, then make yours on top of it.");
        assertThat(reviews.detail(id).review().panelNotifiedOn()).isEqualTo(LocalDate.of(2027, 1, 7));

        int opened = reviews.detail(id).version();
        reviews.recordReportSent(id, LocalDate.of(2027, 1, 8), opened);
        assertThatThrownBy(() -> reviews.recordReportSent(id, today, opened))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: report sent 2027-01-08, ")
                .hasMessageContaining("Yours: report sent 2027-01-11, ");
        assertThat(reviews.detail(id).review().reportSentOn()).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void anLcsprsDetailsOrLearningSavedFromAnOlderOpeningAreRefusedAndTheColleaguesStay() {
        long id = reviews.record(ReviewKind.RAPID_REVIEW, "Infant injuries", "Baby K", LocalDate.of(2026, 12, 23),
                "Designated Nurse", "Health; Police").id();
        reviews.recordLcsprDecision(id, new LcsprDecision(today, List.of(
                new CriterionAnswer(LcsprCriterion.WORKING_TOGETHER, true, "no strategy discussion")), ReviewOutcome.LCSPR));
        int seenByBoth = reviews.detail(id).version();
        reviews.recordLcsprDetails(id, new CaseReview.Lcspr(today, "Independent reviewer", true, null), seenByBoth);
        assertThatThrownBy(() -> reviews.recordLcsprDetails(id, new CaseReview.Lcspr(today, "Head of Service", false, null), seenByBoth))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: commissioned 2027-01-11, reviewer Independent reviewer (independent), published not yet."
                        + " Yours: commissioned 2027-01-11, reviewer Head of Service, published not yet.");
        assertThat(reviews.detail(id).review().lcspr().reviewer()).isEqualTo("Independent reviewer");

        int opened = reviews.detail(id).version();
        reviews.recordLearning(id, "Strategy discussions were not held.", opened);
        assertThatThrownBy(() -> reviews.recordLearning(id, "Chronologies were not shared.", opened))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: learning 'Strategy discussions were not held.'."
                        + " Yours: learning 'Chronologies were not shared.'.");
        assertThat(reviews.detail(id).review().learning()).isEqualTo("Strategy discussions were not held.");
    }

    @Test
    void aBriefingSavedFromAnOlderOpeningIsRefusedAndTheColleaguesStays() {
        long good = reviews.record(ReviewKind.SERIOUSLY_GOOD, "Good", null, LocalDate.of(2027, 1, 5), null, null).id();
        int seenByBoth = reviews.detail(good).version();
        reviews.recordBriefing(good, "Learning Hub", LocalDate.of(2027, 1, 7), seenByBoth);
        assertThatThrownBy(() -> reviews.recordBriefing(good, "Forum", LocalDate.of(2027, 2, 1), seenByBoth))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: shared at Learning Hub, briefing session 2027-01-07."
                        + " Yours: shared at Forum, briefing session 2027-02-01.");
        CaseReview now = reviews.detail(good).review();
        assertThat(now.sharedAt()).isEqualTo("Learning Hub");
        assertThat(now.briefingOn()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(now.status()).isEqualTo(ReviewStatus.COMPLETED);
    }
}
