package org.hubdesk.service.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ForumReviewNotes;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.Milestone;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.reviews.CaseReviewRepository;
import org.jooq.DSLContext;

/**
 * The case review tracker: referrals, the Virtual Panel's and the partners' decisions, LCSPRs,
 * single agency and seriously good reviews. One public method per user action, one transaction each.
 */
public final class CaseReviewService extends DatedService {

    public CaseReviewService(Database database, Clock clock) {
        super(database, clock);
    }

    /** What the list shows: any of kind, status, and only reviews with a clock overdue today. */
    public record Filter(ReviewKind kind, ReviewStatus status, boolean overdueOnly) {
        public static Filter all() {
            return new Filter(null, null, false);
        }
    }

    /** A review with its LCSPR milestones and its actions from the shared log. */
    /** A review as opened, with its row version: the forms on it save against that version. */
    public record Detail(CaseReview review, List<Milestone> milestones, List<ActionItem> actions, int version) {
        public Detail {
            milestones = List.copyOf(milestones);
            actions = List.copyOf(actions);
        }
    }

    /** Records a referral or a review; a date received in the future is refused. */
    public CaseReview record(ReviewKind kind, String title, String caseReference, LocalDate received, String referredBy,
                             String agencies) {
        if (received != null && received.isAfter(today())) {
            throw new UserInputException("The date received, " + received + ", is in the future");
        }
        CaseReview draft = CaseReview.draft(kind, title, caseReference, received, referredBy, agencies);
        return database.transaction(ctx -> new CaseReviewRepository(ctx).insert(draft));
    }

    /** A review led by another partnership (a DHR or SAR), noted so the Forum can see it. */
    public CaseReview recordLedElsewhere(String title, String ledBy, LocalDate received) {
        CaseReview made = record(ReviewKind.LED_ELSEWHERE, title, null, received, null, null);
        return update(made.id(), null, r -> ReviewBuilder.copy(r, b -> b.ledBy = ledBy));
    }

    /**
     * The lines of a Forum meeting's "Noting current and pending learning reviews" item: every
     * review open on the meeting day, and those finished lately with learning to note, by kind.
     */
    public static List<String> forumAgendaLines(DSLContext ctx, LocalDate meetingDay, LocalDate today) {
        return ForumReviewNotes.lines(new CaseReviewRepository(ctx).all(), meetingDay, today);
    }

    public List<CaseReview> list(Filter filter) {
        LocalDate today = today();
        return database.transaction(ctx -> new CaseReviewRepository(ctx).all()).stream()
                .filter(r -> filter.kind() == null || r.kind() == filter.kind())
                .filter(r -> filter.status() == null || r.status() == filter.status())
                .filter(r -> !filter.overdueOnly() || r.overdue(today))
                .toList();
    }

    public Detail detail(long id) {
        return database.transaction(ctx -> {
            CaseReviewRepository repo = new CaseReviewRepository(ctx);
            Versioned<CaseReview> review = repo.findForEdit(id).orElseThrow(() -> noSuchReview(id));
            return new Detail(review.value(), repo.milestones(id), repo.actions(id), review.version());
        });
    }

    /** The review as it is now, with its row version: open an edit with this. */
    public Versioned<CaseReview> forEdit(long id) {
        return database.transaction(ctx -> new CaseReviewRepository(ctx).findForEdit(id).orElseThrow(() -> noSuchReview(id)));
    }

    /**
     * The referral's facts as edited from the review opened at {@code openedVersion}; refused with a
     * StaleEditException, nothing saved, if someone saved the review since.
     */
    public CaseReview editReferral(long id, int openedVersion, String title, String caseReference, String referredBy, String agencies) {
        return update(id, openedVersion, r -> ReviewBuilder.copy(r, b -> {
            b.title = title;
            b.caseReference = caseReference;
            b.referredBy = referredBy;
            b.agencies = agencies;
        }));
    }

    public CaseReview recordPanelNotified(long id, LocalDate on) {
        return recordPanelNotified(id, on, null);
    }

    /** As {@link #recordPanelNotified(long, LocalDate)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public CaseReview recordPanelNotified(long id, LocalDate on, Integer openedVersion) {
        requireNotFuture(on, "The National Panel notification");
        return update(id, openedVersion, ReviewForms::notified, r -> ReviewBuilder.copy(r, b -> b.panelNotifiedOn = on));
    }

    /**
     * The rapid review report sent to the National Panel, or a single agency review completed:
     * a rapid review then waits for the LCSPR decision, a single agency review is done.
     */
    public CaseReview recordReportSent(long id, LocalDate on) {
        return recordReportSent(id, on, null);
    }

