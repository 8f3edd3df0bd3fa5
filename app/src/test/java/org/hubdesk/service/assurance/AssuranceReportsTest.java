package org.hubdesk.service.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.DemoData;
import org.hubdesk.testing.ReportFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo's assurance reports, opened back from Word and PDF. */
class AssuranceReportsTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    static Services services;
    static int year;

    @BeforeAll
    static void demo() {
        services = DEMO.services();
        year = services.hub().settings().yearOf(java.time.YearMonth.now()).startYear();
    }

    @Test
    void theSection11OverviewHasAColouredHeatMapTheChangesWhoHasNotReturnedAndTheChallengePanel() throws Exception {
        try (XWPFDocument doc = ReportFiles.docx(export("section-11-overview", ReportFormat.DOCX, "s11.docx"));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertThat(text).contains("Section 11 audit overview").contains("Heat map").contains("Changes since the last round")
                    .contains("Agencies not yet returned").contains("Northbridge Probation Delivery Unit")
                    .contains("Challenge panel").contains("Young People's Safeguarding Forum representative")
                    .contains("Listening to Children and Young People").contains("Compared with\tSection 11 audit " + (year - 2));
            XWPFTable heat = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Agency")
                    && t.getRow(0).getTableCells().size() == 9).findFirst().orElseThrow();
            assertThat(heat.getRows()).hasSize(1 + 6 + 1);
            XWPFTableCell cell = heat.getRow(1).getCell(1);
            int score = Integer.parseInt(cell.getText().substring(0, 1));
            assertThat(cell.getColor()).isEqualTo(SelfRating.ofScore(score).hex());
            assertThat(cell.getText()).matches("\\d \\((\\+\\d|-\\d|=)\\)");
        }
        String pdf = pdfText("section-11-overview", "s11.pdf");
        assertThat(pdf).contains("Heat map").contains("Northbridge Probation Delivery Unit").contains("Challenge panel");
    }

    @Test
    void theSection175OverviewListsTheSchoolsAgainstThe13Areas() throws Exception {
        String pdf = pdfText("section-175-overview", "s175.pdf");
        assertThat(pdf).contains("Section 175 audit overview").contains("Single Central Record").contains("Hillcrest Academy")
                .contains("Schools not yet returned").contains("Meadowside Infant and Nursery School")
                .contains("first Section 175 round recorded");
    }

    @Test
    void thePerformanceReportHasTheExceptionsAndATrendChartPicturePerIndicator() throws Exception {
        try (XWPFDocument doc = ReportFiles.docx(export("performance", ReportFormat.DOCX, "perf.docx"));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).contains("Exceptions").contains("Early Help assessments started")
                    .contains("is below the target of 300").contains("above the average of the last four quarters");
            assertThat(doc.getAllPictures()).hasSize(9);
            byte[] png = doc.getAllPictures().get(0).getData();
            assertThat(png[1]).isEqualTo((byte) 'P');
        }
        assertThat(pdfText("performance", "perf.pdf")).contains("Domestic abuse").contains("Commentary");
    }

    @Test
    void theCalendarShowsEachMonthWithTheHubCyclesAuditMonths() throws Exception {
        assertThat(pdfText("audit-calendar", "calendar.pdf")).contains("Strategy meetings").contains("(month 2)")
                .contains("Multi-agency audit").contains("Observation").contains("Under-2s: safe sleeping");
    }

    @Test
    void theAnnualReportCountsTheYearsExceptionsAndReturns() {
        String text = services.reports().build("annual-report", ReportScope.ofYear(year), LocalDate.now()).blocks().stream()
                .map(Object::toString).reduce("", String::concat);
        assertThat(text).contains("Section 11 audit " + year + ": 6 of 7 returns received; since Section 11 audit " + (year - 2))
                .contains("indicators of the multi-agency dataset were reported during the year");
    }

    @Test
    void aYearBeforeAnyRoundIsAClearMessage() {
        assertThatThrownBy(() -> services.reports().build("section-11-overview", ReportScope.ofYear(2001), LocalDate.now()))
                .hasMessageContaining("There is no Section 11 round in or before 2001");
    }

    private static String pdfText(String report, String name) throws Exception {
        return ReportFiles.pdfText(export(report, ReportFormat.PDF, name));
    }

    /** The report on this partnership year exported to the test's own folder. */
    private static Path export(String report, ReportFormat format, String name) {
        Path file = DEMO.out().resolve(name);
        services.reports().export(report, ReportScope.ofYear(year), format, file, (f, m) -> { });
        return file;
    }

}
