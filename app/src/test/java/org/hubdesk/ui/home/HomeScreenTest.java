package org.hubdesk.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueKind;
import org.hubdesk.domain.home.DuePlace;
import org.hubdesk.ui.meetings.MeetingsView;
import org.hubdesk.ui.members.MembersView;
import org.hubdesk.ui.reviews.CaseReviewsView;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The business manager opens Hubdesk on Home, sees the demo's week and goes from a line to where it is dealt with. */
class HomeScreenTest extends MainWindowScreenTest {
    private void open(FxRobot robot, boolean demo) {
        openLater(robot, dir.resolve(demo ? "demo" : "empty"), demo ? Data.DEMO : Data.EMPTY);
    }

    private static List<Hyperlink> lines(FxRobot robot) {
        return robot.lookup(".due-line").queryAllAs(Hyperlink.class).stream()
                .sorted(java.util.Comparator.comparingInt(h -> Integer.parseInt(h.getId().substring(4)))).toList();
    }

    private static Hyperlink first(FxRobot robot, DueKind kind) {
        return lines(robot).stream().filter(h -> ((DueItem) h.getUserData()).kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void homeOpensFirstWithTheDemosWeekGroupedAndALineOpensItsPlace(FxRobot robot) {
        open(robot, true);
        assertThat(window.shownArea()).isEqualTo(Area.HOME);
        assertThat(robot.lookup("#home-heading-meeting").queryAs(Label.class).getText()).startsWith("Next meetings (");
        assertThat(robot.lookup("#home-heading-clock").queryAs(Label.class).getText()).startsWith("Case review clocks (");
        assertThat(robot.lookup("#home-heading-terms").queryAs(Label.class).getText()).isEqualTo("Terms of reference (1)");
        List<Hyperlink> lines = lines(robot);
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).extracting(Hyperlink::getText).anyMatch(t -> t.contains("Next meeting of Learning Hub"));
        // Overdue is said in words as well as in red.
        assertThat(lines).filteredOn(h -> h.getStyleClass().contains("text-danger")).isNotEmpty()
                .allMatch(h -> h.getText().contains("overdue"));

        // A case review clock opens that review.
        Hyperlink clock = first(robot, DueKind.CLOCK);
        long reviewId = ((DueItem) clock.getUserData()).targetId();
        robot.clickOn(clock);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownArea()).isEqualTo(Area.CASE_REVIEWS);
        assertThat(((CaseReviewsView) window.view(Area.CASE_REVIEWS)).model().selected.get().id()).isEqualTo(reviewId);

        // Back home by the sidebar; the next meeting opens that meeting, from the keyboard.
        robot.clickOn("Home");
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink meeting = first(robot, DueKind.MEETING);
        DueItem item = (DueItem) meeting.getUserData();
        assertThat(item.place()).isEqualTo(DuePlace.MEETING);
        robot.interact(meeting::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownArea()).isEqualTo(Area.MEETINGS);
        assertThat(((MeetingsView) window.view(Area.MEETINGS)).model().selected.get().meeting().id()).isEqualTo(item.targetId());

        // The terms of reference line selects the group in Members and groups.
        robot.clickOn("Home");
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink terms = first(robot, DueKind.TERMS);
        robot.interact(terms::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shownArea()).isEqualTo(Area.MEMBERS);
        assertThat(((MembersView) window.view(Area.MEMBERS)).model().selectedGroup.get().name()).isEqualTo("Learning Hub");
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewPartnershipHasAClearEmptyState(FxRobot robot) {
        open(robot, false);
        assertThat(window.shownArea()).isEqualTo(Area.HOME);
        assertThat(robot.lookup(".due-line").queryAll()).isEmpty();
        Node empty = robot.lookup("#home-empty").query();
        assertThat(((Label) empty).getText()).startsWith("Nothing is overdue and nothing falls due in the next 7 days");
        assertThat(errors).isEmpty();
    }
}
