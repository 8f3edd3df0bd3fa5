package org.hubdesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.service.Services;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two people on one meeting: the coordinator opens "Date and place…", a colleague moves the meeting
 * meanwhile, and the coordinator's OK is refused in the dialog with both versions, the typing kept.
 * Then History… shows the colleague's change with who made it.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingStaleEditScreenTest {
    @TempDir
    static Path dir;
    static MeetingDetail meeting;

    private Services services;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void demo() {
        try (Services setup = Services.open(dir, null)) {
            meeting = MeetingScreenFixture.demoMeeting(setup, "Multi-Agency Learning Forum", LocalTime.of(23, 0));
        }
    }

    @Start
    void start(Stage stage) {
        services = Services.open(dir, null);
        MeetingScreenFixture.show(stage, services, meeting, errors::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aColleaguesSaveSinceTheDialogOpenedIsShownInItAndNothingIsOverwritten(FxRobot robot) throws Exception {
        long id = meeting.meeting().id();
        ScreenSupport.shootFrontWindow(robot, "meetings-screen.png");
        robot.clickOn("#meeting-move");
        WaitForAsyncUtils.waitForFxEvents();
        // A colleague, on another computer, moves the meeting to another room while the dialog is open.
        Versioned<Meeting> theirs = services.meetings().meetingForEdit(id);
        services.meetings().reschedule(id, theirs.value().meetingDate(), theirs.value().startsAt(), "Room 5", theirs.version());

        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        robot.clickOn(place).push(KeyCode.SHORTCUT, KeyCode.A).write("Town Hall");
        robot.clickOn("#meeting-details-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#dialog-error").queryAs(Label.class);
        assertThat(error.getText()).startsWith("The meeting's date, time and place was changed by someone else since you opened it;"
                        + " nothing was saved.")
                .contains("Theirs now: " + meeting.meeting().meetingDate() + " at 23:00, Room 5.")
                .contains("Yours: " + meeting.meeting().meetingDate() + " at 23:00, Town Hall.");
        assertThat(place.getText()).isEqualTo("Town Hall");
        assertThat(place.getScene().getWindow().isShowing()).isTrue();
        assertThat(services.meetings().meeting(id).meeting().place()).isEqualTo("Room 5");
        ScreenSupport.shootFrontWindow(robot, "meeting-stale-edit.png");
        robot.clickOn("Cancel");

        robot.clickOn("#meeting-history");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#history-lines").queryAs(ListView.class);
        String me = System.getProperty("user.name");
        assertThat(lines.getItems()).anyMatch(l -> l.contains("  " + me + "  added meeting " + id))
                .anyMatch(l -> l.contains("  " + me + "  changed meeting " + id) && l.contains("'Civic Offices' → 'Room 5'"));
        ScreenSupport.shootFrontWindow(robot, "meeting-history.png");
        robot.interact(() -> ((Stage) lines.getScene().getWindow()).close());
        // The same from the keyboard, with the focus anywhere in the meetings screen.
        robot.clickOn("#tab-minutes").push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> again = robot.lookup("#history-lines").queryAs(ListView.class);
        assertThat(again.getItems()).isEqualTo(lines.getItems());
        robot.interact(() -> ((Stage) again.getScene().getWindow()).close());
        // The refusal also reached the app's error message, as every refused save does; nothing else went wrong.
        assertThat(errors).singleElement().asString().contains("changed by someone else since you opened it");
    }
}
