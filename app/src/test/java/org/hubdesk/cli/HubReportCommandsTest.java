package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export hub-programme} and {@code export recommendations}: files written, exit codes 0, 1 and 2. */
class HubReportCommandsTest {
    @TempDir
    static Path dataDir;
    @TempDir
    Path outDir;

    private static Result run(Path data, String... args) {
        return CliRun.run(data, args);
    }

    @BeforeAll
    static void demo() {
        assertThat(run(dataDir, "demo").code()).isZero();
    }

    @Test
    void exportsTheProgrammeAndTheRecommendations() {
        Result programme = run(dataDir, "export", "hub-programme", "--out", outDir.resolve("programme.docx").toString());
        assertThat(programme.code()).as(programme.err()).isZero();
        assertThat(programme.out()).startsWith("Saved Learning Hub programme ");
        assertThat(outDir.resolve("programme.docx")).isRegularFile();

        Result recs = run(dataDir, "export", "recommendations", "--out", outDir.resolve("recs.pdf").toString());
        assertThat(recs.code()).as(recs.err()).isZero();
        assertThat(recs.out()).contains("Saved Hub recommendations report to the Partnership Board (PDF)");

        Result oneCycle = run(dataDir, "export", "recommendations", "--cycle", "1", "--out", outDir.resolve("cycle.docx").toString());
        assertThat(oneCycle.code()).as(oneCycle.err()).isZero();
        assertThat(outDir.resolve("cycle.docx")).isRegularFile();
    }

    @Test
    void userProblemsExitOneAndUsageMistakesExitTwo() {
        Result noYear = run(dataDir, "export", "hub-programme", "--year", "1999", "--out", outDir.resolve("p.pdf").toString());
        assertThat(noYear.code()).isEqualTo(1);
        assertThat(noYear.err()).startsWith("hubdesk: There are no hub cycles for 1999-00").hasLineCount(1);

        Result noCycle = run(dataDir, "export", "recommendations", "--cycle", "99999", "--out", outDir.resolve("r.pdf").toString());
        assertThat(noCycle.code()).isEqualTo(1);
        assertThat(noCycle.err()).contains("There is no hub cycle 99999");

        assertThat(run(dataDir, "export", "recommendations", "--year", "2026", "--cycle", "1", "--out",
                outDir.resolve("r.pdf").toString()).code()).isEqualTo(2);
        assertThat(run(dataDir, "export", "hub-programme", "--year", "next", "--out", outDir.resolve("p.pdf").toString()).code())
                .isEqualTo(2);
        assertThat(outDir.resolve("p.pdf")).doesNotExist();
        assertThat(outDir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void aYearWithoutRecommendationsIsRefusedNamingTheYearsThatHaveThem() {
        Result r = run(dataDir, "export", "recommendations", "--year", "2150", "--out", outDir.resolve("x.docx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("There are no hub recommendations for 2150-51; years with hub recommendations: ");
        assertThat(outDir.resolve("x.docx")).doesNotExist();
    }
}
