package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store appends every commit (so a killed process never loses the first edits after reopening,
 * see DurabilityTest) and compacts on close, so the file does not grow with every edit ever made.
 */
// Stays on H2: compaction of the embedded file.
@Tag("h2-only")
class StoreCompactionTest {
    @TempDir
    Path dir;

    @Test
    void closingCompactsWhatTheEditsAppended() throws Exception {
        Path file = dir.resolve(Database.DATABASE_FILE);
        long grown;
        try (Services services = Services.open(dir, null)) {
            Agency police = services.members().addAgency(new Agency(0, "Compaction Constabulary", AgencyKind.POLICE, true));
            long opened = Files.size(file);
            for (int n = 1; n <= 200; n++) {
                services.members().addPerson(new Person(0, "Appended " + n, "PC", police.id(), null, null));
            }
            grown = Files.size(file);
            assertThat(grown).as("each commit is appended while the store is open").isGreaterThan(opened);
        }
        assertThat(Files.size(file)).as("closing compacts the file").isLessThan(grown / 2);
        try (Services services = Services.open(dir, null)) {
            assertThat(services.members().people()).hasSize(200);
        }
    }
}
