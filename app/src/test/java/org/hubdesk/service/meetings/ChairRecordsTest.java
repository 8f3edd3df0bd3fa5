package org.hubdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaReplan;
import org.hubdesk.domain.meetings.Declarations;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declarations of interest and the chair's re-plan, over a real H2 file, read back from the minutes in Word and PDF. */
class ChairRecordsTest {
    static final LocalDate DAY = LocalDate.of(2027, 1, 11);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    Services services;
    MeetingService meetings;
    Instant now = DAY.atTime(9, 0).atZone(LONDON).toInstant();
    long forumId;

    /** A clock the test moves on, as the meeting runs. */
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void open() {
        services = TestStores.openDemo(dir, 0, DAY);
        meetings = new MeetingService(services.database(), clock);
        forumId = services.members().groupNamed("Multi-Agency Learning Forum").id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void at(int hour, int minute) {
        now = DAY.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    @Test
    void declarationsAndAReplanAreRecordedAndPrintedInTheMinutes() throws Exception {
        MeetingDetail d = meetings.newMeeting(forumId, DAY, LocalTime.of(10, 0), "Civic Offices");
        long id = d.meeting().id();
        RegisterEntry member = d.expected().get(1);
        RegisterEntry other = d.expected().get(2);
        long caseOne = d.items().get(3).id();
        at(10, 0);
        meetings.startMeeting(id);
        assertThat(Declarations.askedAt(meetings.meeting(id).currentItem().orElseThrow())).isTrue();
        meetings.declareInterest(id, member.personId(), caseOne, "manages the allocated social worker");
        meetings.declareInterest(id, other.personId(), null, "chairs a provider's board");
        var slip = meetings.declareInterest(id, other.personId(), null, "typed in error");
        meetings.withdrawDeclaration(slip.id());
        assertThatThrownBy(() -> meetings.declareInterest(id, member.personId(), null, " ")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> meetings.declareInterest(id, 999_999, null, "not a member"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Only a member");

        // The case item starts at 10:15 and runs 42 minutes instead of 30.
        at(10, 15);
        meetings.goToItem(id, caseOne);
        MeetingDetail atCase = meetings.meeting(id);
        assertThat(Declarations.chairAlert(atCase.currentItem().orElseThrow(), atCase.declarations(), atCase.registerNames()))
                .containsExactly(member.personName() + ": manages the allocated social worker");
        at(10, 57);
        MeetingDetail late = meetings.meeting(id);
        assertThat(late.pace(LocalDateTime.of(DAY, LocalTime.of(10, 57))).orElseThrow().summary())
                .isEqualTo("Predicted end 12:11 · 12 min over (planned 11:59)");

        AgendaReplan proposed = meetings.proposeReplan(id);
        assertThat(proposed.overrunMinutes()).isEqualTo(12);
        AgendaReplan done = meetings.replan(id, proposed.overrunMinutes());
        assertThat(done.changes()).hasSize(3);
        MeetingDetail replanned = meetings.meeting(id);
        assertThat(replanned.items().get(4).minutes()).isEqualTo(23);
        assertThat(replanned.items().get(12).minutes()).as("AOB keeps its minutes").isEqualTo(2);
        assertThat(replanned.plannedEnd()).as("the goal stays the planned end").isEqualTo(LocalDateTime.of(DAY, LocalTime.of(11, 59)));
        assertThat(replanned.pace(LocalDateTime.of(DAY, LocalTime.of(10, 57))).orElseThrow().overrunMinutes()).isZero();

        at(12, 0);
        meetings.endMeeting(id);
        String minutes = meetings.minutes(id);
        assertThat(minutes).contains("Declarations of interest: " + member.personName()
                        + " (item 4, Individual case learning 1): manages the allocated social worker; " + other.personName()
                        + " (the meeting as a whole): chairs a provider's board")
                .doesNotContain("typed in error")
                .contains("4. Individual case learning 1 – case " + d.items().get(3).caseReference() + "\n   Declaration: " + member.personName() + " – manages the allocated social worker\n"
                        + "   Re-plan: at 10:57, to end by 11:59 – 12 min over: Individual case learning 2 30→23 min");

        Path docx = meetings.exportMinutes(id, ReportFormat.DOCX, dir.resolve("minutes.docx"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertThat(text).contains("Declarations of interest").contains("manages the allocated social worker")
                    .contains("Declaration: " + member.personName()).contains("Re-plan: at 10:57, to end by 11:59");
        }
        Path pdf = meetings.exportMinutes(id, ReportFormat.PDF, dir.resolve("minutes.pdf"));
        PdfReader reader = new PdfReader(pdf.toString());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        reader.close();
        String flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains("Declarations of interest").contains("chairs a provider's board")
                .contains("Re-plan: at 10:57, to end by 11:59 – 12 min over");
    }

    @Test
    void aMeetingWithNoDeclarationsSaysSoAndCannotBeReplannedBeforeItStarts() {
        MeetingDetail d = meetings.newMeeting(forumId, DAY, LocalTime.of(10, 0), null);
        assertThat(meetings.minutes(d.meeting().id())).contains("Declarations of interest: none declared");
        assertThatThrownBy(() -> meetings.proposeReplan(d.meeting().id())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Start the meeting");
        assertThatThrownBy(() -> meetings.replan(d.meeting().id(), 5)).isInstanceOf(UserInputException.class);
    }
}