    /** As {@link #recordReportSent(long, LocalDate)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public CaseReview recordReportSent(long id, LocalDate on, Integer openedVersion) {
        requireNotFuture(on, "The report");
        return update(id, openedVersion, ReviewForms::reportSent, r -> {
            ReviewStatus next = switch (r.kind()) {
                case RAPID_REVIEW -> ReviewStatus.AWAITING_DECISION;
                case SINGLE_AGENCY -> ReviewStatus.COMPLETED;
                default -> r.status();
            };
            return ReviewBuilder.copy(r, b -> {
                b.reportSentOn = on;
                b.status = next;
            });
        });
    }

    /** The Virtual Panel's decision: a rapid review goes ahead, or the referral is closed. */
    public CaseReview recordPanelDecision(long id, PanelDecision decision) {
        return recordPanelDecision(id, decision, null);
    }

    /** As {@link #recordPanelDecision(long, PanelDecision)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public CaseReview recordPanelDecision(long id, PanelDecision decision, Integer openedVersion) {
        return update(id, openedVersion, r -> {
            if (r.kind() != ReviewKind.RAPID_REVIEW) {
                throw new UserInputException("Only a referral for a rapid review goes to the Virtual Panel; this is a " + r.kind().label());
            }
            return ReviewBuilder.copy(r, b -> {
                b.panelDecision = decision;
                b.status = decision.rapidReview() ? ReviewStatus.IN_PROGRESS : ReviewStatus.CLOSED;
            });
        });
    }

    /**
     * The partners' decision after the rapid review. An LCSPR turns the review into one (its rapid
     * review clocks stay on it); a single agency review is recorded as a new review whose three
     * weeks run from the decision day, when the letter goes; no further review completes it.
     *
     * @return the new single agency review's id, if one was made
     */
    public Optional<Long> recordLcsprDecision(long id, LcsprDecision decision) {
        return recordLcsprDecision(id, decision, null);
    }

    /** As {@link #recordLcsprDecision(long, LcsprDecision)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public Optional<Long> recordLcsprDecision(long id, LcsprDecision decision, Integer openedVersion) {
        return database.transaction(ctx -> {
            CaseReviewRepository repo = new CaseReviewRepository(ctx);
            CaseReview r = repo.find(id).orElseThrow(() -> noSuchReview(id));
            if (r.kind() != ReviewKind.RAPID_REVIEW && r.kind() != ReviewKind.LCSPR) {
                throw new UserInputException("The LCSPR decision follows a rapid review; this is a " + r.kind().label());
            }
            if (r.panelDecision() != null && !r.panelDecision().rapidReview()) {
                throw new UserInputException("The Virtual Panel decided against a rapid review, so there is no LCSPR decision to make");
            }
            ReviewKind kind = decision.outcome() == ReviewOutcome.LCSPR ? ReviewKind.LCSPR : ReviewKind.RAPID_REVIEW;
            ReviewStatus status = decision.outcome() == ReviewOutcome.LCSPR ? ReviewStatus.IN_PROGRESS : ReviewStatus.COMPLETED;
            save(repo, ReviewBuilder.copy(r, b -> {
                b.lcsprDecision = decision;
                b.kind = kind;
                b.status = status;
            }), openedVersion);
            if (decision.outcome() != ReviewOutcome.SINGLE_AGENCY_REVIEW) {
                return Optional.<Long>empty();
            }
            LocalDate letter = decision.decidedOn().isAfter(today()) ? today() : decision.decidedOn();
            CaseReview single = repo.insert(CaseReview.draft(ReviewKind.SINGLE_AGENCY, "Single agency review: " + r.title(),
                    r.caseReference(), letter, r.referredBy(), r.agencies()));
            return Optional.of(single.id());
        });
    }

    /** An LCSPR's commissioning, reviewer and publication; published means completed. */
    public CaseReview recordLcsprDetails(long id, CaseReview.Lcspr details) {
        return recordLcsprDetails(id, details, null);
    }

