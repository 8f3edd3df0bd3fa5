package org.hubdesk.ui.reviews;

import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.ScreenSupport.Shots;

/**
 * Not a test: run under Xvfb to look at the Case reviews screen with the demo's reviews
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.reviews.CaseReviewScreenshots OUTDIR}).
 */
public final class CaseReviewScreenshots {
    public static void main(String[] args) throws Exception {
        Shots.launch(args, Shots.Setup.laptop("review-shots", CaseReviewScreenshots::script));
    }

    static void script(Shots s) {
        CaseReviewsViewModel model = s.show(Area.CASE_REVIEWS, CaseReviewsView.class).model();
        s.later(800, () -> select(model, r -> r.status() == ReviewStatus.IN_PROGRESS && r.kind() == ReviewKind.RAPID_REVIEW));
        s.later(1400, () -> s.shot("case-reviews.png"));
        s.later(1800, () -> select(model, r -> r.kind() == ReviewKind.LCSPR && r.status() == ReviewStatus.IN_PROGRESS));
        s.later(2400, () -> s.shot("case-reviews-lcspr.png"));
        s.later(2600, () -> {
            for (javafx.scene.Parent p = s.scene().lookup("#lcspr-details").getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(1.0);
                    break;
                }
            }
        });
        s.later(3000, () -> s.shot("case-reviews-lcspr-follow-up.png"));
    }

    private static void select(CaseReviewsViewModel model, java.util.function.Predicate<CaseReview> which) {
        model.reviews.stream().filter(which).findFirst().ifPresent(r -> model.selected.set(r));
    }
}
