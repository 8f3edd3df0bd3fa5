package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.hubdesk.cli.CommandLineRunner;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.service.TeamDatabase;
import org.hubdesk.service.transfer.TransferService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A unit's team database on a real PostgreSQL server: the roles of scripts/team-db-setup.sh
 * enforced by the server (a viewer's save refused, an editor's recorded with their name), two
 * copies of Hubdesk seeing each other's changes, and a transfer from a file to the server and back.
 *
 * <p>Runs when HUBDESK_TEST_DATABASE_URL names a throwaway database (as PostgresStoreTest) and, for
 * the roles, HUBDESK_TEST_TEAM_URL a database set up by the script with users team_admin,
 * team_editor and team_viewer (HUBDESK_TEST_TEAM_PASSWORD); scripts/test-postgres.sh sets both.
 */
class TeamDatabaseTest extends OnTestServer {
    private static final String TEAM_URL = System.getenv("HUBDESK_TEST_TEAM_URL");
    private static final String TEAM_PASSWORD = System.getenv().getOrDefault("HUBDESK_TEST_TEAM_PASSWORD", "");

    @BeforeAll
    static void serverGiven() {
        SERVER.assumeGiven("TeamDatabaseTest");
    }

    private void emptyServerDatabase() throws SQLException {
        SERVER.emptyDatabase();
    }

    private Services as(String user) {
        return Services.openTeam(new TeamDatabase(TEAM_URL, user), TEAM_PASSWORD.toCharArray(), dir.resolve(user));
    }

