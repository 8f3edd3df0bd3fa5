package org.hubdesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalTime;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.hubdesk.domain.members.RegisterEntry;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.meetings.MeetingDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A meeting's Declarations of interest tab, before the meeting: a member's interest in a case
 * item recorded there is listed, printed in the minutes text and in the published minutes
 * (beside the attendance and under its item).
 */
@ExtendWith(ApplicationExtension.class)
class DeclarationsScreenTest {
    @RegisterExtension
    static final MeetingScreenFixture MEETING = new MeetingScreenFixture("Multi-Agency Learning Forum", LocalTime.of(10, 0));

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        MEETING.show(stage);
    }

    @Test
    void aDeclarationRecordedInTheTabIsListedAndPrintedInTheMinutes(FxRobot robot) throws IOException {
        RegisterEntry member = MEETING.meeting().expected().get(1);
        robot.clickOn("Declarations of interest");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#declarations-list").queryAs(ListView.class);
        assertThat(list.getItems()).isEmpty();

        robot.clickOn("#declaration-member").clickOn(member.personName() + " (" + member.agencyName() + ")");
        robot.clickOn("#declaration-item").clickOn("4. Individual case learning 1");
        robot.clickOn("#declaration-text").write("manages the allocated social worker");
        robot.clickOn("#declaration-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).extracting(Object::toString)
                .containsExactly(member.personName() + " – 4. Individual case learning 1: manages the allocated social worker");
        MeetingDetail after = MEETING.services().meetings().meeting(MEETING.meeting().meeting().id());
        assertThat(after.declarations()).hasSize(1);
        assertThat(after.declarations().get(0).agendaItemId()).isEqualTo(after.items().get(3).id());

        // The minutes tab's text: the attendance line and the item's own line.
        robot.clickOn("Minutes");
        WaitForAsyncUtils.waitForFxEvents();
        String minutes = robot.lookup("#minutes-text").queryAs(TextArea.class).getText();
        assertThat(minutes).contains("Declarations of interest: " + member.personName()
                + " (item 4, Individual case learning 1): manages the allocated social worker")
                .contains("\n   Declaration: " + member.personName() + " – manages the allocated social worker\n");

        // The minutes as published (Word, read back): the declarations beside Present and Apologies, and under the item.
        Path docx = MEETING.services().meetings().exportMinutes(MEETING.meeting().meeting().id(), ReportFormat.DOCX, dir.resolve("minutes.docx"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Declarations of interest").contains(member.personName()
                    + " (item 4, Individual case learning 1): manages the allocated social worker")
                    .contains("Declaration: " + member.personName() + " – manages the allocated social worker");
        }
    }
}
