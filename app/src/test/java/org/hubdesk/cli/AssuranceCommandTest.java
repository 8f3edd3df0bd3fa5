package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

/** audit list/new/template/import, import-performance and the assurance exports from the command line. */
class AssuranceCommandTest extends CliCommandTest {
    @Test
    void theDemosRoundsAreListedAndTheOverviewsExportToWordAndPdf() {
        assertThat(run("demo").code()).isZero();
        Result list = run("audit", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("section-11").contains("section-175").contains("vcs").contains("6 of 7").contains("panel ");
        Result show = run("audit", "show", "2");
        assertThat(show.out()).contains("Northbridge Probation Delivery Unit").contains("not yet returned").contains("Equality of Opportunity");
        for (String report : new String[] {"section-11-overview", "section-175-overview", "performance", "audit-calendar"}) {
            Path docx = dir.resolve(report + ".docx");
            Result r = run("export", report, "--out", docx.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(docx).exists();
            Path pdf = dir.resolve(report + ".pdf");
            assertThat(run("export", report, "--format", "pdf", "--out", pdf.toString()).code()).isZero();
            assertThat(pdf).exists();
        }
        assertThat(run("audit", "calendar").out()).contains("Learning Hub cycle audits (month 2)");
    }

    @Test
    void anUnfilledTemplateAndABadDatasetAreRefusedWithNothingWritten() throws Exception {
        run("demo");
        assertThat(run("audit", "new", "--kind", "section-175", "--year", "2030", "--ask", "Hillcrest Academy").out())
                .contains("Round 5: Section 175 audit 2030").contains("13 standards");
        Path template = dir.resolve("t.xlsx");
        assertThat(run("audit", "template", "--round", "5", "--organisation", "Hillcrest Academy", "--out", template.toString()).code()).isZero();
        Result imported = run("audit", "import", template.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err()).contains("No standard is rated").contains("nothing was imported");
        assertThat(run("audit", "list").out()).contains("0 of 1");

        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "Indicator,Theme,Quarter,Value\nContacts to MASH,,2030-01,2050\nNew measure,,2030-01,12\n");
        Result bad = run("import-performance", csv.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("Row 3").contains("is a new indicator: give its theme");
        assertThat(bad.err()).contains("1 row has errors; nothing was imported");
        Files.writeString(csv, "Indicator,Theme,Quarter,Value\nContacts to MASH,,2030-01,2050\nNew measure,Youth justice,2030-01,12\n");
        Result good = run("import-performance", csv.toString());
        assertThat(good.code()).as(good.err()).isZero();
        assertThat(good.out()).contains("Imported 2 values; new indicators: New measure");
    }
}
