package org.hubdesk.service.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The governance report and the annual report's chart, on the demo partnership, opened back. */
class GovernanceReportTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(0);

    private final Services services = DEMO.services();

    private static List<String> altTexts(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                run.getCTR().getDrawingList().forEach(d -> d.getInlineList().forEach(i -> out.add(i.getDocPr().getDescr())));
            }
        }
        return out;
    }

    @Test
    void theWordReportDrawsTheChartAndTheBackToPracticeModelWithAltTextAndHeadings() throws IOException {
        Path file = DEMO.out().resolve("governance.docx");
        services.reports().export("governance", ReportScope.none(), ReportFormat.DOCX, file, (f, m) -> { });
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("1. Governance chart", "2. Accountability and review of terms of reference",
                            "3. The Back to Practice model");
            assertThat(doc.getAllPictures()).hasSize(2);
            List<String> alts = altTexts(doc);
            assertThat(alts).hasSize(2);
            assertThat(alts.get(0)).startsWith("Governance chart.").contains("Learning Hub reports to the Working Group.")
                    .contains("Partnership Board reports to no other group here.");
            assertThat(alts.get(1)).contains("Download (green)").contains("From Learning Hub to the Quality and Effectiveness Board (learning): the learning from practice goes to the Board");
            int groups = services.members().groups().size();
            assertThat(doc.getTables().get(0).getRows()).hasSize(groups + 1);
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("Accountability");
        }
    }

    @Test
    void thePdfHasTheChartInWordsBookmarksAndItsLanguage() throws IOException {
        Path file = DEMO.out().resolve("governance.pdf");
        services.reports().export("governance", ReportScope.none(), ReportFormat.PDF, file, (f, m) -> { });
        PdfReader reader = new PdfReader(file.toString());
        try {
            List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
            assertThat(bookmarks).extracting(b -> b.get("Title")).containsExactly("1. Governance chart",
                    "2. Accountability and review of terms of reference", "3. The Back to Practice model");
            assertThat(reader.getInfo()).containsEntry("Title", "Governance arrangements");
            assertThat(reader.getCatalog().getAsString(com.lowagie.text.pdf.PdfName.LANG).toUnicodeString()).isEqualTo("en-GB");
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            assertThat(all).contains("Learning Hub reports to the Working Group.")
                    .contains("Priority task groups (darker blue)");
        } finally {
            reader.close();
        }
    }

    @Test
    void theAnnualReportShowsTheChartInItsGroupsSection() throws IOException {
        Path file = DEMO.out().resolve("annual.docx");
        services.reports().export("annual-report", ReportScope.none(), ReportFormat.DOCX, file, (f, m) -> { });
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> h2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h2).contains("Governance chart");
            assertThat(altTexts(doc)).anyMatch(a -> a.startsWith("Governance chart.") && a.contains("reports to the Partnership Board"));
        }
    }
}
