package org.hubdesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.hubdesk.domain.backup.BackupRetention;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups, verify and restore against real H2 files in a temporary folder. */
// Stays on H2: rolling backups and restores are copies of the embedded file (a team database is backed up with pg_dump).
@Tag("h2-only")
class BackupServiceTest {
    private static final String PASSPHRASE = "correct horse battery";
    private static final BackupService.Policy EVERY_THREE = new BackupService.Policy(3, Duration.ofDays(1), BackupRetention.STANDARD);

    @TempDir
    Path dir;

    private Services open(BackupService.Policy policy) {
        return Services.open(dir, PASSPHRASE.toCharArray(), policy);
    }

    private static void addPeople(Services services, String... names) {
        Agency agency = services.members().agencies().stream().findFirst()
                .orElseGet(() -> services.members().addAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true)));
        for (String name : names) {
            services.members().addPerson(new Person(0, name, "Manager", agency.id(), null, null));
        }
    }

    @Test
    void aBackupIsTakenOnTheFirstOpenOfTheDayAndAfterEveryNEdits() throws Exception {
        try (Services services = open(EVERY_THREE)) {
            assertThat(BackupService.list(dir)).extracting(BackupService.Backup::reason).containsExactly("daily");
            services.members().people();
            addPeople(services, "Ada Testwood");
            assertThat(BackupService.list(dir)).as("reads are not edits; two edits (agency, person) are not three").hasSize(1);
            addPeople(services, "Bea Testwood");
            assertThat(BackupService.list(dir)).extracting(BackupService.Backup::reason).containsExactly("edits", "daily");
            assertThat(BackupService.list(dir).get(0).counts()).containsEntry("person", 2L).containsEntry("agency", 1L);
            assertThat(BackupService.list(dir).get(0).encrypted()).isTrue();
        }
        try (Services again = open(EVERY_THREE)) {
            assertThat(BackupService.list(dir)).as("already one today").hasSize(2);
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(BackupService.list(dir).get(0).file().toFile())) {
            byte[] copy = zip.getInputStream(zip.getEntry(Database.DATABASE_FILE)).readAllBytes();
            assertThat(copy.length).isGreaterThan(4096);
            assertThat(new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1)).as("still encrypted: no name in clear")
                    .doesNotContain("Ada Testwood");
        }
    }

    @Test
    void verifyOpensTheBackupWithThePassphraseAndComparesItsCounts() throws Exception {
        BackupService.Backup backup;
        try (Services services = open(BackupService.Policy.STANDARD)) {
            addPeople(services, "Ada Testwood", "Bea Testwood");
            backup = services.backups().backupNow("manual");
        }
        assertThat(backup.counts()).containsEntry("person", 2L).containsEntry("agency", 1L);
        BackupService.Verification good = BackupService.verify(backup.file(), PASSPHRASE.toCharArray());
        assertThat(good.good()).as(good.message()).isTrue();
        assertThat(good.message()).isEqualTo("opens; its " + backup.rows() + " rows match what was recorded");

        BackupService.Verification wrong = BackupService.verify(backup.file(), "not it".toCharArray());
        assertThat(wrong.good()).isFalse();
        assertThat(wrong.message()).startsWith("does not open: Wrong passphrase");

        Path sidecar = backup.file().resolveSibling(backup.file().getFileName() + ".properties");
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(sidecar)) {
            p.load(in);
        }
        p.setProperty("count.person", "3");
        try (var out = Files.newBufferedWriter(sidecar)) {
            p.store(out, null);
        }
        BackupService.Verification differs = BackupService.verify(backup.file(), PASSPHRASE.toCharArray());
        assertThat(differs.good()).isFalse();
        assertThat(differs.message()).contains("person 2 (recorded 3)");

        Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> BackupService.verify(notZip, PASSPHRASE.toCharArray()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("is not a Hubdesk backup");
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedFileSoItCanBeUndone() {
        BackupService.Backup backup;
        try (Services services = open(BackupService.Policy.STANDARD)) {
            addPeople(services, "Ada Testwood");
            backup = services.backups().backupNow("manual");
            addPeople(services, "Added Later");
        }
        var safety = BackupService.restore(dir, backup.file(), PASSPHRASE.toCharArray(), Clock.systemDefaultZone());
        assertThat(safety).isPresent();
        assertThat(safety.get().reason()).isEqualTo("before-restore");
        assertThat(safety.get().counts()).containsEntry("person", 2L);
        try (Services services = open(BackupService.Policy.STANDARD)) {
            assertThat(services.members().people()).extracting(Person::fullName).containsExactly("Ada Testwood");
        }
        BackupService.restore(dir, safety.get().file(), PASSPHRASE.toCharArray(), Clock.systemDefaultZone());
        try (Services services = open(BackupService.Policy.STANDARD)) {
            assertThat(services.members().people()).extracting(Person::fullName).containsExactlyInAnyOrder("Ada Testwood", "Added Later");
        }
    }

    @Test
    void aRestoreWithTheWrongPassphraseChangesNothing() throws Exception {
        BackupService.Backup backup;
        try (Services services = open(BackupService.Policy.STANDARD)) {
            backup = services.backups().backupNow("manual");
        }
        byte[] before = Files.readAllBytes(dir.resolve(Database.DATABASE_FILE));
        int backups = BackupService.list(dir).size();
        assertThatThrownBy(() -> BackupService.restore(dir, backup.file(), "wrong".toCharArray(), Clock.systemDefaultZone()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("nothing was restored");
        assertThat(Files.readAllBytes(dir.resolve(Database.DATABASE_FILE))).isEqualTo(before);
        assertThat(BackupService.list(dir)).hasSize(backups);
    }

    @Test
    void prunesWhatTheRetentionRuleNoLongerKeeps() {
        BackupService.Policy keepThree = new BackupService.Policy(1000, Duration.ofDays(1), new BackupRetention(3, 0, 0));
        try (Services services = open(keepThree)) {
            for (int i = 0; i < 5; i++) {
                services.backups().backupNow("manual");
            }
        }
        List<BackupService.Backup> left = BackupService.list(dir);
        assertThat(left).hasSize(3).allMatch(b -> b.reason().equals("manual"));
        assertThat(dir.resolve("backups").toFile().list()).hasSize(6);
    }

    // ---- a damaged store

    private Path storeWithABackup() throws Exception {
        try (Services services = open(BackupService.Policy.STANDARD)) {
            addPeople(services, "Ada Testwood");
            return services.backups().backupNow("manual").file();
        }
    }

    private void assertRefusedNamingTheBackup(Path backup) throws Exception {
        Path file = dir.resolve(Database.DATABASE_FILE);
        byte[] damaged = Files.readAllBytes(file);
        assertThatThrownBy(() -> open(BackupService.Policy.STANDARD))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT))
                .hasMessageStartingWith("The database file " + file.toAbsolutePath())
                .hasMessageContaining("nothing was opened or created over it")
                .hasMessageContaining("The newest backup is " + backup.toAbsolutePath())
                .hasMessageContaining("restore it with: hubdesk restore --from " + backup.toAbsolutePath() + " --data-dir " + dir.toAbsolutePath())
                .hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(file)).as("the damaged file is left as it was").isEqualTo(damaged);
        BackupService.restore(dir, backup, PASSPHRASE.toCharArray(), Clock.systemDefaultZone());
        try (Services services = open(BackupService.Policy.STANDARD)) {
            assertThat(services.members().people()).extracting(Person::fullName).containsExactly("Ada Testwood");
        }
    }

    @Test
    void aFileWithBytesOverwrittenIsRefusedAndRestored() throws Exception {
        Path backup = storeWithABackup();
        Path file = dir.resolve(Database.DATABASE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 8192 && i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt();
        }
        Files.write(file, bytes);
        assertRefusedNamingTheBackup(backup);
    }

    @Test
    void aTruncatedFileIsRefusedAndRestored() throws Exception {
        Path backup = storeWithABackup();
        Path file = dir.resolve(Database.DATABASE_FILE);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(6_000);
        }
        assertRefusedNamingTheBackup(backup);
    }

    @Test
    void aZeroLengthFileIsRefusedNotReplacedByAnEmptyDatabase() throws Exception {
        Path backup = storeWithABackup();
        Files.write(dir.resolve(Database.DATABASE_FILE), new byte[0]);
        assertRefusedNamingTheBackup(backup);
    }

    @Test
    void withNoBackupTheMessageSaysSoAndTheFileIsKept() throws Exception {
        Files.writeString(dir.resolve(Database.DATABASE_FILE), "not a database ".repeat(400));
        assertThatThrownBy(() -> Services.open(dir, null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("There is no backup in " + dir.toAbsolutePath().resolve("backups"));
        assertThat(Files.readString(dir.resolve(Database.DATABASE_FILE))).startsWith("not a database");
    }
}
