package org.hubdesk.testing;

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

    public boolean withCertificates() {
        return given() && rootCertificate != null && !rootCertificate.isBlank() && wrongRootCertificate != null;
    }
}
