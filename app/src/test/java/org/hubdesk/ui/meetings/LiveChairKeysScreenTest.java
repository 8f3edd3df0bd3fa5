package org.hubdesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.meetings.MeetingDetail;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chair's live-mode keys for declarations (Ctrl+I) and for keeping to time (Ctrl+R): a
 * Forum meeting planned to start at midnight is always late by the time the test runs.
 */
@ExtendWith(ApplicationExtension.class)
class LiveChairKeysScreenTest {
    @RegisterExtension
    static final MeetingScreenFixture MEETING = new MeetingScreenFixture("Multi-Agency Learning Forum", LocalTime.MIDNIGHT);

    private MeetingsView view;

    @Start
    void start(Stage stage) {
        view = MEETING.show(stage);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void declaringAnInterestAndReplanningByKey(FxRobot robot) {
        Assumptions.assumeTrue(LocalTime.now().isAfter(LocalTime.of(0, 20)), "the midnight meeting is only late after 00:20");
        AtomicReference<LiveMeetingView> live = new AtomicReference<>();
        robot.interact(() -> live.set(view.openLive()));
        WaitForAsyncUtils.waitForFxEvents();
        Label alert = robot.lookup("#live-interest-alert").queryAs(Label.class);
        assertThat(alert.getText()).startsWith("Ask for declarations of interest");

        RegisterEntry member = MEETING.meeting().expected().get(1);
        ctrl(robot, KeyCode.I);
        assertThat(robot.lookup("#declare-pane").query().isVisible()).isTrue();
        robot.clickOn("#declare-member").clickOn(member.personName() + " (" + member.agencyName() + ")");
        robot.clickOn("#declare-item").clickOn("4. Individual case learning 1");
        robot.clickOn("#declare-text").write("knows the family");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#declare-pane").query().isVisible()).isFalse();
        assertThat(alert.getText()).endsWith("1 recorded");

        // The case item starts: the chair is shown who declared an interest in it.
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(robot.lookup("#live-item-title").queryAs(Label.class).getText()).startsWith("Individual case learning 1");
        assertThat(alert.isVisible()).isTrue();
        assertThat(alert.getText()).contains(member.personName() + ": knows the family");

        robot.interact(() -> live.get().model().tick());
        Label pace = robot.lookup("#live-pace").queryAs(Label.class);
        assertThat(pace.getText()).startsWith("Predicted end").contains("over (planned 01:59)");

        ctrl(robot, KeyCode.R);
        Node replanPane = robot.lookup("#replan-pane").query();
        assertThat(replanPane.isVisible()).isTrue();
        assertThat(robot.lookup("#replan-summary").queryAs(Label.class).getText()).contains("Individual case learning 2 30→");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(replanPane.isVisible()).isFalse();

        MeetingDetail after = MEETING.services().meetings().meeting(MEETING.meeting().meeting().id());
        assertThat(after.items().get(4).minutes()).isLessThan(30);
        assertThat(after.items().get(12).minutes()).as("AOB keeps its minutes").isEqualTo(2);
        assertThat(after.replans()).hasSize(1);
        assertThat(after.declarations()).singleElement().satisfies(d -> assertThat(d.personId()).isEqualTo(member.personId()));
        // Ctrl+Z would take back the last capture; the re-plan is not one of them, so the declaration is what goes.
        assertThat(MEETING.services().meetings().minutes(MEETING.meeting().meeting().id())).contains("Re-plan: at ").contains("Declaration: " + member.personName());
    }

    @Test
    void theLiveViewFollowsTheSystemTextSize(FxRobot robot) {
        AtomicReference<LiveMeetingView> live = new AtomicReference<>();
        robot.interact(() -> live.set(view.openLive()));
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#live-item-title").queryAs(Label.class);
        javafx.scene.Parent root = title.getScene().getRoot();
        assertThat(root.getStyle()).as("the live window takes the system text size, as the main window does").contains("-fx-font-size");
        // Half as large again (a 150% text setting): the item title and the clock grow with it.
        robot.interact(() -> {
            root.setStyle("-fx-font-size: " + org.hubdesk.ui.common.TextSize.DESIGN_PX * 1.5 + "px;");
            root.applyCss();
        });
        assertThat(title.getFont().getSize()).isCloseTo(46 * 1.5, org.assertj.core.data.Offset.offset(0.6));
        assertThat(robot.lookup("#live-elapsed").queryAs(Label.class).getFont().getSize())
                .isCloseTo(76 * 1.5, org.assertj.core.data.Offset.offset(0.6));
        robot.interact(() -> title.getScene().getWindow().hide());
    }
}
