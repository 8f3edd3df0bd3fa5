package org.hubdesk.service.reviews;

import java.time.LocalDate;
import org.hubdesk.domain.reviews.CaseReview;

/**
 * How a refused stale save of one of a case review's follow-up forms (or its "today" buttons)
 * shows each version: the fields that form saves, in the screen's words.
 */
final class ReviewForms {
    private ReviewForms() {
    }

    static String notified(CaseReview r) {
        return "National Panel notified " + day(r.panelNotifiedOn());
    }

    static String reportSent(CaseReview r) {
        return "report sent " + day(r.reportSentOn()) + ", " + r.status().shortLabel();
    }

    static String lcspr(CaseReview r) {
        CaseReview.Lcspr l = r.lcspr();
        if (l == null) {
            return "no commissioning details";
        }
        return "commissioned " + day(l.commissionedOn()) + ", reviewer " + (l.reviewer() == null ? "not named" : l.reviewer())
                + (l.independentReviewer() ? " (independent)" : "") + ", published " + day(l.publishedOn());
    }

    static String briefing(CaseReview r) {
        return "shared at " + (r.sharedAt() == null ? "nowhere yet" : r.sharedAt()) + ", briefing session " + day(r.briefingOn());
    }

    static String learning(CaseReview r) {
        return "learning '" + (r.learning() == null ? "" : r.learning()) + "'";
    }

    private static String day(LocalDate d) {
        return d == null ? "not yet" : d.toString();
    }
}
