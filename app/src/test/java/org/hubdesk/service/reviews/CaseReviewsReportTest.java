package org.hubdesk.service.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.testing.ReportFiles.pdfText;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.reviews.ClockKind;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewYearSummary;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.TestClocks;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's case review report and the annual report's counts, opened back from DOCX and PDF. */
class CaseReviewsReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportListsEachReviewWithItsClocksMetOrMissedInWordAndPdf() throws Exception {
        try (Services services = TestStores.openEmpty(dir.resolve("data"), "Testshire Safeguarding Children Partnership")) {
            CaseReviewService reviews = new CaseReviewService(services.database(), TestClocks.startOf(LocalDate.of(2026, 11, 2)));
            // Received Thu 2 Apr 2026 (Easter: Good Friday 3 Apr, Easter Monday 6 Apr): National Panel due Mon 13 Apr,
            // notified Tue 14 Apr, so missed; rapid review report due 27 Apr (Tue 14 .. Mon 27 are days 6-15), sent 24 Apr: met.
            long late = reviews.record(ReviewKind.RAPID_REVIEW, "Referral about an infant", "Baby Q", LocalDate.of(2026, 4, 2), "Police", null).id();
            assertThat(ClockKind.RAPID_REVIEW_REPORT.dueOn(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 27));
            reviews.recordPanelDecision(late, new PanelDecision(LocalDate.of(2026, 4, 7), true, "Serious harm"));
            reviews.recordPanelNotified(late, LocalDate.of(2026, 4, 14));
            reviews.recordReportSent(late, LocalDate.of(2026, 4, 24));
            reviews.record(ReviewKind.SERIOUSLY_GOOD, "Strong joint working", "Family E", LocalDate.of(2026, 6, 1), null, null);
            reviews.record(ReviewKind.SINGLE_AGENCY, "An earlier year's review", "Child Z", LocalDate.of(2025, 5, 1), null, null);

            ReviewYearSummary s = services.database().transaction(ctx -> ReviewYearSummary.of(
                    new org.hubdesk.store.reviews.CaseReviewRepository(ctx).all(), new PartnershipYear(2026, 4), LocalDate.of(2026, 11, 2)));
            assertThat(s.met(ClockKind.NATIONAL_PANEL)).isZero();
            assertThat(s.missed(ClockKind.NATIONAL_PANEL)).isEqualTo(1);
            assertThat(s.met(ClockKind.RAPID_REVIEW_REPORT)).isEqualTo(1);
            assertThat(s.count(ReviewKind.SINGLE_AGENCY)).isZero();

            Path docx = dir.resolve("reviews.docx");
            services.reports().export("case-reviews", ReportScope.ofYear(2026), ReportFormat.DOCX, docx, (f, m) -> { });
            String word;
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                word = ex.getText();
            }
            assertThat(word).contains("Case review report to the Partnership Board").contains("2026-27")
                    .contains("Referral about an infant (Baby Q)").contains("Strong joint working")
                    .contains("National Panel notified by (5 working days): met 0 of 1")
                    .contains("Rapid review report due (15 working days): met 1 of 1")
                    .contains("Missed").contains("Open from earlier years\t1").contains("An earlier year's review")
                    .contains("Reviews led elsewhere (DHRs, SARs)\t0");

            Path pdf = dir.resolve("reviews.pdf");
            services.reports().export("case-reviews", ReportScope.ofYear(2026), ReportFormat.PDF, pdf, (f, m) -> { });
            assertThat(pdfText(pdf)).contains("Referral about an infant").contains("Seriously good case reviews");
        }
    }

    @Test
    void theAnnualReportCountsReviewsByKindAndClocksMet() {
        try (Services services = TestStores.openDemo(dir.resolve("demo"), 0, LocalDate.now())) {
            int year = services.hub().settings().yearOf(java.time.YearMonth.now()).startYear();
            String text = services.reports().build("annual-report", ReportScope.ofYear(year), LocalDate.now()).blocks().stream()
                    .map(Object::toString).reduce("", String::concat);
            assertThat(text).contains("Case reviews").contains("Seriously good case review").contains("National Panel notified by");
            List<String> none = List.of("No case reviews were received during the year.");
            assertThat(text).doesNotContain(none.get(0));
        }
    }
}
