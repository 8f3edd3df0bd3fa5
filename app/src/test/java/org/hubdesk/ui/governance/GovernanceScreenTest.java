package org.hubdesk.ui.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.hubdesk.domain.members.Group;
import org.hubdesk.ui.members.MembersView;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The governance chart drawn from the demo groups; a box opens the group. */
@WindowOn(Data.DEMO)
class GovernanceScreenTest extends MainWindowScreenTest {
    @Test
    void eachGroupIsDrawnUnderTheGroupItReportsToAndABoxOpensIt(FxRobot robot) {
        robot.clickOn("Governance");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownArea()).isEqualTo(Area.GOVERNANCE);
        Group board = services.governance().groupNamed("Partnership Board");
        Group working = services.governance().groupNamed("Working Group");
        Group hub = services.governance().groupNamed("Learning Hub");
        for (Group g : services.members().groups()) {
            Button box = robot.lookup("#governance-box-" + g.id()).queryAs(Button.class);
            assertThat(box.getText()).startsWith(g.name() + "\n");
        }
        Button boardBox = robot.lookup("#governance-box-" + board.id()).queryAs(Button.class);
        Button workingBox = robot.lookup("#governance-box-" + working.id()).queryAs(Button.class);
        Button hubBox = robot.lookup("#governance-box-" + hub.id()).queryAs(Button.class);
        assertThat(boardBox.getLayoutY()).isLessThan(workingBox.getLayoutY());
        assertThat(workingBox.getLayoutY()).isLessThan(hubBox.getLayoutY());
        assertThat(hubBox.getLayoutX()).isEqualTo(workingBox.getLayoutX());
        assertThat(hubBox.getText()).contains("terms review due " + LocalDate.now().plusDays(5));
        assertThat(robot.lookup(".governance-link").queryAll()).hasSize(services.members().groups().size() - 1);
        assertThat(robot.lookup("#governance-words").queryAs(Label.class).getText())
                .contains("Learning Hub reports to the Working Group.").contains("Partnership Board reports to no other group here.");

        assertThat(robot.lookup("#back-to-practice .flow-stage").queryAll()).hasSize(4);
        assertThat(robot.lookup("#back-to-practice-words").queryAs(Label.class).getText())
                .contains("Download (green)").contains("From Quality and Effectiveness Board to the Priority task groups (changes agreed): ");

        robot.clickOn(hubBox);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownArea()).isEqualTo(Area.MEMBERS);
        assertThat(((MembersView) window.view(Area.MEMBERS)).model().selectedGroup.get().id()).isEqualTo(hub.id());
        assertThat(errors).isEmpty();
    }
}
