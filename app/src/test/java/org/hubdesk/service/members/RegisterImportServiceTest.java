package org.hubdesk.service.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.domain.members.RegisterImportRow;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export against a real H2 file holding the demo partnership. */
class RegisterImportServiceTest {
    /** The sample in docs/samples, which the README points users at; tests run from the app module. */
    static final Path SAMPLE = Path.of("..", "docs", "samples", "forum-register.csv");

    @TempDir
    Path dir;
    Path files;
    Services services;
    Group target;

    @BeforeEach
    void open() throws IOException {
        files = Files.createDirectories(dir.resolve("files"));
        services = TestStores.openDemo(dir.resolve("data"), 0, LocalDate.now());
        target = services.members().saveGroup(new Group(0, "Imported Forum", GroupKind.LEARNING_FORUM, null, "Quarterly", 120,
                null, null, null));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private RegisterImportService imports() {
        return services.registerImport();
    }

    /** Everything an import could touch, to prove a refused import wrote nothing. */
    private record Counts(int agencies, int people, int memberships) {
    }

    private Counts counts() {
        int memberships = services.members().groups().stream()
                .mapToInt(g -> services.members().register(g.id()).entries().size()).sum();
        return new Counts(services.members().agencies().size(), services.members().people().size(), memberships);
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(files.resolve(name), String.join("\r\n", lines) + "\r\n");
    }

    @Test
    void theSampleCsvImportsIntoTheRegisterInOneGo() {
        Counts before = counts();
        ImportPreview preview = imports().preview(SAMPLE, target.id());
        assertThat(preview.problems()).isEmpty();
        assertThat(counts()).as("a preview writes nothing").isEqualTo(before);

        assertThat(imports().importConfirmed(preview)).isEqualTo(18);

        List<RegisterEntry> register = services.members().register(target.id()).entries();
        assertThat(register).hasSize(18);
        assertThat(register).filteredOn(e -> !e.core()).extracting(RegisterEntry::personName)
                .containsExactlyInAnyOrder("Wilhelmina Oakridge", "Fitzroy Banerjee-Hale");
        assertThat(register).filteredOn(e -> e.personName().equals("Juniper Ashcombe")).singleElement()
                .extracting(RegisterEntry::jointWithName, RegisterEntry::agencyName)
                .containsExactly("Tobias Fennimore", "Riverside Hospitals NHS Trust");
        assertThat(register).filteredOn(e -> e.role() == MemberRole.CHAIR).extracting(RegisterEntry::personName)
                .containsExactlyInAnyOrder("Rafferty Lindqvist", "Delphine Okonkwo-Hart");
        assertThat(counts().agencies()).as("only the adults board is new").isEqualTo(before.agencies() + 1);
        assertThat(services.members().agencies()).filteredOn(a -> a.name().equals("Northbridge Adults Safeguarding Board"))
                .singleElement().extracting(Agency::kind, Agency::statutoryPartner).containsExactly(AgencyKind.OTHER, false);
    }

    @Test
    void anXlsxWithEveryColumnImportsReusingKnownPeopleAndAgencies() throws IOException {
        Person known = services.members().people().stream().filter(p -> p.email() != null).findFirst().orElseThrow();
        String knownAgency = services.members().agencies().stream().filter(a -> a.id() == known.agencyId())
                .findFirst().orElseThrow().name();
        LocalDate from = LocalDate.of(2026, 4, 1);
        Path file = files.resolve("register.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Members");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {
                {"Name", "AGENCY", "e-mail", "Role in group", "Core or ad hoc", "Agency kind", "From", "Deputy", "Job title"},
                {"Tamsin Orchardleigh", "Harbourside Police", "tamsin@harbourside-police.example", "Chair", "Core", "police", from,
                    known.fullName(), "Superintendent"},
                {},
                {known.fullName().toUpperCase(), knownAgency.toLowerCase(), "new.address@agency.example", null, "ad hoc", null,
                    null, null, null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        Counts before = counts();

        ImportPreview preview = imports().preview(file, target.id());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(RegisterImportRow::rowNumber).containsExactly(2, 4);
        assertThat(preview.newAgencies()).containsExactly("Harbourside Police");
        assertThat(imports().importConfirmed(preview)).isEqualTo(2);

        assertThat(counts()).isEqualTo(new Counts(before.agencies() + 1, before.people() + 1, before.memberships() + 2));
        List<RegisterEntry> register = services.members().register(target.id()).entries();
        assertThat(register).extracting(RegisterEntry::personName, RegisterEntry::core, RegisterEntry::role, RegisterEntry::startsOn,
                        RegisterEntry::deputyName)
                .containsExactly(
                        tuple("Tamsin Orchardleigh", true, MemberRole.CHAIR, from, known.fullName()),
                        tuple(known.fullName(), false, MemberRole.MEMBER, null, null));
        assertThat(services.members().agencies()).filteredOn(a -> a.name().equals("Harbourside Police")).singleElement()
                .extracting(Agency::kind, Agency::statutoryPartner).containsExactly(AgencyKind.POLICE, true);
        Person reused = services.members().people().stream().filter(p -> p.id() == known.id()).findFirst().orElseThrow();
        assertThat(reused.email()).isEqualTo("new.address@agency.example");
        assertThat(reused.jobTitle()).as("a job title not given is kept").isEqualTo(known.jobTitle());
    }

    @Test
    void jointMembersBothMarkedYesImportAsOnePairFromCsvAndXlsx() throws IOException {
        Path csv = csv("joint-yes.csv",
                "Agency,Representatives,Name,Joint membership?",
                "Harbourside Health,Named Nurse,Ottilie Brackenfield,Yes",
                "Harbourside Health,Named Doctor,Perran Ashdown,Yes",
                "Harbourside Health,Designated Nurse,Quilla Marchbank,");
        Path xlsx = files.resolve("joint-yes.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("Members");
            String[][] rows = {
                {"Agency", "Representatives", "Name", "Joint membership?"},
                {"Harbourside Health", "Named Nurse", "Ottilie Brackenfield", "Yes"},
                {"Harbourside Health", "Named Doctor", "Perran Ashdown", "Yes"},
                {"Harbourside Health", "Designated Nurse", "Quilla Marchbank", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        for (Path file : List.of(csv, xlsx)) {
            Group group = services.members().saveGroup(new Group(0, "Forum from " + file.getFileName(), GroupKind.LEARNING_FORUM,
                    null, "Quarterly", 120, null, null, null));
            ImportPreview preview = imports().preview(file, group.id());
            assertThat(preview.problems()).as(file.getFileName().toString()).isEmpty();
            assertThat(imports().importConfirmed(preview)).isEqualTo(3);
            assertThat(services.members().register(group.id()).entries())
                    .extracting(RegisterEntry::personName, RegisterEntry::jointWithName)
                    .containsExactlyInAnyOrder(
                            tuple("Ottilie Brackenfield", "Perran Ashdown"),
                            tuple("Perran Ashdown", "Ottilie Brackenfield"),
                            tuple("Quilla Marchbank", null));
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsWritesNothing() throws IOException {
        Path file = csv("wrong.csv", "Company,Person,Post", "Northbridge Borough Council,Anwen Testwood,Manager");
        assertRefused(file, "The file has no 'Agency' or 'Name' column; found columns: Company, Person, Post; nothing was imported");
    }

    @Test
    void badEMailsAreRowErrorsAndNothingIsWritten() throws IOException {
        Path file = csv("emails.csv", "Agency,Name,E-mail",
                "Northbridge Borough Council,Anwen Testwood,anwen@council.example",
                ",,",
                "Northbridge Borough Council,Bryn Testwood,bryn at council",
                "New Agency For Nothing,Cerys Testwood,cerys@@x.example");
        ImportPreview preview = assertRefused(file, "2 rows have errors; nothing was imported");
        assertThat(preview.problems()).containsExactly(
                "Row 4: 'bryn at council' is not a well-formed e-mail address (expected name@organisation.example)",
                "Row 5: 'cerys@@x.example' is not a well-formed e-mail address (expected name@organisation.example)");
    }

    @Test
    void emptyRowsAloneAreSkippedAndTheRestImports() throws IOException {
        Path file = csv("gaps.csv", "", "Agency;Name;Joint membership?", ";;", "Northbridge Borough Council;Anwen Testwood;Yes",
                "Northbridge Borough Council;Bryn Testwood;", ";;", "");
        ImportPreview preview = imports().preview(file, target.id());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(RegisterImportRow::rowNumber).containsExactly(4, 5);
        assertThat(imports().importConfirmed(preview)).isEqualTo(2);
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedByName() throws IOException {
        Path pdf = Files.write(files.resolve("minutes.pdf"), "%PDF-1.7\n1 0 obj\n".getBytes());
        assertRefused(pdf, "minutes.pdf is not an .xlsx or .csv spreadsheet; nothing was imported");

        Path pdfRenamed = Files.write(files.resolve("register.xlsx"), "%PDF-1.7\n1 0 obj\n".getBytes());
        assertRefused(pdfRenamed, "register.xlsx is not an .xlsx or .csv spreadsheet; nothing was imported");

        Path textRenamed = Files.writeString(files.resolve("notes.xlsx"), "Agency,Name\nNorthbridge Borough Council,Anwen Testwood\n");
        assertRefused(textRenamed, "notes.xlsx is not an .xlsx or .csv spreadsheet; nothing was imported");

        Path wordRenamed = files.resolve("letter.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(wordRenamed)) {
            document.createParagraph().createRun().setText("Dear colleague");
            document.write(out);
        }
        assertRefused(wordRenamed, "letter.xlsx is not an .xlsx or .csv spreadsheet (it could not be opened as an Excel workbook);"
                + " nothing was imported");

        Path binaryCsv = Files.write(files.resolve("photo.csv"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        assertRefused(binaryCsv, "photo.csv is not an .xlsx or .csv spreadsheet; nothing was imported");

        Path empty = Files.write(files.resolve("empty.csv"), new byte[0]);
        assertRefused(empty, "The file empty.csv is empty; nothing was imported");

        assertRefused(files.resolve("missing.csv"), "The file " + files.resolve("missing.csv") + " does not exist; nothing was imported");
    }

    private ImportPreview assertRefused(Path file, String summary) {
        Counts before = counts();
        ImportPreview preview = imports().preview(file, target.id());
        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.summary()).isEqualTo(summary);
        assertThatThrownBy(() -> imports().importConfirmed(preview)).isInstanceOf(UserInputException.class).hasMessage(summary);
        assertThat(counts()).isEqualTo(before);
        return preview;
    }

    @Test
    void aRegisterChangedSinceThePreviewFailsTheWholeImport() throws IOException {
        Path file = csv("late.csv", "Agency,Name", "Harbour Trust,Anwen Testwood", "Northbridge Borough Council,Bryn Testwood");
        ImportPreview preview = imports().preview(file, target.id());
        assertThat(preview.hasErrors()).isFalse();
        // Someone adds Bryn to the group on the register screen before the user confirms.
        Agency council = services.members().agencies().stream().filter(a -> a.name().equals("Northbridge Borough Council"))
                .findFirst().orElseThrow();
        Person bryn = services.members().addPerson(new Person(0, "Bryn Testwood", null, council.id(), null, null));
        services.members().addMembership(new Membership(0, target.id(), bryn.id(), true, MemberRole.MEMBER, null, null, null, null));
        Counts before = counts();

        assertThatThrownBy(() -> imports().importConfirmed(preview))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Row 3: Bryn Testwood already holds a membership of this group");
        assertThat(counts()).as("row 2 (and its new agency) rolled back with row 3").isEqualTo(before);
    }

    @Test
    void anExportedRegisterImportsBackIntoAnotherGroupUnchanged() throws IOException {
        Group forum = services.members().groupNamed("Multi-Agency Learning Forum");
        Agency council = services.members().agencies().stream().filter(a -> a.name().equals("Northbridge Borough Council"))
                .findFirst().orElseThrow();
        Person former = services.members().addPerson(new Person(0, "Former Testwood", "Retired Lead", council.id(), null, "01632 960999"));
        services.members().addMembership(new Membership(0, forum.id(), former.id(), false, MemberRole.MEMBER, null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
        Path out = files.resolve("forum.xlsx");

        imports().exportRegister(forum.id(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("Agency", "Representatives", "Name", "Joint membership?");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(services.members().register(forum.id()).entries().size());
        }
        try (Stream<Path> left = Files.list(files)) {
            assertThat(left).as("no temporary file left behind").containsExactly(out);
        }
        ImportPreview preview = imports().preview(out, target.id());
        assertThat(preview.problems()).isEmpty();
        imports().importConfirmed(preview);

        assertThat(lines(target.id())).isEqualTo(lines(forum.id()));
        assertThat(lines(target.id())).hasSize(19).anyMatch(l -> l.contains("Former Testwood") && l.contains("2021-01-01"));
        assertThat(services.members().people()).filteredOn(p -> p.fullName().equals("Former Testwood")).singleElement()
                .extracting(Person::phone).isEqualTo("01632 960999");
    }

    private List<String> lines(long groupId) {
        return services.members().register(groupId).entries().stream()
                .map(e -> String.join(" | ", e.agencyName(), String.valueOf(e.jobTitle()), e.personName(), String.valueOf(e.jointWithName()),
                        e.membershipKind(), e.role().label(), String.valueOf(e.email()), String.valueOf(e.deputyName()),
                        String.valueOf(e.startsOn()), String.valueOf(e.endsOn())))
                .toList();
    }

    @Test
    void exportReplacesAnOldFileAndExplainsWhatItCannotWrite() throws IOException {
        Group forum = services.members().groupNamed("Multi-Agency Learning Forum");
        Path out = Files.writeString(files.resolve("old.xlsx"), "an older export");
        imports().exportRegister(forum.id(), out);
        assertThat(Files.readAllBytes(out)).startsWith('P', 'K', 3, 4);

        assertThatThrownBy(() -> imports().exportRegister(forum.id(), files.resolve("register.csv")))
                .hasMessage("The register is written as an Excel workbook: give a file name ending in .xlsx, not register.csv");
        assertThatThrownBy(() -> imports().exportRegister(forum.id(), files.resolve("no-such-folder").resolve("r.xlsx")))
                .hasMessage("The folder " + files.resolve("no-such-folder").toAbsolutePath() + " does not exist");
    }

    @Test
    void aReadOnlyFolderGetsAMessageTheUserCanActOn() {
        Path folder = Path.of("/media/usb");
        assertThat(RegisterSpreadsheet.cannotWrite(folder, new FileSystemException("/media/usb/.r.xlsx1.tmp", null, "Read-only file system")))
                .hasMessage("Cannot write to the folder /media/usb: it is read-only or you do not have permission; choose another folder");
        assertThat(RegisterSpreadsheet.cannotWrite(folder, new AccessDeniedException("/media/usb/.r.xlsx1.tmp")))
                .hasMessage("Cannot write to the folder /media/usb: it is read-only or you do not have permission; choose another folder");
        assertThat(RegisterSpreadsheet.cannotWrite(folder, new FileSystemException("/media/usb/x", null, "No space left on device")))
                .hasMessage("The disk holding /media/usb is full; free some space and try again");
    }

    @Test
    void exportingIntoAFolderWithoutWritePermissionWritesNothing() throws IOException {
        Group forum = services.members().groupNamed("Multi-Agency Learning Forum");
        Path locked = Files.createDirectories(files.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "root may write anywhere; the message itself is tested above");
            assertThatThrownBy(() -> imports().exportRegister(forum.id(), locked.resolve("r.xlsx")))
                    .hasMessage("Cannot write to the folder " + locked.toAbsolutePath()
                            + ": it is read-only or you do not have permission; choose another folder");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
