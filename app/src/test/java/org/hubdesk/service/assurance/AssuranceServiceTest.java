package org.hubdesk.service.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Rounds, returns and the returned template's round trip against a real H2 file. */
@ExtendWith(FixedDay.class)
class AssuranceServiceTest {
    @TempDir
    Path dir;

    @Test
    void aReturnIsComparedWithTheSameAgencysReturnInThePreviousRound(AssuranceService audits) {
        AuditRound first = audits.createRound(AuditKind.SECTION_11, 2024, null, null);
        AuditRound second = audits.createRound(AuditKind.SECTION_11, 2026, null, LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> audits.createRound(AuditKind.SECTION_11, 2026, null, null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already a Section 11 round for 2026");
        audits.recordReturn(first.id(), "Testshire Police", LocalDate.of(2024, 6, 1),
                List.of(StandardRating.of(1, SelfRating.PARTLY_MET, "Old policy")));
        audits.askForReturns(second.id(), List.of("Testshire Police", "Testshire Council"));
        audits.recordReturn(second.id(), "Testshire Police", LocalDate.of(2026, 6, 1),
                List.of(StandardRating.of(1, SelfRating.FULLY_MET, "New policy, audited")));
        assertThatThrownBy(() -> audits.recordReturn(second.id(), "Testshire Council", LocalDate.of(2027, 1, 1), List.of()))
                .hasMessageContaining("in the future");

        AuditOverview o = audits.overview(second.id());
        assertThat(o.previousRound().id()).isEqualTo(first.id());
        assertThat(o.notYetReturned()).containsExactly("Testshire Council");
        assertThat(o.returnedRows().get(0).cells().get(0).text()).isEqualTo("4 (+2)");
        assertThat(audits.summaries()).extracting(s -> s.returned() + "/" + s.asked()).containsExactly("1/2", "1/1");
    }

    @Test
    void theExportedTemplateFilledInComesBackAfterAPreviewAndAFileWithErrorsWritesNothing(AssuranceService audits) throws Exception {
        AuditRound round = audits.createRound(AuditKind.SECTION_175, 2026, null, null);
        audits.askForReturns(round.id(), List.of("Hillcrest Academy"));
        Path template = audits.exportTemplate(round.id(), "Hillcrest Academy", dir.resolve("hillcrest.xlsx"));

        // The school fills in every standard, but one rating is out of the scale.
        fill(template, 5);
        AssessmentImportPreview bad = audits.previewImport(template, null);
        assertThat(bad.round().id()).isEqualTo(round.id());
        assertThat(bad.rows()).hasSize(13);
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.problems()).containsExactly("Row 14: A rating is 1 (not met), 2 (partly met), 3 (mostly met) or 4 (fully met), not 5");
        assertThat(bad.summary()).isEqualTo("1 row has errors; nothing was imported");
        assertThatThrownBy(() -> audits.importConfirmed(bad)).isInstanceOf(UserInputException.class);
        assertThat(audits.overview(round.id()).notYetReturned()).containsExactly("Hillcrest Academy");

        fill(template, 4);
        AssessmentImportPreview good = audits.previewImport(template, round.id());
        assertThat(good.problems()).isEmpty();
        assertThat(good.organisation()).isEqualTo("Hillcrest Academy");
        audits.importConfirmed(good);
        AuditOverview o = audits.overview(round.id());
        assertThat(o.notYetReturned()).isEmpty();
        assertThat(o.returnedRows().get(0).assessment().rating(13).orElseThrow().evidence()).isEqualTo("Evidence for 13");
        assertThat(o.returnedRows().get(0).assessment().ratingOf(8)).isEqualTo(SelfRating.FULLY_MET);
        assertThat(o.returnedRows().get(0).assessment().returnedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        // Importing it again replaces the return rather than adding a second one.
        assertThat(audits.previewImport(template, null).replaces()).isTrue();

        AuditRound other = audits.createRound(AuditKind.SECTION_175, 2028 - 4, null, null);
        assertThat(audits.previewImport(template, other.id()).fileErrors())
                .contains("The file is the template of round " + round.id() + ", not of round " + other.id());
        assertThat(audits.previewImport(dir.resolve("missing.xlsx"), round.id()).fileErrors()).singleElement().asString()
                .contains("does not exist");
    }

    /** Fills every standard's rating with 4 and evidence; the 8th standard's rating with {@code eighth}. */
    private static void fill(Path template, int eighth) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(template)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sheet = wb.getSheetAt(0);
        for (int r = 6; r < 6 + 13; r++) {
            Row row = sheet.getRow(r);
            int n = (int) row.getCell(0).getNumericCellValue();
            row.getCell(2).setCellValue(n == 8 ? Integer.toString(eighth) : "4");
            row.getCell(3).setCellValue("Evidence for " + n);
        }
        try (OutputStream out = Files.newOutputStream(template)) {
            wb.write(out);
        }
        wb.close();
    }
}
