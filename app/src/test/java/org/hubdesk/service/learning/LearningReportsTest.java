package org.hubdesk.service.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.testing.ReportFiles.docx;
import static org.hubdesk.testing.ReportFiles.pdfPages;
import static org.hubdesk.testing.ReportFiles.pdfText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.service.report.ExportProgress;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The learning tracker's papers exported from the demo and read back: Word with POI, PDF as text. */
class LearningReportsTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    private final Services services = DEMO.services();

    private Path export(String id, ReportScope scope, String file) {
        Path out = DEMO.out().resolve(file);
        services.reports().export(id, scope, ReportFormat.ofFile(out), out, ExportProgress.NONE);
        return out;
    }

    private static List<String> header(XWPFTable t) {
        return t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** The PDF's text with its line breaks and runs of spaces as single spaces, so a phrase is found across a wrap. */
    private static String flatPdfText(Path file) throws IOException {
        return pdfText(file).replaceAll("\\s+", " ");
    }

    private TrackerLine line(LearningStage stage) {
        return services.learningTracker().tracker().stream().filter(l -> l.stage() == stage).findFirst().orElseThrow();
    }

    @Test
    void summaryOfLearningHasAppendixBColumnsPerSubgroup() throws IOException {
        int year = PartnershipYear.containing(LocalDate.now(), 4).startYear();
        TrackerLine thisYear = services.learningTracker().tracker().stream()
                .filter(l -> new PartnershipYear(year, 4).contains(l.record().day())).findFirst().orElseThrow();
        try (XWPFDocument doc = docx(export("summary-of-learning", ReportScope.ofYear(year), "sol.docx"))) {
            List<XWPFTable> tables = doc.getTables().stream().filter(t -> "HubdeskTable".equals(t.getStyleID())).toList();
            assertThat(tables).isNotEmpty().allSatisfy(t -> assertThat(header(t)).containsExactly("Type of SCP Activity",
                    "Brief description of SCP activity and dates undertaken", "Summary of findings",
                    "Multi-agency learning – key messages", "Target audiences for dissemination of learning"));
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("Subgroup: " + thisYear.record().subgroup()));
            assertThat(tables).anySatisfy(t -> assertThat(t.getRows()).anySatisfy(r ->
                    assertThat(r.getCell(2).getText()).isEqualTo(thisYear.record().findings())));
        }
        String text = flatPdfText(export("summary-of-learning", ReportScope.ofYear(year), "sol.pdf"));
        assertThat(text).contains("Type of SCP Activity").contains(thisYear.record().activity().substring(0, 20));
        assertThatThrownBy(() -> services.reports().build("summary-of-learning", ReportScope.ofYear(1990), LocalDate.now()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("years with learning");
    }

    @Test
    void disseminationPlanHasTheFourAudienceRowsAndEachMethodWithOwnerDateAndDone() throws IOException {
        TrackerLine l = line(LearningStage.DISSEMINATING);
        try (XWPFDocument doc = docx(export("dissemination-plan", ReportScope.ofItem(l.record().id()), "dp.docx"))) {
            XWPFTable t = doc.getTables().stream().filter(x -> "HubdeskTable".equals(x.getStyleID())).findFirst().orElseThrow();
            assertThat(header(t)).containsExactly("Purpose of Key Messages", "Target Audiences", "Communication Methods",
                    "Measures of Success");
            assertThat(t.getRows().subList(1, 5)).extracting(r -> r.getCell(1).getText()).containsExactly(
                    "Internal communications (Partnership members)",
                    "Workforce communications (professionals working within partner organisations)",
                    "External communications (children, YP, parents/carers)", "General communications (general public)");
            var first = l.plan().actionsFor(Audience.INTERNAL).get(0);
            assertThat(t.getRow(1).getCell(2).getText()).contains(first.method()).contains(first.owner())
                    .contains(first.dueOn().toString()).contains(first.done() ? "done" : "not done");
        }
        assertThat(flatPdfText(export("dissemination-plan", ReportScope.ofItem(l.record().id()), "dp.pdf")))
                .contains("Communication Methods").contains("General communications");
    }

    @Test
    void briefingIsOnePageWithSevenPartsAsEdited() throws IOException {
        TrackerLine l = line(LearningStage.AWAITING_IMPACT_REVIEW);
        SevenMinuteBriefing b = services.learningTracker().briefing(l.record().id());
        services.learningTracker().saveBriefing(l.record().id(), b.with(4, "Bring one of your cases to supervision this month."));
        Path pdf = export("seven-minute-briefing", ReportScope.ofItem(l.record().id()), "b.pdf");
        String text = flatPdfText(pdf);
        assertThat(pdfPages(pdf)).isEqualTo(1);
        for (String heading : SevenMinuteBriefing.HEADINGS) {
            assertThat(text).contains(heading);
        }
        assertThat(text).contains("Bring one of your cases to supervision this month.");
        try (XWPFDocument doc = docx(export("seven-minute-briefing", ReportScope.ofItem(l.record().id()), "b.docx"))) {
            XWPFTable t = doc.getTables().stream().filter(x -> "HubdeskTable".equals(x.getStyleID())).findFirst().orElseThrow();
            assertThat(t.getRows()).hasSize(8);
            assertThat(t.getRow(4).getCell(1).getText()).isEqualTo(l.record().keyMessages());
            assertThat(t.getRow(5).getCell(1).getText()).isEqualTo("Bring one of your cases to supervision this month.");
        }
    }

    @Test
    void withoutAChoiceTheBriefingIsOfTheLatestRecordWithAgreedMessages() {
        var doc = services.reports().build("seven-minute-briefing", ReportScope.none(), LocalDate.now());
        TrackerLine latest = services.learningTracker().tracker().stream().filter(l -> l.stage() != LearningStage.IDENTIFIED)
                .max(java.util.Comparator.comparing(l -> l.record().activityFrom())).orElseThrow();
        assertThat(doc.info().subtitle()).isEqualTo(latest.record().activity());
    }
}
