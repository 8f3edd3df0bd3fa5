package org.hubdesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.RegisterEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chair's path: start, check attendance, see quoracy change, capture, end, read the minutes draft. */
@ExtendWith(ApplicationExtension.class)
class ChairsPathScreenTest {
    @RegisterExtension
    static final MeetingScreenFixture MEETING = new MeetingScreenFixture("Learning Hub", LocalTime.of(14, 0));

    private MeetingsView view;

    @Start
    void start(Stage stage) {
        view = MEETING.show(stage);
    }

    private RegisterEntry partner(AgencyKind kind) {
        return MEETING.meeting().expected().stream().filter(e -> e.statutoryPartner() && e.agencyKind() == kind && e.core()).findFirst().orElseThrow();
    }

    @Test
    void chairRunsTheMeetingAndGetsAMinutesDraft(FxRobot robot) {
        AtomicReference<LiveMeetingView> live = new AtomicReference<>();
        robot.interact(() -> live.set(view.openLive()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(live.get()).isNotNull();
        Label quoracy = robot.lookup("#live-quoracy").queryAs(Label.class);
        assertThat(quoracy.getText()).startsWith("Not quorate");
        assertThat(robot.lookup("#live-item-title").queryAs(Label.class).getText()).isEqualTo("Welcome, introductions, apologies");

        RegisterEntry la = partner(AgencyKind.LOCAL_AUTHORITY);
        RegisterEntry police = partner(AgencyKind.POLICE);
        RegisterEntry health = partner(AgencyKind.HEALTH);
        robot.clickOn("#attend-present-" + la.personId());
        robot.clickOn("#attend-present-" + health.personId());
        assertThat(quoracy.getText()).startsWith("Not quorate").contains("police");
        robot.clickOn("#attend-apologies-" + police.personId());
        assertThat(quoracy.getText()).contains(police.personName() + " (apologies)");
        // The police member's nominated deputy comes instead: quorate.
        robot.clickOn("#attend-deputy_attending-" + police.personId());
        robot.clickOn("#capture-save");
        assertThat(quoracy.getText()).isEqualTo("Quorate");

        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#live-item-title").queryAs(Label.class).getText()).isEqualTo("Actions from last meeting");
        robot.type(KeyCode.PAGE_DOWN);
        String third = robot.lookup("#live-item-title").queryAs(Label.class).getText();

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        robot.clickOn("#capture-text").write("Agreed the audit sample of 20 cases");
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.clickOn("#capture-text").write("Send the audit tool to members");
        robot.clickOn("#capture-owner").write(la.personName());
        robot.clickOn("#capture-save");
        @SuppressWarnings("unchecked")
        ListView<String> captured = robot.lookup("#live-captured").queryAs(ListView.class);
        assertThat(captured.getItems()).contains("Decision: Agreed the audit sample of 20 cases");
        assertThat(captured.getItems()).anyMatch(s -> s.startsWith("Action: Send the audit tool to members – " + la.personName()));

        // A slip: a note captured by mistake is taken back with Ctrl+Z.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.clickOn("#capture-text").write("oops");
        robot.type(KeyCode.ENTER);
        assertThat(captured.getItems()).contains("Note: oops");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(captured.getItems()).doesNotContain("Note: oops").hasSize(2);

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        robot.clickOn("#capture-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(MEETING.services().meetings().meeting(MEETING.meeting().meeting().id()).meeting().status().name()).isEqualTo("HELD");
        TextArea minutes = robot.lookup("#minutes-text").queryAs(TextArea.class);
        assertThat(minutes.isVisible()).isTrue();
        assertThat(minutes.getText()).contains("Present: " + la.personName()).contains("Deputies: " + police.deputyName() + " for "
                + police.personName()).contains("Quoracy: Quorate").contains("3. " + third)
                .contains("   Decision: Agreed the audit sample of 20 cases")
                .contains("   Action: Send the audit tool to members – " + la.personName()).doesNotContain("oops");
    }
}
