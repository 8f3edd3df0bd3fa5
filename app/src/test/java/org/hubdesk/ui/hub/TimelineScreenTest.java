package org.hubdesk.ui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.service.Services;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A business manager plans a programme, sees its bars, moves a cycle (keyboard and mouse) and undoes the moves. */
class TimelineScreenTest extends MainWindowScreenTest {
    private void open(FxRobot robot) {
        services = Services.open(testDir, null);
        services.demo().createEmpty("Test Partnership");
        show(robot);
    }

    private void show(FxRobot robot) {
        showWindow(robot);
        robot.clickOn("Hub timeline");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<HubCycle> cycles() {
        return services.hub().programme().cycles();
    }

    private Label bar(FxRobot robot, long cycleId, String kind) {
        return robot.lookup("#bar-" + cycleId + "-" + kind).queryAs(Label.class);
    }

    @Test
    void theDemosLearningHubMeetingsAreMarkedOnTheTimeline(FxRobot robot) {
        services = Services.open(testDir, null);
        services.demo().createDemo(0, java.time.LocalDate.now());
        show(robot);
        List<java.time.LocalDate> hubMeetings = services.meetings().meetingsOfKind(org.hubdesk.domain.members.GroupKind.LEARNING_HUB,
                        java.time.LocalDate.now().minusYears(2), java.time.LocalDate.now().plusYears(2)).stream()
                .map(m -> m.meeting().meetingDate()).toList();
        assertThat(hubMeetings).hasSizeGreaterThan(4);
        var markers = robot.lookup(".meeting-marker").queryAll();
        assertThat(markers).hasSize(hubMeetings.size());
        assertThat(errors).isEmpty();
    }

    @Test
    void planSeeTheBarsMoveACycleAndUndo(FxRobot robot) throws Exception {
        open(robot);
        YearMonth start = YearMonth.now().plusMonths(2);
        robot.clickOn("#plan-programme");
        robot.doubleClickOn("#plan-start").eraseText(7).write(start.toString());
        robot.clickOn("#plan-priorities").write("Improve the early identification of neglect\nKeep children safe online");
        robot.clickOn("#plan-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors).isEmpty();
        assertThat(cycles()).extracting(c -> c.firstMonth().toString()).containsExactly(start.toString(), start.plusMonths(3).toString());
        assertThat(robot.lookup(".phase-bar").queryAll()).hasSize(8);
        long first = cycles().get(0).id();
        long second = cycles().get(1).id();
        Label scoping = bar(robot, first, "scoping");
        Label finalMonth = bar(robot, first, "recommendations");
        Label nextScoping = bar(robot, second, "scoping");
        // Appendix 3's stagger on screen: the next cycle's scoping sits under the first cycle's final month.
        assertThat(nextScoping.getLayoutX()).isEqualTo(finalMonth.getLayoutX());
        assertThat(nextScoping.getLayoutY()).isGreaterThan(finalMonth.getLayoutY());
        double monthWidth = ((TimelineLayout.Bar) scoping.getUserData()).width() + 2;
        double scopingX = scoping.getLayoutX();

        // Keyboard: select the first cycle's scoping, Alt+Right moves the whole cycle a month later.
        robot.clickOn(scoping);
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cycles().get(0).firstMonth()).isEqualTo(start.plusMonths(1));
        assertThat(bar(robot, first, "scoping").getLayoutX()).isEqualTo(scopingX + monthWidth);
        assertThat(robot.lookup("#conflicts").queryAs(Node.class)).isNotNull();

        // Mouse: drag the second cycle two months later.
        Label secondAudits = bar(robot, second, "audits");
        robot.drag(secondAudits).moveBy(2 * monthWidth, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cycles().get(1).firstMonth()).isEqualTo(start.plusMonths(5));

        snapshot(robot, Path.of("target", "screenshots", "hub-timeline.png"));

        // Undo both moves from the Edit menu's shortcut: the programme is as planned.
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cycles().get(1).firstMonth()).isEqualTo(start.plusMonths(3));
        assertThat(cycles().get(0).firstMonth()).isEqualTo(start.plusMonths(1));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cycles()).extracting(c -> c.firstMonth().toString()).containsExactly(start.toString(), start.plusMonths(3).toString());
        assertThat(bar(robot, first, "scoping").getLayoutX()).isEqualTo(scopingX);
        assertThat(errors).isEmpty();
    }

    @Test
    void aRefusedPlanIsExplainedInTheDialog(FxRobot robot) {
        open(robot);
        robot.clickOn("#plan-programme");
        robot.doubleClickOn("#plan-start").eraseText(7).write("2001-01");
        robot.clickOn("#plan-priorities").write("Neglect");
        robot.clickOn("#plan-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-error").queryAs(Label.class).getText())
                .startsWith("The start month 2001-01 is more than 20 years in the past");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(cycles()).isEmpty();
    }

    /** For people to look at (not asserted): what the screen showed after the moves. */
    private void snapshot(FxRobot robot, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
    }
}
