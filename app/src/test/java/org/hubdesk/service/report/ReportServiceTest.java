package org.hubdesk.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.testing.ReportFiles.docx;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.service.Services;
import org.hubdesk.testing.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reports exported from a real demo database (two years of history) and opened back. */
class ReportServiceTest {
    @RegisterExtension
    static final DemoData DEMO = new DemoData(2);

    private final Services services = DEMO.services();
    private final Path dataDir = DEMO.dir();

    private static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void theRegisterListsTheCurrentCoreMembersByAgencyAsInTheSeed() throws IOException {
        String group = "Multi-Agency Learning Forum";
        List<RegisterEntry> current = services.members().register(services.members().groupNamed(group).id()).current();
        RegisterEntry someoneCore = current.stream().filter(RegisterEntry::core).findFirst().orElseThrow();
        RegisterEntry someoneAdHoc = current.stream().filter(e -> !e.core()).findFirst().orElseThrow();

        Path file = DEMO.out().resolve("register.docx");
        services.reports().export("register", ReportScope.ofGroup(group), ReportFormat.DOCX, file, ExportProgress.NONE);
        try (XWPFDocument doc = docx(file)) {
            assertThat(headings(doc, "Heading1")).containsExactly("Core membership", "Ad hoc membership");
            XWPFTable core = doc.getTables().stream().filter(t -> "HubdeskTable".equals(t.getStyleID())).findFirst().orElseThrow();
            assertThat(core.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Agency", "Representatives", "Name", "Joint membership?", "Deputy");
            assertThat(core.getRows()).hasSize(1 + (int) current.stream().filter(RegisterEntry::core).count());
            assertThat(core.getRows()).anySatisfy(r -> {
                assertThat(r.getCell(0).getText()).isEqualTo(someoneCore.agencyName());
                assertThat(r.getCell(2).getText()).isEqualTo(someoneCore.personName());
            });
            assertThat(core.getRows()).extracting(r -> r.getCell(2).getText()).doesNotContain(someoneAdHoc.personName());
            assertThat(core.getRows()).extracting(r -> r.getCell(3).getText()).contains("Yes");
            assertThat(doc.getHeaderList()).hasSize(1);
            assertThat(doc.getHeaderList().get(0).getText()).contains(group + " membership").doesNotContain("style: Title");
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0).getParagraphs()).hasSize(1);
            assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains(" NUMPAGES ");
        }
    }

    @Test
    void theRegisterReportsEachMembersAttendanceOverTheLastYear() throws IOException {
        var forum = services.members().groupNamed("Multi-Agency Learning Forum");
        var record = services.meetings().attendanceRecord(forum.id(), LocalDate.now().minusYears(1), LocalDate.now());
        assertThat(record.meetings()).as("the demo holds Forum meetings").isPositive();
        var member = record.members().get(0);
        Path file = DEMO.out().resolve("register-attendance.docx");
        services.reports().export("register", ReportScope.ofGroup(forum.name()), ReportFormat.DOCX, file, ExportProgress.NONE);
        try (XWPFDocument doc = docx(file)) {
            assertThat(headings(doc, "Heading2")).contains("Attendance in the last 12 months");
            XWPFTable attendance = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(attendance.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Name", "Agency", "Meetings", "Present", "By deputy", "Apologies", "Absent", "Attended");
            assertThat(attendance.getRows()).anySatisfy(r -> {
                assertThat(r.getCell(0).getText()).isEqualTo(member.name());
                assertThat(r.getCell(2).getText()).isEqualTo(String.valueOf(member.meetings()));
                assertThat(r.getCell(7).getText()).startsWith(member.percent() + "%");
            });
        }
    }

    @Test
    void aGroupThatCannotBeQuorateIsWarnedAbout() {
        var register = services.members().register(services.members().groupNamed("Working Group").id());
        // End the police member's seat: the group then has no police core member.
        RegisterEntry police = register.current().stream()
                .filter(e -> e.core() && e.agencyKind() == org.hubdesk.domain.members.AgencyKind.POLICE).findFirst().orElseThrow();
        var before = services.members().endMembership(police.membershipId(), LocalDate.now().minusDays(1));
        try {
            Document doc = services.reports().build("register", ReportScope.ofGroup("Working Group"), LocalDate.now());
            assertThat(doc.blocks()).filteredOn(b -> b instanceof Block.Paragraph p && p.tone() == Block.Tone.WARNING)
                    .extracting(b -> ((Block.Paragraph) b).text()).singleElement().asString()
                    .contains("can never be quorate").contains("police");
        } finally {
            services.members().updateMembership(before);
        }
    }

    @Test
    void theAnnualReportAsksTheThreeQuestionsAndMarksWhatIsToBeWritten() throws IOException {
        PartnershipYear latest = services.reports().yearsWithData(LocalDate.now()).get(0);
        Path file = DEMO.out().resolve("annual.docx");
        services.reports().export("annual-report", ReportScope.ofYear(latest.startYear()), ReportFormat.DOCX, file,
                ExportProgress.NONE);
        try (XWPFDocument doc = docx(file)) {
            assertThat(headings(doc, "Title")).containsExactly("Annual report " + latest.label());
            assertThat(headings(doc, "Heading1")).contains("2. How much did we do?", "3. How well did we do it?",
                    "4. What difference did it make?", "5. Groups and membership", "6. Attendance by agency",
                    "7. Recommendations and actions' progress", "8. Learning and impact");
            assertThat(headings(doc, "HubdeskNote")).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("To be written: "));
            assertThat(headings(doc, "TOC1")).isNotEmpty();
            XWPFTable groups = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Group")).findFirst()
                    .orElseThrow();
            assertThat(groups.getRows()).hasSize(1 + services.members().groups().size());
        }
    }

    @Test
    void theAnnualReportCountsTheYearsActions() {
        List<PartnershipYear> years = services.reports().yearsWithData(LocalDate.now());
        PartnershipYear year = years.get(1);
        Document doc = services.reports().build("annual-report", ReportScope.ofYear(year.startYear()), LocalDate.now());
        Document tracker = services.reports().build("actions", ReportScope.none(), LocalDate.now());
        // The tracker lists every action with the day it was raised; count those raised in the year.
        List<String> raisedDays = new ArrayList<>();
        tracker.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .forEach(t -> t.rows().forEach(r -> raisedDays.add(r.get(4).text())));
        long raisedInYear = raisedDays.stream().filter(d -> year.contains(LocalDate.parse(d))).count();
        assertThat(raisedInYear).isPositive();
        String howMuch = doc.blocks().stream().filter(b -> b instanceof Block.ListBlock).map(b -> (Block.ListBlock) b).findFirst()
                .orElseThrow().items().get(2).get(0).text();
        assertThat(howMuch).startsWith(raisedInYear + " actions were raised during the year");
    }

    @Test
    void anEmptyYearIsRefusedWithTheYearsThatHaveData() {
        assertThatThrownBy(() -> services.reports().build("annual-report", ReportScope.ofYear(1990), LocalDate.now()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("1990-91").hasMessageContaining("years with data");
    }

    @Test
    void anUnknownGroupNamesTheGroupsThereAre() {
        assertThatThrownBy(() -> services.reports().build("register", ReportScope.ofGroup("Nope"), LocalDate.now()))
                .hasMessageContaining("no group called 'Nope'").hasMessageContaining("Learning Hub");
    }

    @Test
    void theActionTrackerPdfRepeatsItsHeaderAndNumbersItsPages() throws IOException {
        Path file = DEMO.out().resolve("actions.pdf");
        services.reports().export("actions", ReportScope.none(), ReportFormat.PDF, file, ExportProgress.NONE);
        PdfReader reader = new PdfReader(file.toString());
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThanOrEqualTo(2);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(2)).contains("Action").contains("Lead").contains("Due");
        // The footer is an artifact, which OpenPDF's extractor leaves out: read it with PDFBox.
        assertThat(org.hubdesk.report.pdf.PdfPageText.withHeaderAndFooter(file, 2)).contains("Page 2 of " + pages);
        assertThat(reader.getInfo()).containsEntry("Title", "Action tracker");
        reader.close();
    }

    @Test
    void aBrokenReferenceTemplateInTheDataFolderStopsTheExportAndWritesNothing() throws IOException {
        Path reference = dataDir.resolve("reference.docx");
        Files.writeString(reference, "broken");
        try {
            Path file = DEMO.out().resolve("register.docx");
            assertThatThrownBy(() -> services.reports().export("register", ReportScope.ofGroup("Learning Hub"), ReportFormat.DOCX,
                    file, ExportProgress.NONE)).isInstanceOf(UserInputException.class).hasMessageContaining("reference.docx");
            assertThat(file).doesNotExist();
        } finally {
            Files.delete(reference);
        }
    }

    @Test
    void aReferenceTemplateInTheDataFolderGivesItsStylesAndItsSampleHeaderIsReplaced() throws IOException {
        Path reference = dataDir.resolve("reference.docx");
        try (InputStream in = getClass().getResourceAsStream("/templates/reference.docx"); XWPFDocument template = new XWPFDocument(in)) {
            template.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).setVal("00AA00");
            try (var out = Files.newOutputStream(reference)) {
                template.write(out);
            }
        }
        try {
            Path file = DEMO.out().resolve("styled.docx");
            services.reports().export("register", ReportScope.ofGroup("Learning Hub"), ReportFormat.DOCX, file, ExportProgress.NONE);
            try (XWPFDocument doc = docx(file)) {
                assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
                        .isEqualTo("00AA00");
                assertThat(doc.getHeaderList()).hasSize(1);
                assertThat(doc.getHeaderList().get(0).getText()).contains("Learning Hub membership").doesNotContain("style: Title");
                assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("Heading 1");
            }
        } finally {
            Files.delete(reference);
        }
    }

    @Test
    void progressRunsToTheEnd() {
        List<Double> steps = new ArrayList<>();
        services.reports().export("actions", ReportScope.none(), ReportFormat.DOCX, DEMO.out().resolve("a.docx"),
                (fraction, message) -> steps.add(fraction));
        assertThat(steps).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void everyReportInTheCatalogueHasAUniqueCommandLineName() {
        List<String> ids = services.reports().reports().stream().map(Report::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("register", "actions", "annual-report")
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }
}