    /** As {@link #recordLcsprDetails(long, CaseReview.Lcspr)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public CaseReview recordLcsprDetails(long id, CaseReview.Lcspr details, Integer openedVersion) {
        return update(id, openedVersion, ReviewForms::lcspr, r -> {
            if (r.kind() != ReviewKind.LCSPR) {
                throw new UserInputException("Commissioning details are for an LCSPR; this is a " + r.kind().label());
            }
            return ReviewBuilder.copy(r, b -> {
                b.lcspr = details;
                b.status = details.publishedOn() != null ? ReviewStatus.COMPLETED : ReviewStatus.IN_PROGRESS;
            });
        });
    }

    /** A seriously good case review: where it was shared and its briefing session; done once the briefing is held. */
    public CaseReview recordBriefing(long id, String sharedAt, LocalDate briefingOn) {
        return recordBriefing(id, sharedAt, briefingOn, null);
    }

    /** As {@link #recordBriefing(long, String, LocalDate)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public CaseReview recordBriefing(long id, String sharedAt, LocalDate briefingOn, Integer openedVersion) {
        return update(id, openedVersion, ReviewForms::briefing, r -> {
            if (r.kind() != ReviewKind.SERIOUSLY_GOOD) {
                throw new UserInputException("A briefing session is for a seriously good case review; this is a " + r.kind().label());
            }
            boolean held = briefingOn != null && !briefingOn.isAfter(today());
            return ReviewBuilder.copy(r, b -> {
                b.sharedAt = sharedAt;
                b.briefingOn = briefingOn;
                b.status = held ? ReviewStatus.COMPLETED : ReviewStatus.IN_PROGRESS;
            });
        });
    }

    /** What the review has taught, to pass on to the learning tracker and the Forum. */
    public CaseReview recordLearning(long id, String learning) {
        return recordLearning(id, learning, null);
    }

    /** As {@link #recordLearning(long, String)}, refused (StaleEditException) if the review changed since {@code openedVersion}. */
    public CaseReview recordLearning(long id, String learning, Integer openedVersion) {
        return update(id, openedVersion, ReviewForms::learning, r -> ReviewBuilder.copy(r, b -> b.learning = learning));
    }

    public Milestone addMilestone(long reviewId, String title, LocalDate dueOn) {
        Milestone m = new Milestone(0, reviewId, title, dueOn, null);
        return database.transaction(ctx -> {
            CaseReviewRepository repo = new CaseReviewRepository(ctx);
            repo.find(reviewId).orElseThrow(() -> noSuchReview(reviewId));
            return repo.insertMilestone(m);
        });
    }

    public void markMilestoneDone(long milestoneId, LocalDate doneOn) {
        database.run(ctx -> new CaseReviewRepository(ctx).setMilestoneDone(milestoneId, doneOn));
    }

    /** A recommendation's action, kept in the shared action log under this review. */
    public ActionItem addAction(long reviewId, ActionItem action) {
        return database.transaction(ctx -> {
            CaseReviewRepository repo = new CaseReviewRepository(ctx);
            repo.find(reviewId).orElseThrow(() -> noSuchReview(reviewId));
            return repo.insertAction(reviewId, action);
        });
    }

    /** Applies {@code change} to the review; checked against {@code openedVersion} unless it is null (the command line, a quick action). */
    private CaseReview update(long id, Integer openedVersion, java.util.function.UnaryOperator<CaseReview> change) {
        return update(id, openedVersion, null, change);
    }

    /** As above, a refusal naming both versions by {@code describe} (the form's fields; null: the referral and decisions). */
    private CaseReview update(long id, Integer openedVersion, java.util.function.Function<CaseReview, String> describe,
            java.util.function.UnaryOperator<CaseReview> change) {
        return database.transaction(ctx -> {
            CaseReviewRepository repo = new CaseReviewRepository(ctx);
            CaseReview changed = change.apply(repo.find(id).orElseThrow(() -> noSuchReview(id)));
            if (openedVersion != null && describe != null) {
                repo.update(changed, openedVersion, describe);
            } else {
                save(repo, changed, openedVersion);
            }
            return changed;
        });
    }

    private static void save(CaseReviewRepository repo, CaseReview changed, Integer openedVersion) {
        save(openedVersion, () -> repo.update(changed), v -> repo.update(changed, v));
    }

    private void requireNotFuture(LocalDate on, String what) {
        if (on == null) {
            throw new UserInputException(what + " needs a date");
        }
        if (on.isAfter(today())) {
            throw new UserInputException(what + " date, " + on + ", is in the future");
        }
    }

    private static UserInputException noSuchReview(long id) {
        return new UserInputException("There is no case review number " + id + "; 'hubdesk review list' lists them");
    }
}
