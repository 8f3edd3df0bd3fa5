package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hubdesk plan` and `hubdesk export timeline` as an admin's script runs them. */
class HubCommandsTest {
    @TempDir
    Path dir;

    private Result run(String... args) {
        return CliRun.runDataDirLast(dir, args);
    }

    @Test
    void planPrintsTheStaggeredCyclesAndRefusesAClash() {
        // After the demo's own programme, which started last month and runs eight months on.
        YearMonth start = YearMonth.now().plusMonths(9);
        assertThat(run("demo").code()).isZero();
        Result planned = run("plan", "--start", start.toString(), "--priority", "Neglect", "--priority", "Online harm");
        assertThat(planned.code()).as(planned.err()).isZero();
        assertThat(planned.out()).contains(
                " 1. " + start + " to " + start.plusMonths(3) + "  Neglect",
                "    scoping " + start + ", audits " + start.plusMonths(1) + ", feedback " + start.plusMonths(2)
                        + ", recommendations " + start.plusMonths(3),
                " 2. " + start.plusMonths(3) + " to " + start.plusMonths(6) + "  Online harm");

        Result clash = run("plan", "--start", start.toString(), "--priority", "Exploitation");
        assertThat(clash.code()).isEqualTo(1);
        assertThat(clash.err().strip()).isEqualTo("hubdesk: The programme clashes with cycles already planned: 'Exploitation' would be in"
                + " initial scoping in " + start + " as 'Neglect' already is; start it later or move the existing cycle first");

        Result typo = run("plan", "--start", "2002-01", "--priority", "X");
        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err()).contains("The start month 2002-01 is more than 20 years in the past");

        Result badMonth = run("plan", "--start", "2027-13", "--priority", "X");
        assertThat(badMonth.code()).isEqualTo(2);
        assertThat(badMonth.err()).contains("'2027-13' is not a month: use YYYY-MM");
    }

    @Test
    void planRecordsTheProgrammeOf2018To19WithAWarningAndItsPhasesDone() throws Exception {
        Result past = run("plan", "--start", "2018-10",
                "--priority", "Reduce the number of children and young people missing from home or care",
                "--priority", "Respond effectively to the mental ill health of parents",
                "--priority", "Get basic child protection right");
        assertThat(past.code()).as(past.err()).isZero();
        assertThat(past.out()).contains(" 1. 2018-10 to 2019-01", " 3. 2019-04 to 2019-07  Get basic child protection right");
        assertThat(past.err().strip()).isEqualTo("Warning: the programme starts in 2018-10, in the past; 12 of its 12 phases ended"
                + " before " + YearMonth.now() + " and are recorded as done");
        try (org.hubdesk.service.Services services = org.hubdesk.service.Services.open(dir, null)) {
            assertThat(services.hub().programme().cycles()).hasSize(3)
                    .flatExtracting(c -> c.phases()).extracting(p -> p.status())
                    .containsOnly(org.hubdesk.domain.hub.ActivityStatus.DONE);
        }
    }

    @Test
    void exportTimelineWritesAPngAndAPdf() throws Exception {
        YearMonth start = YearMonth.now().plusMonths(1);
        assertThat(run("demo").code()).isZero();
        assertThat(run("plan", "--start", start.plusYears(1).toString(), "--priority", "Neglect").code()).isZero();
        int year = start.plusYears(1).getMonthValue() >= 4 ? start.plusYears(1).getYear() : start.plusYears(1).getYear() - 1;

        Path png = dir.resolve("timeline.png");
        Result picture = run("export", "timeline", "--year", Integer.toString(year), "--out", png.toString());
        assertThat(picture.code()).as(picture.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');

        Path pdf = dir.resolve("board-paper");
        Result document = run("export", "timeline", "--year", Integer.toString(year), "--format", "pdf", "--out", pdf.toString());
        assertThat(document.code()).as(document.err()).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");

        Result mismatch = run("export", "timeline", "--year", Integer.toString(year), "--format", "png", "--out", "x.pdf");
        assertThat(mismatch.code()).isEqualTo(1);
        assertThat(mismatch.err().strip()).isEqualTo("hubdesk: --out x.pdf ends in .pdf but --format is png; make them agree");
        Result empty = run("export", "timeline", "--year", "2040", "--out", dir.resolve("t.png").toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("There are no hub cycles in 2040-41");
    }
}
