package org.hubdesk.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.ui.testing.ScreenSupport.visible;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two people on one referral: the business unit opens "Edit referral…", a colleague corrects the
 * referrer meanwhile, and the OK is refused in the dialog with both versions, the typing kept.
 */
@WindowOn(Data.EMPTY)
class ReferralStaleEditScreenTest extends MainWindowScreenTest {
    @Test
    void aColleaguesCorrectionSinceTheDialogOpenedIsShownInItAndKept(FxRobot robot) throws Exception {
        CaseReview referral = services.reviews().record(ReviewKind.RAPID_REVIEW, "Infant with unexplained injuries", "Baby Q",
                LocalDate.now(), "Designated Nurse", "Health; Police");
        robot.interact(() -> window.show(Area.CASE_REVIEWS));
        CaseReviewsViewModel model = ((CaseReviewsView) window.view(Area.CASE_REVIEWS)).model();
        robot.interact(() -> model.select(referral.id()));
        WaitForAsyncUtils.waitForFxEvents();

        org.hubdesk.ui.testing.ScreenSupport.shootFrontWindow(robot, "case-review-screen.png");
        robot.clickOn(visible(robot, "#edit-referral"));
        WaitForAsyncUtils.waitForFxEvents();
        Versioned<CaseReview> theirs = services.reviews().forEdit(referral.id());
        services.reviews().editReferral(referral.id(), theirs.version(), referral.title(), referral.caseReference(),
                "Designated Doctor", referral.agencies());

        TextField agencies = robot.lookup("#referral-agencies").queryAs(TextField.class);
        robot.clickOn(agencies).push(KeyCode.END).write("; Education");
        robot.clickOn("#referral-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#dialog-error").queryAs(Label.class);
        assertThat(error.getText()).startsWith("The case review 'Infant with unexplained injuries' was changed by someone else"
                        + " since you opened it; nothing was saved.")
                .contains("Theirs now: 'Infant with unexplained injuries', Baby Q, Referred, referred by Designated Doctor, Health; Police.")
                .contains("Yours: 'Infant with unexplained injuries', Baby Q, Referred, referred by Designated Nurse, Health; Police; Education.");
        assertThat(agencies.getText()).isEqualTo("Health; Police; Education");
        assertThat(agencies.getScene().getWindow().isShowing()).isTrue();
        CaseReview now = services.reviews().detail(referral.id()).review();
        assertThat(now.referredBy()).isEqualTo("Designated Doctor");
        assertThat(now.agencies()).isEqualTo("Health; Police");
        org.hubdesk.ui.testing.ScreenSupport.shootFrontWindow(robot, "referral-stale-edit.png");
        robot.clickOn("Cancel");
        assertThat(errors).singleElement().asString().contains("changed by someone else since you opened it");
    }
}
