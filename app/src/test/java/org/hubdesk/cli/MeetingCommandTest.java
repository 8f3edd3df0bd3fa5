package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

class MeetingCommandTest extends CliCommandTest {
    @Test
    void planAMeetingListItAndExportItsInvitation() throws Exception {
        assertThat(run("demo").code()).isZero();
        LocalDate day = LocalDate.now().plusMonths(2).with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.THURSDAY));
        Result made = run("meeting", "new", "--group", "Multi-Agency Learning Forum", "--date", day.toString(), "--start", "9:30",
                "--place", "Civic Offices");
        assertThat(made.code()).as(made.err()).isZero();
        MeetingDeadlines expected = MeetingDeadlines.of(day);
        assertThat(made.out()).contains("Papers due: " + expected.papersDue()).contains("Minutes due: " + expected.minutesDue())
                .contains("13 items");
        String id = made.out().replaceAll("(?s)^Meeting (\\d+):.*", "$1");

        Result list = run("meeting", "list", "--group", "Multi-Agency Learning Forum");
        assertThat(list.out()).contains(day + " 09:30").doesNotContain("Learning Hub ");

        Path ics = dir.resolve("m.ics");
        assertThat(run("export", "ics", "--meeting", id, "--out", ics.toString()).code()).isZero();
        assertThat(Files.readString(ics)).contains("SUMMARY:Multi-Agency Learning Forum\r\n");

        // No papers attached: the pack is the tagged agenda alone, and says nothing of untagged papers.
        Path pack = dir.resolve("pack.pdf");
        Result packed = run("export", "pack", "--meeting", id, "--out", pack.toString());
        assertThat(packed.code()).as(packed.err()).isZero();
        assertThat(packed.out()).startsWith("Wrote " + pack.toAbsolutePath() + " (").doesNotContain("Not tagged");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(pack.toFile())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Meeting pack: Multi-Agency Learning Forum " + day);
        }
    }

    @Test
    void badInputIsOneLineAndExitOne() {
        assertThat(run("demo").code()).isZero();
        Result past = run("meeting", "new", "--group", "Learning Hub", "--date", "2020-01-07", "--start", "10:00");
        assertThat(past.code()).isEqualTo(1);
        assertThat(past.err().strip()).startsWith("hubdesk: 2020-01-07 is in the past").doesNotContain("\n");
        Result noGroup = run("meeting", "new", "--group", "Book Club", "--date", "2099-01-07", "--start", "10:00");
        assertThat(noGroup.code()).isEqualTo(1);
        assertThat(noGroup.err()).contains("There is no group called 'Book Club'");
        assertThat(run("meeting", "new", "--group", "Learning Hub", "--date", "2099-01-07").code()).isEqualTo(2);
        assertThat(run("export", "ics", "--meeting", "999", "--out", dir.resolve("x.ics").toString()).err())
                .contains("There is no meeting with id 999");
    }
}
