package org.hubdesk.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.assurance.PerformanceService;
import org.hubdesk.service.report.ExportProgress;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delivery plan whose "Current data and performance" pulls in two indicators, exported and read back. */
class PlanIndicatorsReportTest {
    @TempDir
    Path dir;

    @Test
    void theChosenIndicatorsAppearWithTheirLatestValuesAndTrendChartsInWordAndPdf() throws IOException {
        try (Services services = TestStores.openDemo(dir.resolve("data"), 0, LocalDate.now())) {
            long planId = services.plans().plans().get(0).id();
            List<PerformanceService.Series> all = services.performance().series();
            PerformanceService.Series early = all.stream().filter(s -> s.indicator().name().equals("Early Help assessments started"))
                    .findFirst().orElseThrow();
            PerformanceService.Series missing = all.stream().filter(s -> s.indicator().name().startsWith("Children missing"))
                    .findFirst().orElseThrow();
            assertThatThrownBy(() -> services.plans().chooseIndicators(planId, List.of(early.indicator().id(), 999_999L)))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("performance indicator no longer exists");
            assertThat(services.plans().chosenIndicators(planId)).isEmpty();
            services.plans().chooseIndicators(planId, List.of(early.indicator().id(), missing.indicator().id()));
            assertThat(services.plans().chosenIndicators(planId)).containsExactly(early.indicator().id(), missing.indicator().id());

            Path docx = dir.resolve("plan.docx");
            services.reports().export("delivery-plan", ReportScope.ofItem(planId), ReportFormat.DOCX, docx, ExportProgress.NONE);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                int heading = paragraphs.indexOf("Current data and performance: indicators");
                assertThat(heading).isGreaterThanOrEqualTo(0);
                assertThat(paragraphs.subList(heading, paragraphs.size())).contains("Early Help assessments started",
                        missing.indicator().name());
                assertThat(doc.getAllPictures()).hasSize(2);
                assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel
                        .Document.PICTURE_TYPE_PNG));
                String cell = doc.getTables().get(1).getRow(1).getCell(0).getText();
                String latest = early.latest().orElseThrow().quarter().label() + ": " + early.indicator().format(early.latest().get().value());
                assertThat(cell).contains("Indicators (trend charts below the table):", "Early Help assessments started, " + latest);
                String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
                assertThat(tables).contains("Latest quarter", latest, "Target");
            }

            Path pdf = dir.resolve("plan.pdf");
            services.reports().export("delivery-plan", ReportScope.ofItem(planId), ReportFormat.PDF, pdf, ExportProgress.NONE);
            try (PdfReader reader = new PdfReader(pdf.toString())) {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                int images = 0;
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    text.append(extractor.getTextFromPage(p)).append('\n');
                    PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                    PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                    if (xobjects != null) {
                        for (PdfName name : xobjects.getKeys()) {
                            PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(name));
                            if (PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))) {
                                images++;
                            }
                        }
                    }
                }
                assertThat(text.toString().replaceAll("\\s+", " ")).contains("Current data and performance: indicators",
                        "Early Help assessments started", "Latest quarter");
                assertThat(images).isGreaterThanOrEqualTo(2);
            }
            keepForLooking(docx, pdf);
        }
    }

    /** With -Dhubdesk.screens=DIR the exported files are kept there to be looked at. */
    private static void keepForLooking(Path... files) throws IOException {
        String folder = System.getProperty("hubdesk.screens");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            for (Path f : files) {
                Files.copy(f, Path.of(folder, f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
