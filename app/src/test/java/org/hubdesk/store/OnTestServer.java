package org.hubdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.service.TeamDatabase;
import org.hubdesk.testing.TestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests that open the throwaway PostgreSQL server themselves ({@link TestServer}) share:
 * its address and login, the day their demos are made for, and a folder for each test's local
 * files. Tagged "server": they run in the first pass, not in the TestStores pass.
 */
@Tag("server")
abstract class OnTestServer {
    protected static final TestServer SERVER = TestServer.fromEnvironment();
    protected static final String URL = SERVER.url();
    protected static final String USER = SERVER.user();
    protected static final String PASSWORD = SERVER.password();
    protected static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    @TempDir
    protected Path dir;

    /** The services on the server's database as the test user, with their local files in this folder of {@link #dir}. */
    protected Services openTeam(String folder) {
        return Services.openTeam(new TeamDatabase(URL, USER), PASSWORD.toCharArray(), dir.resolve(folder));
    }

    /** The demo partnership (no years of history, on {@link #TODAY}) made on the server through a copy of Hubdesk with this local folder. */
    protected void demoOnServer(String folder) {
        try (Services setup = openTeam(folder)) {
            setup.demo().createDemo(0, TODAY);
        }
    }

    /** The person with another job title: the edit two copies of Hubdesk race to save. */
    protected static Person retitled(Person p, String jobTitle) {
        return new Person(p.id(), p.fullName(), jobTitle, p.agencyId(), p.email(), p.phone());
    }

    /** The test user's password in a file, as the command line's --database-password-file reads it. */
    protected Path passwordFile() throws IOException {
        return Files.writeString(dir.resolve("password"), PASSWORD);
    }
}
