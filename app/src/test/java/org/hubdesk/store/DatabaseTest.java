package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.DataDirectory;
import org.hubdesk.service.Services;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.domain.common.StoreException.Reason;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Stays on H2: the embedded file itself (encryption and passphrase, a second copy locked out, a damaged file).
@Tag("h2-only")
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderAndKeepsWhatWasWritten() {
        try (Services services = new Services(Database.open(dir, null))) {
            services.demo().createEmpty("Test Partnership");
            Agency council = services.members().addAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true));
            services.members().addPerson(new Person(0, "Quentin Zephyrine", "Manager", council.id(), null, null));
        }
        try (Services services = new Services(Database.open(dir, null))) {
            assertThat(services.members().people()).extracting(Person::fullName).containsExactly("Quentin Zephyrine");
            assertThat(services.demo().hasPartnership()).isTrue();
        }
    }

    @Test
    void encryptedFileDoesNotContainStoredNamesAndNeedsItsPassphrase() throws Exception {
        try (Services services = new Services(Database.open(dir, "correct horse".toCharArray()))) {
            Agency council = services.members().addAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true));
            services.members().addPerson(new Person(0, "Quentin Zephyrine", "Manager", council.id(), null, null));
        }
        byte[] bytes = Files.readAllBytes(dir.resolve(Database.DATABASE_FILE));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Zephyrine");

        assertThatThrownBy(() -> Database.open(dir, "wrong horse".toCharArray()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Wrong passphrase for the database in")
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(Reason.WRONG_PASSPHRASE);
        assertThatThrownBy(() -> Database.open(dir, null))
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(Reason.PASSPHRASE_REQUIRED);

        try (Services services = new Services(Database.open(dir, "correct horse".toCharArray()))) {
            assertThat(services.members().people()).extracting(Person::fullName).containsExactly("Quentin Zephyrine");
        }
    }

    @Test
    void plainFileDoesContainTheNameSoTheEncryptionTestMeansSomething() throws Exception {
        try (Services services = new Services(Database.open(dir, null))) {
            Agency council = services.members().addAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true));
            services.members().addPerson(new Person(0, "Quentin Zephyrine", "Manager", council.id(), null, null));
        }
        byte[] bytes = Files.readAllBytes(dir.resolve(Database.DATABASE_FILE));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Zephyrine");
    }

    @Test
    void aSecondCopyOpeningTheSameDatabaseIsToldItIsInUse() throws Exception {
        try (Database first = Database.open(dir, null)) {
            // A second process is what users hit; a second JVM proves the file lock, not an in-process cache.
            Process second = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "org.hubdesk.Hubdesk", "demo", "--data-dir", dir.toString())
                    .redirectErrorStream(false).start();
            String stderr = new String(second.getErrorStream().readAllBytes());
            assertThat(second.waitFor()).isEqualTo(1);
            assertThat(stderr.strip()).isEqualTo("hubdesk: The database in " + dir + " is already open in another copy of Hubdesk; close that one first");
        }
    }

    @Test
    void aCorruptFileGetsAClearMessage() throws Exception {
        Files.writeString(dir.resolve(Database.DATABASE_FILE), "this is not a database ".repeat(500));
        assertThatThrownBy(() -> Database.open(dir, null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.toString());
    }

    @Test
    void dataDirectoryFollowsOptionThenEnvironmentThenOperatingSystem() {
        var env = java.util.Map.of("HUBDESK_DATA_DIR", "/srv/hub", "APPDATA", "C:\\Users\\a\\AppData\\Roaming");
        assertThat(DataDirectory.resolve(Path.of("/opt/x"), env, "Linux", "/home/a")).isEqualTo(Path.of("/opt/x"));
        assertThat(DataDirectory.resolve(null, env, "Linux", "/home/a")).isEqualTo(Path.of("/srv/hub"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of(), "Linux", "/home/a")).isEqualTo(Path.of("/home/a/.local/share/hubdesk"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a")).isEqualTo(Path.of("/x/hubdesk"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Hubdesk"));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
