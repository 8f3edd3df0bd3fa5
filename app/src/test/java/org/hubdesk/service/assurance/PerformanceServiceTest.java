package org.hubdesk.service.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubdesk.domain.assurance.Polarity;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dataset's import from .xlsx: preview, nothing written on error, then one write. */
@ExtendWith(FixedDay.class)
class PerformanceServiceTest {
    @TempDir
    Path dir;

    @Test
    void aDatasetWithAnErrorWritesNothingAndTheCorrectedOneWritesEveryValue(Services services) throws Exception {
        PerformanceService perf = services.performance();
        Path file = dir.resolve("dataset.xlsx");
        List<String> head = List.of("Indicator", "Theme", "Agency", "Unit", "Polarity", "Target", "Quarter", "Value", "Commentary");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int q = 0; q < 5; q++) {
            rows.add(List.of("Missing episodes", "Children missing from home/care", "Police", "episodes", "lower", "150",
                    (2025 + q / 4) + " Q" + (q % 4 + 1),
                    Integer.toString(140 + q * 2), q == 4 ? "Slight rise" : ""));
        }
        rows.add(List.of("Early Help assessments", "", "", "", "", "", "2026-01", "300", ""));
        write(file, head, rows);

        PerformanceImportPreview bad = perf.previewImport(file);
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.problems()).singleElement().asString().startsWith("Row 7: 'Early Help assessments' is a new indicator");
        assertThatThrownBy(() -> perf.importConfirmed(bad)).isInstanceOf(UserInputException.class)
                .hasMessage("1 row has errors; nothing was imported");
        assertThat(perf.series()).isEmpty();

        rows.set(5, List.of("Early Help assessments", "Referrals to MASH and Early Help", "Targeted Early Help", "", "higher", "320",
                "2026-01", "300", ""));
        write(file, head, rows);
        PerformanceImportPreview good = perf.previewImport(file);
        assertThat(good.problems()).isEmpty();
        assertThat(good.newIndicators()).containsExactly("Missing episodes", "Early Help assessments");
        assertThat(perf.importConfirmed(good)).isEqualTo(6);

        List<PerformanceService.Series> series = perf.series();
        assertThat(series).hasSize(2);
        PerformanceService.Series missing = series.stream().filter(s -> s.indicator().name().equals("Missing episodes")).findFirst().orElseThrow();
        assertThat(missing.indicator().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(missing.values()).hasSize(5);
        assertThat(missing.latest().orElseThrow().commentary()).isEqualTo("Slight rise");
        PerformanceService.Series early = series.stream().filter(s -> s.indicator().name().equals("Early Help assessments")).findFirst().orElseThrow();
        assertThat(early.exceptions()).singleElement().extracting(e -> e.text()).isEqualTo("300 is below the target of 320");

        // A second import of the same quarter replaces its figure; nothing is doubled.
        assertThat(perf.importConfirmed(perf.previewImport(file))).isEqualTo(6);
        assertThat(perf.series().stream().mapToInt(s -> s.values().size()).sum()).isEqualTo(6);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsAFileError(Services services) throws Exception {
        Path pdf = dir.resolve("data.xlsx");
        Files.writeString(pdf, "%PDF-1.4 not a workbook");
        PerformanceImportPreview p = services.performance().previewImport(pdf);
        assertThat(p.hasErrors()).isTrue();
        assertThat(p.fileErrors()).singleElement().asString().contains("not an .xlsx or .csv spreadsheet");
    }

    private static void write(Path file, List<String> head, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Dataset");
            Row h = sheet.createRow(0);
            for (int c = 0; c < head.size(); c++) {
                h.createCell(c).setCellValue(head.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
    }
}
