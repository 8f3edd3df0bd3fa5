package org.hubdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The throwaway PostgreSQL server the team-database tests use, as scripts/test-postgres.sh
 * exports it: HUBDESK_TEST_DATABASE_URL, _USER and _PASSWORD, and the TLS test's two authority
 * certificates. {@link #given()} is false where no server was started (the tests then skip).
 */
public record TestServer(String url, String user, String password, String rootCertificate, String wrongRootCertificate) {
    public static TestServer fromEnvironment() {
        var env = System.getenv();
        return new TestServer(env.get("HUBDESK_TEST_DATABASE_URL"), env.get("HUBDESK_TEST_DATABASE_USER"),
                env.getOrDefault("HUBDESK_TEST_DATABASE_PASSWORD", ""), env.get("HUBDESK_TEST_SSL_ROOT_CERT"),
                env.get("HUBDESK_TEST_SSL_WRONG_ROOT_CERT"));
    }

    public boolean given() {
        return url != null && !url.isBlank();
    }

    /**
     * Skips the calling test class, saying why on the console, when no server was started; says
     * which server it runs against when one was.
     */
    public void assumeGiven(String testClass) {
        if (given()) {
            System.out.println(testClass + " runs against " + url + " as " + user);
        } else {
            System.out.println(testClass + " skipped: HUBDESK_TEST_DATABASE_URL is not set (.ci/run starts a server and sets it)");
        }
        assumeTrue(given(), "HUBDESK_TEST_DATABASE_URL is not set: no PostgreSQL server to test against");
    }

    /** Empties the throwaway database: its public schema dropped and made anew, so a test starts from nothing. */
    public void emptyDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    public boolean withCertificates() {
        return given() && rootCertificate != null && !rootCertificate.isBlank() && wrongRootCertificate != null;
    }
}
