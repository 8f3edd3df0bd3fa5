package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubdesk.cli.CommandLineRunner;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team database on a real PostgreSQL server: the whole demo built through the services holds
 * what it holds on H2, the command line gives the same answers on both, two connections editing
 * the same record do not overwrite each other, and a server that cannot be used is one line.
 *
 * <p>Runs when HUBDESK_TEST_DATABASE_URL (with HUBDESK_TEST_DATABASE_USER and
 * HUBDESK_TEST_DATABASE_PASSWORD) names a throwaway database: its public schema is dropped and
 * made anew. {@code .ci/run} starts such a server; elsewhere the tests are skipped, saying why.
 */
class PostgresStoreTest extends OnTestServer {
    @BeforeAll
    static void serverGiven() {
        SERVER.assumeGiven("PostgresStoreTest");
    }

    @BeforeEach
    void emptyServerDatabase() throws Exception {
        SERVER.emptyDatabase();
    }

    @Test
    void theDemoOnPostgresHoldsWhatItHoldsOnH2() {
        Map<String, Long> onH2;
        Map<String, Integer> demoOnH2;
        List<String> peopleOnH2;
        List<String> actionsOnH2;
        List<String> plansOnH2;
        try (Services h2 = Services.open(dir.resolve("h2"), null)) {
            h2.demo().createDemo(2, TODAY);
            onH2 = h2.database().counts();
            demoOnH2 = h2.demo().counts();
            peopleOnH2 = h2.members().people().stream().map(Person::fullName).toList();
            actionsOnH2 = h2.actions().all().stream().map(a -> a.description() + "|" + a.status() + "|" + a.timescale()).toList();
            plansOnH2 = h2.plans().plans().stream().map(p -> p.id() + "|" + p.priorityTitle()).toList();
        }
        try (Services pg = openTeam("local")) {
            assertThat(pg.teamDatabase()).isTrue();
            assertThat(pg.database().dialect()).isEqualTo(SQLDialect.POSTGRES);
            pg.demo().createDemo(2, TODAY);
            Map<String, Long> onPostgres = pg.database().counts();
            System.out.println("PostgresStoreTest: the 2-year demo on PostgreSQL holds " + onPostgres.values().stream()
                    .mapToLong(Long::longValue).sum() + " rows in " + onPostgres.size() + " tables, as on H2");
            assertThat(onPostgres).isEqualTo(onH2);
            assertThat(onPostgres.get("person")).isPositive();
            assertThat(pg.demo().counts()).isEqualTo(demoOnH2);
            assertThat(pg.members().people()).extracting(Person::fullName).containsExactlyElementsOf(peopleOnH2);
            assertThat(pg.actions().all()).extracting(a -> a.description() + "|" + a.status() + "|" + a.timescale())
                    .containsExactlyElementsOf(actionsOnH2);
            assertThat(pg.plans().plans()).extracting(p -> p.id() + "|" + p.priorityTitle()).containsExactlyElementsOf(plansOnH2);

            // An edit and a search through the services, on the server.
            Person first = pg.members().people().get(0);
            Versioned<Person> opened = pg.members().personForEdit(first.id());
            pg.members().updatePerson(new Person(first.id(), first.fullName(), "Head of Service", first.agencyId(),
                    first.email(), first.phone()), opened.version());
            assertThat(pg.members().personForEdit(first.id()).value().jobTitle()).isEqualTo("Head of Service");
            long planId = pg.plans().plans().get(0).id();
            assertThat(pg.plans().find(planId, "neglect")).isNotEmpty();
        }
        // Migrations are idempotent on the server: a second open changes nothing. The one edit above
        // added one line to the change log (V90) and no row anywhere else.
        Map<String, Long> afterEdit = new java.util.TreeMap<>(onH2);
        afterEdit.merge("change_log", 1L, Long::sum);
        try (Services again = openTeam("local")) {
            assertThat(again.database().counts()).isEqualTo(afterEdit);
        }
    }

