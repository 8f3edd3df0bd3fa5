package org.hubdesk.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.hubdesk.domain.members.Group;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The business manager reads a group's terms of reference and records their review. */
@WindowOn(Data.DEMO)
class TermsScreenTest extends MainWindowScreenTest {
    @Test
    void theTermsShowTheirPartsAndARecordedReviewMovesTheDate(FxRobot robot) {
        Group hub = services.governance().groupNamed("Learning Hub");
        robot.interact(() -> window.show(Area.MEMBERS));
        robot.interact(() -> ((MembersView) window.view(Area.MEMBERS)).model().selectGroup(hub.id()));
        robot.clickOn("#group-terms");
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#terms-text").queryAs(TextArea.class).getText();
        assertThat(text).contains("Terms of reference: Learning Hub").contains("Purpose: ").contains("Accountability: Reports to the Working Group")
                .contains("Frequency of meetings: Monthly").contains("Quorum: ").contains("Membership: ")
                .contains("Date for next review: " + LocalDate.now().plusDays(5));

        LocalDate next = LocalDate.now().plusMonths(10);
        robot.interact(() -> robot.lookup("#terms-next-review").queryAs(DatePicker.class).setValue(next));
        robot.clickOn("#terms-note").write("Membership refreshed");
        robot.clickOn("#terms-record-review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#terms-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#terms-text").queryAs(TextArea.class).getText()).contains("Date for next review: " + next)
                .contains("next review set for " + next + ": Membership refreshed");
        assertThat(services.governance().groupNamed("Learning Hub").termsReviewDate()).isEqualTo(next);

        // A next review before the review stays in the dialog as a message.
        robot.interact(() -> robot.lookup("#terms-next-review").queryAs(DatePicker.class).setValue(LocalDate.now().minusDays(2)));
        robot.clickOn("#terms-record-review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#terms-error").queryAs(Label.class).getText()).contains("must fall after this review");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(errors).singleElement().asString().contains("must fall after this review");
    }
}