    @Test
    void theServerRefusesAViewersSaveAndRecordsAnEditorsWithTheirName() throws Exception {
        assumeTrue(TEAM_URL != null && !TEAM_URL.isBlank(), "HUBDESK_TEST_TEAM_URL is not set: no database set up with roles");
        long personId;
        try (Services admin = as("team_admin")) {
            if (admin.members().people().isEmpty()) {
                admin.demo().createDemo(0, TODAY);
            }
            personId = admin.members().people().get(2).id();
        }
        // The admin's migrations made the tables as the role, so the script's grants apply to them.
        try (Connection c = DriverManager.getConnection(TEAM_URL, "team_viewer", TEAM_PASSWORD); Statement s = c.createStatement();
             var rs = s.executeQuery("select tableowner from pg_tables where tablename = 'person'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Database.ADMIN_ROLE);
            assertThatThrownBy(() -> s.executeUpdate("update person set job_title = 'x'"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
        }
        try (Services viewer = as("team_viewer"); Services editor = as("team_editor")) {
            Versioned<Person> seen = viewer.members().personForEdit(personId);
            Person p = seen.value();
            long before = viewer.history().lastChange();
            assertThatThrownBy(() -> viewer.members().updatePerson(retitled(p, "Viewer's title"), seen.version()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("You have read-only access to the team database " + TEAM_URL
                            + " (user team_viewer); nothing was saved: ask its administrator for editor rights")
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.READ_ONLY);

            String title = "Editor's title " + System.nanoTime();
            editor.members().updatePerson(retitled(p, title),
                    editor.members().personForEdit(personId).version());
            RecordChange last = viewer.history().history("person", personId).get(viewer.history().history("person", personId).size() - 1);
            assertThat(last.changedBy()).isEqualTo("team_editor");
            assertThat(last.summary()).endsWith("→ '" + title + "'");
            // The viewer's screen would see it: the change counter moved on.
            assertThat(viewer.history().lastChange()).isGreaterThan(before);
            assertThat(viewer.members().personForEdit(personId).value().jobTitle()).isEqualTo(title);
        }
    }

    @Test
    void twoCopiesOnOneServerSeeEachOthersChangesAndAStaleSaveShowsBothVersions() throws Exception {
        emptyServerDatabase();
        demoOnServer("a");
        try (Services anna = openTeam("a");
             Services ben = openTeam("b")) {
            long annaSaw = anna.history().lastChange();
            assertThat(ben.history().lastChange()).isEqualTo(annaSaw);
            long id = anna.members().people().get(1).id();
            Versioned<Person> annaOpened = anna.members().personForEdit(id);
            Versioned<Person> benOpened = ben.members().personForEdit(id);
            Person p = benOpened.value();
            ben.members().updatePerson(retitled(p, "Ben's title"), benOpened.version());
            assertThat(anna.history().lastChange()).isGreaterThan(annaSaw);
            assertThatThrownBy(() -> anna.members().updatePerson(retitled(p, "Anna's title"), annaOpened.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("changed by someone else since you opened it")
                    .hasMessageContaining("Theirs now: " + p.fullName() + ", Ben's title")
                    .hasMessageContaining("Yours: " + p.fullName() + ", Anna's title");
        }
    }

    @Test
    void aPartnershipGoesFromAFileToTheServerAndBackWithEveryRow() throws Exception {
        emptyServerDatabase();
        Path laptop = dir.resolve("laptop");
        Map<String, Long> counts;
        try (Services file = Services.open(laptop, null)) {
            file.demo().createDemo(1, TODAY);
            counts = file.database().counts();
        }
        Path password = passwordFile();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"transfer", "--from", laptop.toString(), "--to", URL,
            "--database-user", USER, "--database-password-file", password.toString(), "--data-dir", dir.resolve("local").toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("; the counts match.").doesNotContain("DIFFERS");
        Path back = dir.resolve("back");
        try (Services server = openTeam("local")) {
            assertThat(server.database().counts()).isEqualTo(counts);
            // The server gives new ids after the copied ones.
            Person first = server.members().people().get(0);
            assertThat(server.members().addPerson(new Person(0, "Quentin Zephyrine", null, first.agencyId(), null, null)).id())
                    .isEqualTo(counts.get("person") + 1);
            try (Services file = Services.open(back, null)) {
                TransferService.Result result = TransferService.transfer(server, file);
                assertThat(result.matches()).as(String.join("\n", result.lines())).isTrue();
                assertThat(result.source().get("person")).isEqualTo(counts.get("person") + 1);
                assertThat(file.members().people()).extracting(Person::fullName).contains("Quentin Zephyrine");
                assertThat(file.history().history("person", counts.get("person") + 1).get(0).changedBy()).isEqualTo(USER);
            }
        }
    }

    @Test
    void aServerThatHoldsDataIsReplacedFromAFileOnlyWithReplace() throws Exception {
        emptyServerDatabase();
        try (Services server = openTeam("local")) {
            server.demo().createDemo(1, TODAY);
        }
        Path laptop = dir.resolve("laptop");
        Map<String, Long> counts;
        try (Services file = Services.open(laptop, null)) {
            file.demo().createDemo(0, TODAY);
            Person first = file.members().people().get(0);
            file.members().addPerson(new Person(0, "Quentin Zephyrine", null, first.agencyId(), null, null));
            counts = file.database().counts();
        }
        Path password = passwordFile();
        String[] transfer = {"transfer", "--from", laptop.toString(), "--to", URL, "--database-user", USER,
            "--database-password-file", password.toString(), "--data-dir", dir.resolve("local").toString()};
        StringWriter refused = new StringWriter();
        assertThat(CommandLineRunner.run(transfer, new PrintWriter(new StringWriter()), new PrintWriter(refused))).isEqualTo(1);
        assertThat(refused.toString().strip()).startsWith("hubdesk: " + URL + " already holds data: ").contains("--replace")
                .doesNotContain("\n");

        String[] replacing = java.util.Arrays.copyOf(transfer, transfer.length + 1);
        replacing[transfer.length] = "--replace";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(replacing, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Replacing what " + URL + " holds: ").contains("; the counts match.");
        try (Services server = openTeam("local")) {
            assertThat(server.database().counts()).isEqualTo(counts);
            assertThat(server.members().people()).extracting(Person::fullName).contains("Quentin Zephyrine");
            Person first = server.members().people().get(0);
            assertThat(server.members().addPerson(new Person(0, "Ada Quillon", null, first.agencyId(), null, null)).id())
                    .isEqualTo(counts.get("person") + 1);
        }
    }
}
