package org.hubdesk.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.testing.ReportFiles.docx;
import static org.hubdesk.testing.ReportFiles.pdfText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ExportProgress;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery-plan report of the demo plan, opened back as Word and as PDF text. */
class DeliveryPlanReportTest {
    @TempDir
    Path dir;

    @Test
    void theWordDocumentHasAppendix2sSectionsInOrderWithTheMarkupAsFormatting() throws IOException {
        try (Services services = TestStores.openDemo(dir.resolve("data"), 0, LocalDate.now())) {
            DeliveryPlan plan = services.plans().load(services.plans().plans().get(0).id());
            Path file = dir.resolve("plan.docx");
            services.reports().export("delivery-plan", ReportScope.ofItem(plan.id()), ReportFormat.DOCX, file, ExportProgress.NONE);
            try (XWPFDocument doc = docx(file)) {
                List<String> headers = new ArrayList<>();
                for (XWPFTable t : doc.getTables()) {
                    t.getRow(0).getTableCells().forEach(c -> headers.add(c.getText()));
                }
                String all = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
                // Section titles, in Appendix 2's order: headers of the tables, or bold titles in the right column.
                int last = -1;
                for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
                    String title = s == DeliveryPlanSection.PRIORITY ? "Priority - " + plan.priorityTitle() : s.title();
                    int at = all.indexOf(title);
                    assertThat(at).as(s.title()).isGreaterThan(last);
                    last = at;
                }
                assertThat(headers).contains("Current data and performance", "Success and impact measures",
                        "Evidence from multi-agency audits", "Evidence from single-agency audits", "Action plan", "Lead", "Timescale");
                assertThat(all).contains("1. Fewer repeat child protection plans", "What got in the way?",
                        "• Schools asked for one shared tool");
                // **neglect** in the current data is a bold run in Word.
                XWPFTable dataTable = doc.getTables().get(1);
                List<XWPFRun> runs = dataTable.getRow(1).getCell(0).getParagraphs().get(0).getRuns();
                assertThat(runs).anySatisfy(r -> {
                    assertThat(r.text()).isEqualTo("neglect");
                    assertThat(r.isBold()).isTrue();
                });
                XWPFTable actions = doc.getTables().get(doc.getTables().size() - 1);
                assertThat(actions.getRows()).hasSize(1 + plan.actions().size());
                assertThat(actions.getRow(1).getCell(1).getText()).isEqualTo(plan.leadLabel(plan.actions().get(0)));
            }
            Path pdf = dir.resolve("plan.pdf");
            services.reports().export("delivery-plan", ReportScope.none(), ReportFormat.PDF, pdf, ExportProgress.NONE);
            assertThat(Files.size(pdf)).isGreaterThan(1000);
            assertThat(pdfText(pdf).replaceAll("\\s+", " ")).contains("Delivery plan", "Evidence from multi-agency audits",
                    "Practice download: Strategy discussion");
            assertThatThrownBy(() -> services.reports().export("delivery-plan", ReportScope.ofItem(999), ReportFormat.DOCX,
                    dir.resolve("none.docx"), ExportProgress.NONE))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("There is no delivery plan number 999");
        }
    }
}
