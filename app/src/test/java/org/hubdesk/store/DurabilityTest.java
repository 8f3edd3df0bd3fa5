package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit the app has accepted survives the process being killed before any orderly close. */
// Stays on H2: durability of the embedded file when the process is killed.
@Tag("h2-only")
class DurabilityTest {
    @TempDir
    Path dir;

    /** Run in a child JVM: saves one edit, then dies at once, skipping shutdown hooks and close(). */
    public static void main(String[] args) {
        Services services = Services.open(Path.of(args[0]), args.length > 1 ? args[1].toCharArray() : null);
        Agency police = services.members().agencies().stream().findFirst()
                .orElseGet(() -> services.members().addAgency(new Agency(0, "Test Constabulary", AgencyKind.POLICE, true)));
        services.members().addPerson(new Person(0, "Ottoline Killedmidway", "DCI", police.id(), null, null));
        Runtime.getRuntime().halt(0);
    }

    @Test
    void anAcceptedEditSurvivesAKilledProcess() throws Exception {
        assertSurvivesKill(null);
    }

    @Test
    void anAcceptedEditSurvivesAKilledProcessInAnEncryptedStore() throws Exception {
        assertSurvivesKill("a long test passphrase");
    }

    /**
     * The first edit after opening a store that was closed in good order: H2 wrote it into space the
     * close had freed and, after a kill, reopened at the version before it (the crash trials found
     * this; REUSE_SPACE=FALSE in Database.open is the fix).
     */
    @Test
    void theFirstEditAfterReopeningSurvivesAKilledProcess() throws Exception {
        try (Services services = Services.open(dir, null)) {
            services.members().addAgency(new Agency(0, "Test Constabulary", AgencyKind.POLICE, true));
        }
        assertSurvivesKill(null);
    }

    @Test
    void theFirstEditAfterReopeningSurvivesAKilledProcessInAnEncryptedStore() throws Exception {
        try (Services services = Services.open(dir, "a long test passphrase".toCharArray())) {
            services.members().addAgency(new Agency(0, "Test Constabulary", AgencyKind.POLICE, true));
        }
        assertSurvivesKill("a long test passphrase");
    }

    private void assertSurvivesKill(String passphrase) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of(DatabaseTest.javaBinary(), "-cp", System.getProperty("java.class.path"),
                DurabilityTest.class.getName(), dir.toString()));
        if (passphrase != null) {
            command.add(passphrase);
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor()).as(output).isZero();
        try (Services services = Services.open(dir, passphrase == null ? null : passphrase.toCharArray())) {
            assertThat(services.members().people()).extracting(Person::fullName).containsExactly("Ottoline Killedmidway");
        }
    }
}
