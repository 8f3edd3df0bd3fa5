package org.hubdesk.store.reviews;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.CASE_REVIEW;
import static org.hubdesk.schema.Tables.CASE_REVIEW_CRITERION;
import static org.hubdesk.schema.Tables.CASE_REVIEW_MILESTONE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.store.Repository;
import org.hubdesk.store.Rows;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.CriterionAnswer;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.Milestone;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.hubdesk.schema.tables.records.CaseReviewMilestoneRecord;
import org.hubdesk.schema.tables.records.CaseReviewRecord;
import org.hubdesk.store.actions.ActionRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Case reviews, their LCSPR criteria answers, milestones and the actions in the shared log that carry them out. */
public final class CaseReviewRepository extends Repository {
    public CaseReviewRepository(DSLContext ctx) {
        super(ctx);
    }

    /** Every review, latest received first. */
    public List<CaseReview> all() {
        List<CaseReviewRecord> rows = ctx.selectFrom(CASE_REVIEW).orderBy(CASE_REVIEW.RECEIVED_ON.desc(), CASE_REVIEW.ID.desc()).fetch();
        Map<Long, List<CriterionAnswer>> answers = answers(null);
        List<CaseReview> result = new ArrayList<>();
        for (CaseReviewRecord r : rows) {
            result.add(toReview(r, answers.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    public Optional<CaseReview> find(long id) {
        return ctx.selectFrom(CASE_REVIEW).where(CASE_REVIEW.ID.eq(id)).fetchOptional()
                .map(r -> toReview(r, answers(id).getOrDefault(id, List.of())));
    }

    public CaseReview insert(CaseReview review) {
        CaseReviewRecord r = ctx.newRecord(CASE_REVIEW);
        copy(review, r);
        r.setCreatedAt(LocalDateTime.now());
        r.insert();
        writeAnswers(r.getId(), review.lcsprDecision());
        return review.withId(r.getId());
    }

    public void update(CaseReview review) {
        CaseReviewRecord r = ctx.fetchSingle(CASE_REVIEW, CASE_REVIEW.ID.eq(review.id()));
        copy(review, r);
        r.store();
        writeAnswers(review.id(), review.lcsprDecision());
    }

    /** The review with the row version a later {@link #update(CaseReview, int)} is checked against. */
    public Optional<Versioned<CaseReview>> findForEdit(long id) {
        return Rows.forEdit(ctx, CASE_REVIEW.ID, id, this::withAnswers);
    }

    /** Saves an edit of a review opened at {@code openedVersion}; a StaleEditException, nothing saved, if someone saved it since. */
    public void update(CaseReview review, int openedVersion) {
        update(review, openedVersion, CaseReviewRepository::describe);
    }

    /** As {@link #update(CaseReview, int)}, a refusal showing each version as {@code describe} words it (the form's own fields). */
    public void update(CaseReview review, int openedVersion, java.util.function.Function<CaseReview, String> describe) {
        Rows.update(ctx, CASE_REVIEW.ID, review.id(), review, CaseReviewRepository::copy, openedVersion, this::withAnswers,
                v -> "The case review '" + v.title() + "'", describe);
        writeAnswers(review.id(), review.lcsprDecision());
    }

    private CaseReview withAnswers(CaseReviewRecord r) {
        return toReview(r, answers(r.getId()).getOrDefault(r.getId(), List.of()));
    }

    /** A review in a line: what the refusal of a stale save shows of each version. */
    private static String describe(CaseReview v) {
        return String.join(", ", java.util.stream.Stream.of("'" + v.title() + "'", v.caseReference(), v.status().shortLabel(),
                v.referredBy() == null ? null : "referred by " + v.referredBy(), v.agencies(),
                v.panelDecision() == null ? null : "panel " + v.panelDecision().decidedOn() + (v.panelDecision().rapidReview()
                        ? " rapid review" : " no rapid review"),
                v.lcsprDecision() == null ? null : "decided " + v.lcsprDecision().decidedOn() + " " + v.lcsprDecision().outcome())
                .filter(java.util.Objects::nonNull).toList());
    }

    private void writeAnswers(long reviewId, LcsprDecision decision) {
        ctx.deleteFrom(CASE_REVIEW_CRITERION).where(CASE_REVIEW_CRITERION.CASE_REVIEW_ID.eq(reviewId)).execute();
        if (decision == null) {
            return;
        }
        for (CriterionAnswer a : decision.answers()) {
            ctx.insertInto(CASE_REVIEW_CRITERION)
                    .set(CASE_REVIEW_CRITERION.CASE_REVIEW_ID, reviewId)
                    .set(CASE_REVIEW_CRITERION.CRITERION, a.criterion().name())
                    .set(CASE_REVIEW_CRITERION.MET, a.met())
                    .set(CASE_REVIEW_CRITERION.NOTE, a.note())
                    .execute();
        }
    }

    private Map<Long, List<CriterionAnswer>> answers(Long reviewId) {
        Map<Long, List<CriterionAnswer>> result = new LinkedHashMap<>();
        var query = ctx.selectFrom(CASE_REVIEW_CRITERION);
        var rows = reviewId == null ? query.fetch() : query.where(CASE_REVIEW_CRITERION.CASE_REVIEW_ID.eq(reviewId)).fetch();
        rows.forEach(r -> result.computeIfAbsent(r.getCaseReviewId(), k -> new ArrayList<>())
                .add(new CriterionAnswer(LcsprCriterion.valueOf(r.getCriterion()), r.getMet(), r.getNote())));
        return result;
    }

    private static void copy(CaseReview v, CaseReviewRecord r) {
        r.setKind(v.kind().name());
        r.setStatus(v.status().name());
        r.setTitle(v.title());
        r.setCaseReference(v.caseReference());
        r.setReceivedOn(v.received());
        r.setReferredBy(v.referredBy());
        r.setAgencies(v.agencies());
        PanelDecision p = v.panelDecision();
        r.setPanelDecidedOn(p == null ? null : p.decidedOn());
        r.setPanelRapidReview(p == null ? null : p.rapidReview());
        r.setPanelReason(p == null ? null : p.reason());
        r.setPanelNotifiedOn(v.panelNotifiedOn());
        r.setReportSentOn(v.reportSentOn());
        LcsprDecision d = v.lcsprDecision();
        r.setLcsprDecidedOn(d == null ? null : d.decidedOn());
        r.setLcsprOutcome(d == null ? null : d.outcome().name());
        CaseReview.Lcspr l = v.lcspr();
        r.setCommissionedOn(l == null ? null : l.commissionedOn());
        r.setReviewer(l == null ? null : l.reviewer());
        r.setReviewerIndependent(l != null && l.independentReviewer());
        r.setPublishedOn(l == null ? null : l.publishedOn());
        r.setSharedAt(v.sharedAt());
        r.setBriefingOn(v.briefingOn());
        r.setLedBy(v.ledBy());
        r.setLearning(v.learning());
    }

    private static CaseReview toReview(CaseReviewRecord r, List<CriterionAnswer> answers) {
        PanelDecision panel = r.getPanelDecidedOn() == null ? null
                : new PanelDecision(r.getPanelDecidedOn(), Boolean.TRUE.equals(r.getPanelRapidReview()), r.getPanelReason());
        LcsprDecision decision = r.getLcsprDecidedOn() == null ? null
                : new LcsprDecision(r.getLcsprDecidedOn(), answers, ReviewOutcome.valueOf(r.getLcsprOutcome()));
        CaseReview.Lcspr lcspr = r.getCommissionedOn() == null && r.getReviewer() == null && r.getPublishedOn() == null ? null
                : new CaseReview.Lcspr(r.getCommissionedOn(), r.getReviewer(), Boolean.TRUE.equals(r.getReviewerIndependent()),
                        r.getPublishedOn());
        return new CaseReview(r.getId(), ReviewKind.valueOf(r.getKind()), ReviewStatus.valueOf(r.getStatus()), r.getTitle(),
                r.getCaseReference(), r.getReceivedOn(), r.getReferredBy(), r.getAgencies(), panel, r.getPanelNotifiedOn(),
                r.getReportSentOn(), decision, lcspr, r.getSharedAt(), r.getBriefingOn(), r.getLedBy(), r.getLearning());
    }

    // ---- milestones

    public List<Milestone> milestones(long reviewId) {
        return ctx.selectFrom(CASE_REVIEW_MILESTONE).where(CASE_REVIEW_MILESTONE.CASE_REVIEW_ID.eq(reviewId))
                .orderBy(CASE_REVIEW_MILESTONE.SORT_ORDER, CASE_REVIEW_MILESTONE.ID).fetch(CaseReviewRepository::toMilestone);
    }

    public Milestone insertMilestone(Milestone m) {
        int order = Rows.nextOrder(ctx, CASE_REVIEW_MILESTONE.SORT_ORDER, CASE_REVIEW_MILESTONE.CASE_REVIEW_ID.eq(m.reviewId()));
        CaseReviewMilestoneRecord r = ctx.newRecord(CASE_REVIEW_MILESTONE);
        r.setCaseReviewId(m.reviewId());
        r.setTitle(m.title());
        r.setDueOn(m.dueOn());
        r.setDoneOn(m.doneOn());
        r.setSortOrder(order);
        r.insert();
        return toMilestone(r);
    }

    public void setMilestoneDone(long milestoneId, java.time.LocalDate doneOn) {
        ctx.update(CASE_REVIEW_MILESTONE).set(CASE_REVIEW_MILESTONE.DONE_ON, doneOn).where(CASE_REVIEW_MILESTONE.ID.eq(milestoneId))
                .execute();
    }

    private static Milestone toMilestone(CaseReviewMilestoneRecord r) {
        return new Milestone(r.getId(), r.getCaseReviewId(), r.getTitle(), r.getDueOn(), r.getDoneOn());
    }

    // ---- actions in the shared log

    public ActionItem insertAction(long reviewId, ActionItem action) {
        return new ActionRepository(ctx).insert(action, r -> r.setCaseReviewId(reviewId));
    }

    /** Each review's actions in their order; reviews without actions are absent. */
    public Map<Long, List<ActionItem>> actions() {
        Map<Long, List<ActionItem>> result = new LinkedHashMap<>();
        ctx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.CASE_REVIEW_ID.isNotNull())
                .orderBy(ACTION_ITEM.CASE_REVIEW_ID, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .forEach(r -> result.computeIfAbsent(r.getCaseReviewId(), k -> new ArrayList<>()).add(ActionRepository.toAction(r)));
        return result;
    }

    public List<ActionItem> actions(long reviewId) {
        return ctx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.CASE_REVIEW_ID.eq(reviewId))
                .orderBy(ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID).fetch(ActionRepository::toAction);
    }
}
