package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit the app has accepted survives the process being killed before any orderly close. */
class DurabilityTest {
    @TempDir
    Path dir;

    /** Run in a child JVM: saves one edit, then dies at once, skipping shutdown hooks and close(). */
    public static void main(String[] args) {
        Services services = Services.open(Path.of(args[0]), args.length > 1 ? args[1].toCharArray() : null);
        Agency police = services.members().addAgency(new Agency(0, "Test Constabulary", AgencyKind.POLICE, true));
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
