package org.hubdesk.service.reviews;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewStatus;

/** A mutable copy of a review, so a service action can change a few of its many fields and validate on build. */
final class ReviewBuilder {
    long id;
    ReviewKind kind;
    ReviewStatus status;
    String title;
    String caseReference;
    LocalDate received;
    String referredBy;
    String agencies;
    PanelDecision panelDecision;
    LocalDate panelNotifiedOn;
    LocalDate reportSentOn;
    LcsprDecision lcsprDecision;
    CaseReview.Lcspr lcspr;
    String sharedAt;
    LocalDate briefingOn;
    String ledBy;
    String learning;

    ReviewBuilder(CaseReview r) {
        id = r.id();
        kind = r.kind();
        status = r.status();
        title = r.title();
        caseReference = r.caseReference();
        received = r.received();
        referredBy = r.referredBy();
        agencies = r.agencies();
        panelDecision = r.panelDecision();
        panelNotifiedOn = r.panelNotifiedOn();
        reportSentOn = r.reportSentOn();
        lcsprDecision = r.lcsprDecision();
        lcspr = r.lcspr();
        sharedAt = r.sharedAt();
        briefingOn = r.briefingOn();
        ledBy = r.ledBy();
        learning = r.learning();
    }

    /** The review with {@code edit}'s changes, validated as a new record. */
    static CaseReview copy(CaseReview r, Consumer<ReviewBuilder> edit) {
        ReviewBuilder b = new ReviewBuilder(r);
        edit.accept(b);
        return b.build();
    }

    CaseReview build() {
        return new CaseReview(id, kind, status, title, caseReference, received, referredBy, agencies, panelDecision, panelNotifiedOn,
                reportSentOn, lcsprDecision, lcspr, sharedAt, briefingOn, ledBy, learning);
    }
}
