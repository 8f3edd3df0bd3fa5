package org.hubdesk.store.governance;

import static org.hubdesk.schema.Tables.PARTNERSHIP_GROUP;
import static org.hubdesk.schema.Tables.TERMS_REVIEW;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.governance.TermsReview;
import org.hubdesk.schema.tables.records.TermsReviewRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.DSLContext;

/** The governance parts of the groups' terms of reference: accountability in words and the reviews of the terms. */
public final class GovernanceRepository extends Repository {
    private static final RowMapping<TermsReviewRecord, TermsReview> REVIEWS = NamedColumns.of(TERMS_REVIEW.ID, TermsReview.class).mapping();

    public GovernanceRepository(DSLContext ctx) {
        super(ctx);
    }

    public Optional<String> accountability(long groupId) {
        return ctx.select(PARTNERSHIP_GROUP.ACCOUNTABILITY).from(PARTNERSHIP_GROUP).where(PARTNERSHIP_GROUP.ID.eq(groupId))
                .fetchOptional(PARTNERSHIP_GROUP.ACCOUNTABILITY);
    }

    public void setAccountability(long groupId, String text) {
        ctx.update(PARTNERSHIP_GROUP).set(PARTNERSHIP_GROUP.ACCOUNTABILITY, text).where(PARTNERSHIP_GROUP.ID.eq(groupId)).execute();
    }

    /** The group's reviews, newest first. */
    public List<TermsReview> reviews(long groupId) {
        return REVIEWS.list(ctx, TERMS_REVIEW.GROUP_ID.eq(groupId), TERMS_REVIEW.REVIEWED_ON.desc(), TERMS_REVIEW.ID.desc());
    }

    /** Records the review and moves the group's "Date for next review" to the one it set. */
    public TermsReview insertReview(TermsReview review) {
        TermsReview recorded = REVIEWS.insert(ctx, review, r -> r.setRecordedAt(LocalDateTime.now()));
        ctx.update(PARTNERSHIP_GROUP).set(PARTNERSHIP_GROUP.TERMS_REVIEW_DATE, review.nextReviewOn())
                .where(PARTNERSHIP_GROUP.ID.eq(review.groupId())).execute();
        return recorded;
    }

}
