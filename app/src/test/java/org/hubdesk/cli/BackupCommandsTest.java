package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, backup list, backup verify, restore, and what the command line says about a damaged store. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private Result run(String... args) {
        return CliRun.runDataDirLast(dir, args);
    }

    private static String onlyBackupIn(String listed) {
        return listed.lines().filter(l -> l.startsWith("    ")).map(String::strip).findFirst().orElseThrow();
    }

    @Test
    void backupToAFileStillWorksAndBackupListShowsTheRollingOnes() throws Exception {
        assertThat(run("demo").code()).isZero();
        Path out = dir.resolve("copy.zip");
        Result manual = run("backup", "--out", out.toString());
        assertThat(manual.code()).as(manual.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith('P', 'K', 3, 4);

        Result list = run("backup", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines().findFirst().orElseThrow()).startsWith("taken").contains("why", "size", "holds");
        assertThat(list.out()).contains("daily").containsPattern("\\d+ rows \\(person \\d+, membership \\d+");

        Result now = run("backup");
        assertThat(now.code()).as(now.err()).isZero();
        assertThat(now.out()).contains("backups" + java.io.File.separator + "hubdesk-").contains("-manual.zip").contains("person 71");
        String newest = onlyBackupIn(run("backup", "list").out());
        assertThat(newest).endsWith("-manual.zip");

        Result verify = run("backup", "verify", newest);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("Good: " + newest + " opens; its ").contains("rows match what was recorded");

        Result notThere = run("backup", "verify", dir.resolve("nope.zip").toString());
        assertThat(notThere.code()).isEqualTo(1);
        assertThat(notThere.err().strip()).isEqualTo("hubdesk: There is no backup file " + dir.resolve("nope.zip").toAbsolutePath());
    }

    @Test
    void aZeroLengthStoreGetsTheExactRestoreCommandAndRestoreLatestBringsItBack() throws Exception {
        assertThat(run("demo").code()).isZero();
        assertThat(run("backup").code()).isZero();
        Path file = dir.resolve("hubdesk.mv.db");
        Files.write(file, new byte[0]);

        Result refused = run("export-members", "--group", "Learning Hub", "--out", dir.resolve("r.xlsx").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n").startsWith("hubdesk: The database file " + file.toAbsolutePath()
                + " is empty (zero bytes long); nothing was opened or created over it. The newest backup is ")
                .contains("restore it with: hubdesk restore --from ");
        assertThat(Files.size(file)).as("no empty database created over it").isZero();

        Result restored = run("restore", "--latest");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored ").contains("The file it replaced is kept as ").contains("before-restore");
        Result works = run("export-members", "--group", "Learning Hub", "--out", dir.resolve("r.xlsx").toString());
        assertThat(works.code()).as(works.err()).isZero();
    }

    @Test
    void restoreNeedsASourceAndSaysWhenThereIsNoBackup() {
        Result none = run("restore");
        assertThat(none.code()).isEqualTo(2);
        Result latest = run("restore", "--latest");
        assertThat(latest.code()).isEqualTo(1);
        assertThat(latest.err().strip()).startsWith("hubdesk: There is no backup in ");
    }
}
