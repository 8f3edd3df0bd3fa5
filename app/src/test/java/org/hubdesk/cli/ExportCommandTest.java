package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    static Path dataDir;
    @TempDir
    Path outDir;

    private static Result run(String... args) {
        return CliRun.run(dataDir, args);
    }

    @BeforeAll
    static void demo() {
        assertThat(run("demo").code()).isZero();
    }

    @Test
    void exportsEachReportInBothFormats() {
        Path register = outDir.resolve("register.pdf");
        Result r = run("export", "register", "--group", "Learning Hub", "--out", register.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Saved Learning Hub membership (PDF)");
        assertThat(register).isRegularFile();

        Path actions = outDir.resolve("actions");
        assertThat(run("export", "actions", "--format", "docx", "--out", actions.toString()).code()).isZero();
        assertThat(outDir.resolve("actions.docx")).isRegularFile();

        assertThat(run("export", "annual-report", "--format", "pdf", "--out", outDir.resolve("annual.pdf").toString()).code()).isZero();
        assertThat(outDir.resolve("annual.pdf")).isRegularFile();
    }

    @Test
    void userProblemsAreOneLineAndExitOne() {
        Result wrongGroup = run("export", "register", "--group", "No Such Group", "--out", outDir.resolve("r.docx").toString());
        assertThat(wrongGroup.code()).isEqualTo(1);
        assertThat(wrongGroup.err()).startsWith("hubdesk: There is no group called 'No Such Group'").hasLineCount(1);

        Result clash = run("export", "actions", "--format", "docx", "--out", outDir.resolve("a.pdf").toString());
        assertThat(clash.code()).isEqualTo(1);
        assertThat(clash.err()).contains("make them agree");

        Result noFolder = run("export", "actions", "--out", outDir.resolve("missing/a.pdf").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");
        assertThat(outDir.resolve("r.docx")).doesNotExist();
    }

    @Test
    void mistakesInTheCommandExitTwo() {
        assertThat(run("export", "register", "--out", outDir.resolve("r.docx").toString()).code()).isEqualTo(2);
        assertThat(run("export").code()).isEqualTo(2);
        assertThat(run("export", "annual-report", "--year", "last", "--out", "x.docx").code()).isEqualTo(2);
    }
}
