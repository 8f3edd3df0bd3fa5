package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

class ReviewCommandTest extends CliCommandTest {
    @Test
    void aRapidReviewPrintsItsIdAndBothWorkingDayDeadlinesAcrossChristmas() {
        // Received Tue 23 Dec 2025. Christmas Thu 25, Boxing Day Fri 26, New Year's Day Thu 1 Jan 2026.
        // Wed 24 (1), Mon 29 (2), Tue 30 (3), Wed 31 (4), Fri 2 Jan (5); then Mon 5 .. Fri 9 (6-10), Mon 12 .. Fri 16 (11-15).
        Result made = run("review", "new", "--kind", "rapid-review", "--title", "Infant injuries", "--received", "2025-12-23",
                "--reference", "Baby K");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Review 1:")
                .contains("National Panel notified by: 2026-01-02" + System.lineSeparator())
                .contains("Rapid review report due: 2026-01-16" + System.lineSeparator())
                .doesNotContain("Review due:").doesNotContain("Warning");

        Result list = run("review", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("rapid-review").contains("Infant injuries").contains("Baby K");
        assertThat(run("review", "show", "1").out()).contains("Rapid review report due: 2026-01-16 (overdue");
    }

    @Test
    void aSingleAgencyReviewIsDueThreeWeeksAfterTheLetterAndANameIsWarnedAbout() {
        // Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr do not matter to calendar days: 2 Apr + 21 = 23 Apr.
        Result made = run("review", "new", "--kind", "single-agency", "--title", "School response", "--received", "2026-04-02",
                "--reference", "Jane Smith");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("Review due: 2026-04-23" + System.lineSeparator()).doesNotContain("Rapid review report due")
                .contains("Warning: 'Jane Smith' looks like a full name");
        assertThat(run("review", "list", "--kind", "rapid-review").out()).doesNotContain("School response");
        assertThat(run("review", "list", "--kind", "single-agency").out()).contains("School response");
    }

    @Test
    void aBadOrFutureDateIsRefusedWithOneLine() {
        Result bad = run("review", "new", "--kind", "rapid-review", "--title", "X", "--received", "2026-02-30");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).startsWith("hubdesk: '2026-02-30' is not a date").doesNotContain("" + System.lineSeparator());
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Result future = run("review", "new", "--kind", "rapid-review", "--title", "X", "--received", tomorrow);
        assertThat(future.code()).isEqualTo(1);
        assertThat(future.err().strip()).isEqualTo("hubdesk: The date received, " + tomorrow + ", is in the future");
        Result kind = run("review", "new", "--kind", "audit", "--title", "X", "--received", "2026-01-05");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err().strip()).contains("not a kind of review").doesNotContain("" + System.lineSeparator());
        assertThat(run("review", "list").out()).doesNotContain(" X");
    }

    @Test
    void theDemoReviewsExportAsABoardReportAndADecisionRecord() throws Exception {
        assertThat(run("demo").code()).isZero();
        int year = LocalDate.now().getMonthValue() >= 4 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        Path docx = dir.resolve("reviews.docx");
        Result board = run("export", "case-reviews", "--year", Integer.toString(year), "--out", docx.toString());
        assertThat(board.code()).as(board.err()).isZero();
        assertThat(board.out()).contains("Saved Case review report to the Partnership Board (DOCX)");
        assertThat(java.nio.file.Files.size(docx)).isPositive();
        Result list = run("review", "list", "--kind", "lcspr", "--status", "in-progress");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        Path pdf = dir.resolve("decision.pdf");
        Result decision = run("export", "lcspr-decision", "--review", id, "--out", pdf.toString());
        assertThat(decision.code()).as(decision.err()).isZero();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("LCSPR decision record").contains("more than one LA, police area or CCG is involved");
        Result bad = run("review", "list", "--status", "lost");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("not a review status");
    }
}
