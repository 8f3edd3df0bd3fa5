package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * A case review as the business unit tracks it, from the referral to publication. The referral's
 * facts are always there; the panel decision, the LCSPR decision, the LCSPR's commissioning and
 * the seriously good review's briefing are filled in as the review goes on.
 *
 * @param received the date the referral (or, for a single agency review, the letter) was received: every clock runs from it
 * @param panelNotifiedOn when the National Panel was notified, or null
 * @param reportSentOn when the rapid review report went to the National Panel, or when a single agency review was completed
 */
public record CaseReview(long id, ReviewKind kind, ReviewStatus status, String title, String caseReference, LocalDate received,
                         String referredBy, String agencies, PanelDecision panelDecision, LocalDate panelNotifiedOn,
                         LocalDate reportSentOn, LcsprDecision lcsprDecision, Lcspr lcspr, String sharedAt, LocalDate briefingOn,
                         String ledBy, String learning) {

    /** An LCSPR's commissioning: when, by whom, and when its report was published. */
    public record Lcspr(LocalDate commissionedOn, String reviewer, boolean independentReviewer, LocalDate publishedOn) {
        public Lcspr {
            reviewer = UserText.optional(reviewer);
        }
    }

    public CaseReview {
        if (kind == null) {
            throw new UserInputException("Choose the kind of review");
        }
        if (title == null || title.isBlank()) {
            throw new UserInputException("A review needs a title");
        }
        if (received == null) {
            throw new UserInputException("Give the date the referral was received");
        }
        title = title.strip();
        caseReference = UserText.optional(caseReference);
        referredBy = UserText.optional(referredBy);
        agencies = UserText.optional(agencies);
        sharedAt = UserText.optional(sharedAt);
        ledBy = UserText.optional(ledBy);
        learning = UserText.optional(learning);
        if (status == null) {
            status = initialStatus(kind);
        }
    }

    /** A new referral or review, before any decision. */
    public static CaseReview draft(ReviewKind kind, String title, String caseReference, LocalDate received, String referredBy,
                                   String agencies) {
        return new CaseReview(0, kind, null, title, caseReference, received, referredBy, agencies, null, null, null, null, null,
                null, null, null, null);
    }

    /** Where a new review starts: a possible serious case waits for the Virtual Panel; the others are under way. */
    public static ReviewStatus initialStatus(ReviewKind kind) {
        return kind == ReviewKind.RAPID_REVIEW ? ReviewStatus.REFERRED : ReviewStatus.IN_PROGRESS;
    }

    /** The review's statutory clocks, each with the day it was done if it was. */
    public List<ReviewClock> clocks() {
        List<ReviewClock> result = new ArrayList<>();
        for (ClockKind c : kind.clocks()) {
            LocalDate done = switch (c) {
                case NATIONAL_PANEL -> panelNotifiedOn;
                case RAPID_REVIEW_REPORT, SINGLE_AGENCY_REVIEW -> reportSentOn;
            };
            // A referral the panel turned down stops its rapid review clock: there is no report to send.
            if (c == ClockKind.RAPID_REVIEW_REPORT && panelDecision != null && !panelDecision.rapidReview()) {
                continue;
            }
            result.add(ReviewClock.of(c, received, done));
        }
        return result;
    }

    /** A clock of an open review whose day has passed and that is not done. */
    public boolean overdue(LocalDate today) {
        return status.open() && clocks().stream().anyMatch(c -> c.overdue(today));
    }

    /** The next clock still running, or null. */
    public ReviewClock nextClock() {
        return clocks().stream().filter(c -> c.doneOn() == null).findFirst().orElse(null);
    }

    public String caseReferenceWarning() {
        return CaseReference.nameWarning(caseReference);
    }

    public CaseReview withId(long newId) {
        return new CaseReview(newId, kind, status, title, caseReference, received, referredBy, agencies, panelDecision,
                panelNotifiedOn, reportSentOn, lcsprDecision, lcspr, sharedAt, briefingOn, ledBy, learning);
    }

    public CaseReview withKindAndStatus(ReviewKind newKind, ReviewStatus newStatus) {
        return new CaseReview(id, newKind, newStatus, title, caseReference, received, referredBy, agencies, panelDecision,
                panelNotifiedOn, reportSentOn, lcsprDecision, lcspr, sharedAt, briefingOn, ledBy, learning);
    }
}
