package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersImportExportCommandTest {
    private static final String FORUM = "Multi-Agency Learning Forum";
    private static final Path SAMPLE = Path.of("..", "docs", "samples", "forum-register.csv");

    @TempDir
    Path dir;
    Path data;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        assertThat(run("demo")).isZero();
        out.getBuffer().setLength(0);
    }

    private int run(String... args) {
        String[] withData = new String[args.length + 2];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = data.toString();
        return CommandLineRunner.run(withData, new PrintWriter(out), new PrintWriter(err));
    }

    private int registerSize(String group) {
        try (Services services = Services.open(data, null)) {
            return services.members().register(services.members().groupNamed(group).id()).entries().size();
        }
    }

    @Test
    void importsTheSampleAfterADryRunThatWritesNothing() {
        int before = registerSize("Working Group");

        assertThat(run("import-members", SAMPLE.toString(), "--group", "working group", "--dry-run")).isZero();
        assertThat(out.toString()).contains("Row 8    Core   Member       Juniper Ashcombe, Named Nurse Safeguarding Children"
                + " - Riverside Hospitals NHS Trust; joint with Tobias Fennimore")
                .contains("Dry run: 18 members would be imported into Working Group; nothing was written");
        assertThat(registerSize("Working Group")).isEqualTo(before);

        assertThat(run("import-members", SAMPLE.toString(), "--group", "Working Group")).isZero();
        assertThat(out.toString()).endsWith("Imported 18 members into Working Group" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(registerSize("Working Group")).isEqualTo(before + 18);
    }

    @Test
    void rowErrorsArePrintedBesideTheRowsAndExitOneWithNothingImported() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), """
                Agency,Name,E-mail
                Northbridge Borough Council,Anwen Testwood,anwen.at.council
                Northbridge Borough Council,,
                Northbridge Borough Council,Bryn Testwood,bryn@council.example
                ,,
                Northbridge Borough Council,Cerys Testwood,cerys@council
                """);
        int before = registerSize(FORUM);

        assertThat(run("import-members", file.toString(), "--group", FORUM)).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("hubdesk: 3 rows have errors; nothing was imported" + System.lineSeparator());
        assertThat(out.toString().lines().filter(l -> l.contains("<-- ERROR")))
                .containsExactly(
                        "Row 2    Core   Member       Anwen Testwood - Northbridge Borough Council   <-- ERROR: 'anwen.at.council'"
                                + " is not a well-formed e-mail address (expected name@organisation.example)",
                        "Row 3    Core   Member       (no name) - Northbridge Borough Council   <-- ERROR: Name is empty: every line"
                                + " needs the member's name",
                        "Row 6    Core   Member       Cerys Testwood - Northbridge Borough Council   <-- ERROR: 'cerys@council'"
                                + " is not a well-formed e-mail address (expected name@organisation.example)");
        assertThat(registerSize(FORUM)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsOneLineOnStderr() throws Exception {
        Path file = Files.writeString(dir.resolve("agenda.xlsx"), "not a workbook");
        assertThat(run("import-members", file.toString(), "--group", FORUM)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hubdesk: agenda.xlsx is not an .xlsx or .csv spreadsheet; nothing was imported"
                + System.lineSeparator());
    }

    @Test
    void exportsARegisterAndNamesProblemsWithGroupsAndOptions() {
        Path xlsx = dir.resolve("forum.xlsx");
        assertThat(run("export-members", "--group", FORUM, "--out", xlsx.toString())).isZero();
        assertThat(out.toString()).startsWith("Exported 18 register lines of " + FORUM + " to " + xlsx.toAbsolutePath());
        assertThat(xlsx).isRegularFile();

        assertThat(run("export-members", "--group", "Nonesuch", "--out", xlsx.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("hubdesk: There is no group called 'Nonesuch'; groups are: ");

        err.getBuffer().setLength(0);
        assertThat(run("export-members", "--group", FORUM)).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=FILE.xlsx'");
        assertThat(run("import-members", "--group", FORUM)).isEqualTo(2);
    }
}
