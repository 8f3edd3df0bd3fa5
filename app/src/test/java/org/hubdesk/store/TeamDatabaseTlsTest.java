package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.cli.CommandLineRunner;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.service.Services;
import org.hubdesk.service.TeamDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS to the team database with a real certificate: scripts/test-postgres.sh makes a throwaway CA,
 * signs the server's certificate with it (for 127.0.0.1 and localhost) and starts the server with
 * ssl=on. With {@code sslmode=verify-full&sslrootcert=CA} the app connects over TLS; with another
 * CA's certificate, or none, it refuses in one line before sending the password.
 *
 * <p>Runs when HUBDESK_TEST_DATABASE_URL and HUBDESK_TEST_SSL_ROOT_CERT (with
 * HUBDESK_TEST_SSL_WRONG_ROOT_CERT) are set; elsewhere skipped, saying why.
 */
class TeamDatabaseTlsTest extends OnTestServer {

    @BeforeAll
    static void serverWithCertificateGiven() {
        boolean given = SERVER.withCertificates();
        if (!given) {
            System.out.println("TeamDatabaseTlsTest skipped: HUBDESK_TEST_DATABASE_URL and HUBDESK_TEST_SSL_ROOT_CERT are not set"
                    + " (scripts/test-postgres.sh start makes the certificates and sets them)");
        }
        assumeTrue(given, "no PostgreSQL server with a test certificate to connect to");
    }

    private static String withTls(String rootCertificate) {
        return URL + "?sslmode=verify-full" + (rootCertificate == null ? "" : "&sslrootcert=" + rootCertificate);
    }

    @Test
    void verifyFullWithTheAuthoritysCertificateConnectsOverTls() {
        try (Services team = Services.openTeam(new TeamDatabase(withTls(SERVER.rootCertificate()), USER), PASSWORD.toCharArray(), dir)) {
            org.jooq.Record tls = team.database().transaction(ctx ->
                    ctx.fetchSingle("select ssl, version from pg_stat_ssl where pid = pg_backend_pid()"));
            boolean encrypted = tls.get(0, Boolean.class);
            String version = tls.get(1, String.class);
            System.out.println("TeamDatabaseTlsTest: connected with sslmode=verify-full over " + version);
            assertThat(encrypted).isTrue();
            assertThat(version).startsWith("TLS");
            assertThat(team.database().counts()).containsKey("person");
        }
    }

    @Test
    void anotherAuthoritysCertificateIsRefusedInOneLineByTheCommandLine() throws Exception {
        Path password = passwordFile();
        String url = withTls(SERVER.wrongRootCertificate());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"delivery-plan", "list", "--database-url", url, "--database-user", USER,
            "--database-password-file", password.toString(), "--data-dir", dir.resolve("local").toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip())
                .isEqualTo("hubdesk: The team database " + url + " did not prove it is the server you meant: its certificate is not"
                        + " signed by the authority in sslrootcert, or is for another host name; nothing was sent to it"
                        + " (README, Team database, TLS)");
    }

    @Test
    void plainVerifyFullWithNoAuthorityCertificateIsRefusedInOneLine() {
        Path defaultRoot = Path.of(System.getProperty("user.home"), ".postgresql", "root.crt");
        assumeFalse(Files.exists(defaultRoot), defaultRoot + " exists: the driver's default authority would be used");
        assertThatThrownBy(() -> Database.openServer(withTls(null), USER, PASSWORD.toCharArray(), dir))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The team database " + withTls(null) + " cannot be checked: ")
                .hasMessageContaining(defaultRoot.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