    @Test
    void theCommandLineGivesTheSameAnswersOnBothStores() throws Exception {
        Path password = passwordFile();
        String[] team = {"--database-url", URL, "--database-user", USER, "--database-password-file", password.toString(),
            "--data-dir", dir.resolve("local").toString()};
        String[] file = {"--data-dir", dir.resolve("h2").toString()};

        assertThat(cli(team, "demo").out()).startsWith("Created the demo partnership in the team database " + URL);
        assertThat(cli(file, "demo").code()).isZero();
        for (String[] command : List.of(new String[] {"delivery-plan", "list"}, new String[] {"delivery-plan", "show", "1"},
                new String[] {"meeting", "list", "--group", "Multi-Agency Learning Forum"})) {
            Run onServer = cli(team, command);
            assertThat(onServer.code()).as(onServer.err()).isZero();
            assertThat(onServer.out()).isNotBlank().isEqualTo(cli(file, command).out());
        }
        Path docx = dir.resolve("register.docx");
        Run export = cli(team, "export", "register", "--group", "Learning Hub", "--out", docx.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.size(docx)).isPositive();
        // Every report's queries, on the server.
        String year = String.valueOf(LocalDate.now().getYear() - 1);
        for (String[] report : List.of(new String[] {"actions"}, new String[] {"annual-report", "--year", year},
                new String[] {"hub-programme", "--year", year}, new String[] {"recommendations", "--year", year},
                new String[] {"case-reviews"}, new String[] {"delivery-plan"}, new String[] {"summary-of-learning", "--year", year},
                new String[] {"dissemination-plan", "--learning", "1"}, new String[] {"seven-minute-briefing", "--learning", "1"})) {
            Path pdf = dir.resolve(report[0] + ".pdf");
            String[] args = new String[report.length + 3];
            args[0] = "export";
            System.arraycopy(report, 0, args, 1, report.length);
            args[report.length + 1] = "--out";
            args[report.length + 2] = pdf.toString();
            Run done = cli(team, args);
            assertThat(done.code()).as(report[0] + ": " + done.err()).isZero();
            assertThat(Files.size(pdf)).as(report[0]).isPositive();
        }

        Run again = cli(team, "demo");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("hubdesk: This team database already holds the partnership");
        Run backup = cli(team, "backup");
        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err().strip()).doesNotContain("\n").contains("pg_dump");
        Run restore = cli(team, "restore", "--latest");
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("pg_dump");
    }

    @Test
    void twoPeopleSavingTheSameRecordDoNotOverwriteEachOther() {
        demoOnServer("local");
        // Two copies of Hubdesk: two connection pools to one server.
        try (Services anna = openTeam("local"); Services ben = openTeam("local")) {
            long personId = anna.members().people().get(3).id();
            Versioned<Person> annaOpened = anna.members().personForEdit(personId);
            Versioned<Person> benOpened = ben.members().personForEdit(personId);
            Person p = annaOpened.value();
            anna.members().updatePerson(retitled(p, "Anna's title"), annaOpened.version());
            Person bens = retitled(p, "Ben's title");
            assertThatThrownBy(() -> ben.members().updatePerson(bens, benOpened.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("was changed by someone else since you opened it; nothing was saved")
                    .hasMessageContaining("Theirs now: " + p.fullName() + ", Anna's title")
                    .hasMessageContaining("Yours: " + p.fullName() + ", Ben's title");
            assertThat(ben.members().personForEdit(personId).value().jobTitle()).isEqualTo("Anna's title");
            // Opened again, Ben's edit goes on top of Anna's.
            Versioned<Person> reopened = ben.members().personForEdit(personId);
            ben.members().updatePerson(bens, reopened.version());
            assertThat(anna.members().personForEdit(personId).value().jobTitle()).isEqualTo("Ben's title");

            long actionId = anna.actions().all().get(0).id();
            Versioned<ActionItem> a1 = anna.actions().forEdit(actionId);
            Versioned<ActionItem> b1 = ben.actions().forEdit(actionId);
            anna.actions().update(renamed(a1.value(), "Anna's wording"), a1.version());
            assertThatThrownBy(() -> ben.actions().update(renamed(b1.value(), "Ben's wording"), b1.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Theirs now: 'Anna's wording'")
                    .hasMessageContaining("Yours: 'Ben's wording'");
            assertThat(ben.actions().forEdit(actionId).value().description()).isEqualTo("Anna's wording");
        }
    }

    private static ActionItem renamed(ActionItem a, String description) {
        return new ActionItem(a.id(), description, a.leadPersonId(), a.leadText(), a.timescale(), a.status(), a.sortOrder(),
                a.completedOn());
    }

    @Test
    void aServerThatCannotBeUsedIsRefusedInOneLine() {
        String closedPort = URL.replaceFirst("//([^/:]+)(:\\d+)?/", "//127.0.0.1:1/");
        assertThatThrownBy(() -> Database.openServer(closedPort, USER, PASSWORD.toCharArray(), dir))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot reach the team database " + closedPort)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> Database.openServer(URL.replaceFirst("/[^/?]+(\\?.*)?$", "/no_such_hubdesk$1"), USER,
                PASSWORD.toCharArray(), dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("There is no database no_such_hubdesk");
        assumeTrue(!PASSWORD.isEmpty(), "the test server trusts its users: no wrong password to try");
        assertThatThrownBy(() -> Database.openServer(URL, USER, "not the password".toCharArray(), dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("refused the user " + USER + ": wrong user name or password")
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.WRONG_PASSPHRASE);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String[] store, String... command) {
        String[] all = new String[store.length + command.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(store, 0, all, command.length, store.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
