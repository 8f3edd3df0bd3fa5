package org.hubdesk.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.ui.testing.ScreenSupport.visible;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.CriterionAnswer;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user records a referral, the Virtual Panel's decision, the rapid review report and the LCSPR decision. */
@WindowOn(Data.EMPTY)
class CaseReviewsScreenTest extends MainWindowScreenTest {
    @Test
    void aReferralGoesThroughThePanelAndTheRapidReviewToAnLcsprDecision(FxRobot robot) {
        robot.interact(() -> window.show(Area.CASE_REVIEWS));
        CaseReviewsViewModel model = ((CaseReviewsView) window.view(Area.CASE_REVIEWS)).model();

        robot.clickOn("New referral or review");
        robot.clickOn("#new-title").write("Infant with unexplained injuries");
        robot.clickOn("#new-reference").write("Jane Smith");
        assertThat(model.newReference.get()).isEqualTo("Jane Smith");
        // The field refuses nothing but warns that this looks like a name.
        assertThat(robot.lookup("#new-reference-warning").queryAs(Label.class).getText()).contains("looks like a full name");
        robot.doubleClickOn("#new-reference").eraseText(20).write("Baby Q");
        assertThat(robot.lookup("#new-reference-warning").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#new-referred-by").write("Designated Nurse");
        robot.clickOn("#record-referral");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        CaseReview referral = model.selected.get();
        assertThat(referral.title()).isEqualTo("Infant with unexplained injuries");
        assertThat(referral.caseReference()).isEqualTo("Baby Q");
        assertThat(referral.status()).isEqualTo(ReviewStatus.REFERRED);
        assertThat(robot.lookup("#clock-national-panel").queryAs(Label.class).getText()).isIn("On track", "Due soon");
        robot.clickOn("New referral or review");

        robot.clickOn(visible(robot, "#panel-notified"));
        robot.clickOn(visible(robot, "#panel-reason")).write("Serious harm, abuse suspected");
        robot.clickOn(visible(robot, "#record-panel-decision"));
        assertThat(errors).isEmpty();
        assertThat(model.selected.get().status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(robot.lookup("#clock-national-panel").queryAs(Label.class).getText()).isEqualTo("Met");

        robot.clickOn(visible(robot, "#report-sent"));
        assertThat(model.selected.get().status()).isEqualTo(ReviewStatus.AWAITING_DECISION);

        robot.clickOn(visible(robot, "#criterion-working-together"));
        robot.clickOn(visible(robot, "#note-working-together")).write("No strategy discussion was held");
        robot.clickOn(visible(robot, "#criterion-more-than-one-area"));
        robot.clickOn(visible(robot, "#lcspr-outcome"));
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Local child safeguarding practice review".equals(c.getText())).queryAs(Node.class));
        robot.clickOn(visible(robot, "#record-lcspr-decision"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();

        CaseReview decided = services.reviews().detail(referral.id()).review();
        assertThat(decided.kind()).isEqualTo(ReviewKind.LCSPR);
        assertThat(decided.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(decided.lcsprDecision().outcome()).isEqualTo(ReviewOutcome.LCSPR);
        assertThat(decided.lcsprDecision().answers()).filteredOn(CriterionAnswer::met).extracting(CriterionAnswer::criterion)
                .containsExactly(LcsprCriterion.WORKING_TOGETHER, LcsprCriterion.MORE_THAN_ONE_AREA);
        String record = robot.lookup("#decision-record").queryAs(TextArea.class).getText();
        assertThat(record).contains("[x] " + LcsprCriterion.WORKING_TOGETHER.text() + " (No strategy discussion was held)")
                .contains("Outcome: Local child safeguarding practice review").contains("Criteria met: 2 of 8");

        // The list filter finds it among the LCSPRs.
        robot.interact(() -> model.kindFilter.set(ReviewKind.SERIOUSLY_GOOD));
        assertThat(model.reviews).isEmpty();
        robot.interact(() -> model.kindFilter.set(ReviewKind.LCSPR));
        assertThat(model.reviews).extracting(CaseReview::id).containsExactly(referral.id());
    }
}
