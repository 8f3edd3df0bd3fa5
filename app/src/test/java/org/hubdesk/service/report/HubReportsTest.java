package org.hubdesk.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.testing.ReportFiles.docx;
import static org.hubdesk.testing.ReportFiles.pdfText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.testing.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hub programme and recommendations reports, and the annual report's hub figures, opened back. */
class HubReportsTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(1);

    private final Services services = DEMO.services();
    private final int year = services.hub().settings().yearOf(YearMonth.now()).startYear();

    private static List<String> paragraphs(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style == null || style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static String monthLabel(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT) + " " + m.getYear();
    }

    @Test
    void theHubProgrammeShowsAppendixThreesActivitiesUnderTheRightMonthsForEachPriority() throws IOException {
        HubService.Programme programme = services.hub().programme();
        List<Priority> ofYear = programme.priorities().stream().filter(p -> p.partnershipYear() == year).toList();
        List<HubCycle> cycles = programme.cycles().stream().filter(c -> ofYear.stream().anyMatch(p -> p.id() == c.priorityId()))
                .sorted(java.util.Comparator.comparing(HubCycle::firstMonth)).toList();
        assertThat(cycles).hasSize(3);

        Path file = DEMO.out().resolve("programme.docx");
        services.reports().export("hub-programme", ReportScope.ofYear(year), ReportFormat.DOCX, file, ExportProgress.NONE);
        try (XWPFDocument doc = docx(file)) {
            assertThat(paragraphs(doc, "Heading1")).contains("Month by month");
            assertThat(doc.getAllPictures()).isNotEmpty();
            XWPFTable table = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Month")).findFirst()
                    .orElseThrow();
            for (int i = 0; i < cycles.size(); i++) {
                HubCycle cycle = cycles.get(i);
                String title = programme.titleOf(cycle.priorityId());
                assertThat(table.getRow(0).getCell(i + 1).getText()).isEqualTo("Priority " + (i + 1) + ": " + title);
                for (HubPhase phase : cycle.phases()) {
                    String cell = cellFor(table, monthLabel(phase.firstMonth()), i + 1);
                    assertThat(cell).as("%s, %s", title, phase.firstMonth()).contains(phase.kind().label());
                    phase.kind().defaultActivities().forEach(a -> assertThat(cell).contains(a));
                }
                // Before the cycle starts its column is empty.
                YearMonth before = cycle.firstMonth().minusMonths(1);
                if (table.getRows().stream().anyMatch(r -> r.getCell(0).getText().equals(monthLabel(before)))) {
                    assertThat(cellFor(table, monthLabel(before), i + 1)).isBlank();
                }
            }
            // The staggered model: the first cycle's recommendations month is the second one's scoping month.
            String handover = monthLabel(cycles.get(0).lastMonth());
            assertThat(cellFor(table, handover, 1)).contains("Hub does the final analysis and identifies the actions and recommendations");
            assertThat(cellFor(table, handover, 2)).contains("Introductions").doesNotContain("Multi-agency audits");
        }

        Path pdf = DEMO.out().resolve("programme.pdf");
        services.reports().export("hub-programme", ReportScope.ofYear(year), ReportFormat.PDF, pdf, ExportProgress.NONE);
        String text = pdfText(pdf);
        assertThat(text).contains("Learning Hub programme").contains("Month by month").contains("Multi-agency audits")
                .contains("Feedback events for practitioners").contains(monthLabel(cycles.get(2).lastMonth()));
    }

    /** The demo's recommendations belong to its finished programme: this year's, or last year's early in a year. */
    private int yearWithRecommendations() {
        for (int y = year; y > year - 3; y--) {
            if (!services.recommendations().forYear(y).isEmpty()) {
                return y;
            }
        }
        throw new AssertionError("The demo has no recommendations in the three years up to " + year);
    }

    private static String cellFor(XWPFTable table, String month, int column) {
        XWPFTableRow row = table.getRows().stream().filter(r -> r.getCell(0).getText().equals(month)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + month));
        return row.getCell(column).getText();
    }

    @Test
    void aYearWithoutHubCyclesIsRefusedNamingTheYearsThatHaveThem() {
        assertThatThrownBy(() -> services.reports().build("hub-programme", ReportScope.ofYear(year - 10), LocalDate.now()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("There are no hub cycles for")
                .hasMessageContaining(services.hub().settings().year(year).label());
    }

    @Test
    void theRecommendationsReportListsEachCyclesRecommendationsDecisionsAndActions() throws IOException {
        int year = yearWithRecommendations();
        List<RecommendationActions> ofYear = services.recommendations().forYear(year);
        assertThat(ofYear).isNotEmpty();
        // An extra cycle-level check: an overdue action shows as Overdue.
        RecommendationActions first = ofYear.get(0);
        ActionItem late = services.recommendations().addAction(first.recommendation().id(),
                ActionItem.draft("Report the audit findings to the Quality Assurance subgroup", null, "Business Unit Manager",
                        Timescale.ofDay(LocalDate.now().minusDays(2))));
        try {
            Path file = DEMO.out().resolve("recs.docx");
            services.reports().export("recommendations", ReportScope.ofYear(year), ReportFormat.DOCX, file, ExportProgress.NONE);
            try (XWPFDocument doc = docx(file)) {
                List<String> h1 = paragraphs(doc, "Heading1");
                HubService.Programme programme = services.hub().programme();
                for (RecommendationActions r : ofYear) {
                    HubCycle cycle = programme.cycle(r.recommendation().hubCycleId()).orElseThrow();
                    assertThat(h1).contains(programme.titleOf(cycle.priorityId()));
                }
                List<List<String>> rows = new ArrayList<>();
                doc.getTables().forEach(t -> t.getRows().forEach(row -> rows.add(row.getTableCells().stream().map(c -> c.getText()).toList())));
                for (RecommendationActions r : ofYear) {
                    Recommendation rec = r.recommendation();
                    assertThat(rows).anySatisfy(row -> {
                        assertThat(row).contains(rec.text(), rec.level().label());
                        assertThat(row.get(4)).startsWith(rec.boardDecision().label());
                    });
                    r.actions().forEach(a -> assertThat(rows).anySatisfy(row -> assertThat(row).contains(a.description())));
                }
                assertThat(rows).anySatisfy(row -> assertThat(row).contains(late.description(), "Business Unit Manager", "Overdue"));
            }
            Path pdf = DEMO.out().resolve("recs.pdf");
            services.reports().export("recommendations", ReportScope.ofItem(first.recommendation().hubCycleId()), ReportFormat.PDF, pdf,
                    ExportProgress.NONE);
            String text = pdfText(pdf);
            assertThat(text).contains("Hub recommendations report to the Partnership Board").contains("What was learned")
                    .contains("Report the audit findings");
        } finally {
            services.recommendations().removeAction(late.id());
        }
    }

    @Test
    void theAnnualReportCountsTheYearsHubsAndListsTheirRecommendations() {
        int year = yearWithRecommendations();
        List<RecommendationActions> ofYear = services.recommendations().forYear(year);
        long agreed = ofYear.stream().filter(r -> r.recommendation().boardDecision() == BoardDecision.AGREED).count();
        long strategic = ofYear.stream().filter(r -> r.recommendation().level() == RecommendationLevel.STRATEGIC).count();
        String text = services.reports().build("annual-report", ReportScope.ofYear(year), LocalDate.now()).blocks().stream()
                .map(Object::toString).reduce("", String::concat);
        assertThat(text).containsPattern("[1-9]\\d* Learning Hub (cycle|cycles) ran during the year")
                .contains("made " + ofYear.size() + " recommendations to the Partnership Board (" + strategic + " strategic")
                .contains("the board agreed " + agreed);
        ofYear.forEach(r -> assertThat(text).contains(r.recommendation().text()));
        assertThat(text).doesNotContain("once hub recommendations are recorded");
    }

    @Test
    void theAnnualReportCountsMeetingsHeldAndAttendanceByAgency() throws IOException {
        org.hubdesk.domain.common.PartnershipYear py = services.hub().settings().year(year);
        var attendance = services.meetings().attendanceRecord(null, py.firstDay(), LocalDate.now());
        assertThat(attendance.meetings()).isPositive();
        Path file = DEMO.out().resolve("annual.docx");
        services.reports().export("annual-report", ReportScope.ofYear(year), ReportFormat.DOCX, file, ExportProgress.NONE);
        try (XWPFDocument doc = docx(file)) {
            String all = String.join("\n", paragraphs(doc, null));
            assertThat(all).contains(attendance.meetings() + " meetings of ").doesNotContain("once meetings and their attendance are recorded");
            XWPFTable byAgency = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Agency")
                    && t.getRow(0).getCell(1).getText().equals("Meetings expected at")).findFirst().orElseThrow();
            var first = attendance.agencies().get(0);
            assertThat(byAgency.getRows()).anySatisfy(r -> {
                assertThat(r.getCell(0).getText()).isEqualTo(first.agencyName());
                assertThat(r.getCell(1).getText()).isEqualTo(Integer.toString(first.meetings()));
                assertThat(r.getCell(3).getText()).isEqualTo(first.percent() + "%");
            });
        }
    }
}
