package org.hubdesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubdesk.service.Services;
import org.hubdesk.service.TeamDatabase;
import org.hubdesk.store.Database;

/**
 * The store a store or service test works on, so one suite runs against both: the embedded H2
 * file in the test's folder (the default), or, with {@code -Dhubdesk.test.store=postgres}, a
 * fresh database on the PostgreSQL server named by HUBDESK_TEST_DATABASE_URL (with
 * HUBDESK_TEST_DATABASE_USER and HUBDESK_TEST_DATABASE_PASSWORD; scripts/test-postgres.sh sets
 * them and lets that user create databases).
 *
 * <p>On PostgreSQL the migrations run once, into a template database; each new test folder then
 * gets {@code CREATE DATABASE ... TEMPLATE} (a file copy, far quicker than migrating). Opening the
 * same folder again reaches the same database, so close-and-reopen tests check persistence there
 * too. Asking for PostgreSQL without a server is an error, never a quiet fall-back to H2.
 */
public final class TestStores {
    public static final String PROPERTY = "hubdesk.test.store";
    private static final String TEMPLATE = "hubdesk_test_template";
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static volatile boolean templateReady;
    /** PostgreSQL 15+ copies the template's files at once (a tenth of the time of its default, WAL-logging each block). */
    private static volatile String copyStrategy = "";

    private TestStores() {
    }

    /** True when this run's store and service tests go to the PostgreSQL server. */
    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2").strip());
    }

    /** The services over the test folder's store: {@code Services.open(dir, null)} on H2, the folder's own database on PostgreSQL. */
    public static Services open(Path dir) {
        if (!onPostgres()) {
            return Services.open(dir, null);
        }
        return Services.openTeam(new TeamDatabase(urlOf(databaseFor(dir)), user()), password(), createdFolder(dir));
    }

    /** {@link #open} with a new, empty partnership of this name in it. */
    public static Services openEmpty(Path dir, String partnership) {
        Services services = open(dir);
        services.demo().createEmpty(partnership);
        return services;
    }

    /** {@link #open} with the demo partnership in it: {@code years} of history up to {@code today}. */
    public static Services openDemo(Path dir, int years, LocalDate today) {
        Services services = open(dir);
        services.demo().createDemo(years, today);
        return services;
    }

    /** The bare store of the test folder (no rolling backups): {@code Database.open(dir, null)} on H2. */
    public static Database database(Path dir) {
        if (!onPostgres()) {
            return Database.open(dir, null);
        }
        return Database.openServer(urlOf(databaseFor(dir)), user(), password(), createdFolder(dir));
    }

    /** Who the change log records edits as: this computer's user on H2, the database user on PostgreSQL. */
    public static String changedBy() {
        return onPostgres() ? user() : System.getProperty("user.name");
    }

    private static String serverUrl() {
        String url = System.getenv("HUBDESK_TEST_DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("-D" + PROPERTY + "=postgres needs HUBDESK_TEST_DATABASE_URL"
                    + " (source scripts/test-postgres.sh start): refusing to run these tests on H2 instead");
        }
        return url.strip();
    }

    private static String user() {
        return System.getenv().getOrDefault("HUBDESK_TEST_DATABASE_USER", "hubdesk_ci");
    }

    private static char[] password() {
        return System.getenv().getOrDefault("HUBDESK_TEST_DATABASE_PASSWORD", "").toCharArray();
    }

    /** The server URL with another database name in it (its parameters, such as sslmode, kept). */
    private static String urlOf(String database) {
        return serverUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
    }

    private static Path createdFolder(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String databaseFor(Path dir) {
        return DATABASES.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            ensureTemplate();
            String name = "hubdesk_t" + ProcessHandle.current().pid() + "_" + CREATED.incrementAndGet();
            admin("drop database if exists " + name, "create database " + name + " template " + TEMPLATE + copyStrategy);
            return name;
        });
    }

    private static synchronized void ensureTemplate() {
        if (templateReady) {
            return;
        }
        admin("drop database if exists " + TEMPLATE, "create database " + TEMPLATE);
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), new String(password()))) {
            copyStrategy = c.getMetaData().getDatabaseMajorVersion() >= 15 ? " strategy file_copy" : "";
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach " + serverUrl() + ": " + e.getMessage(), e);
        }
        // Opening migrates it; closing leaves no connection, which CREATE DATABASE ... TEMPLATE needs.
        Database.openServer(urlOf(TEMPLATE), user(), password(), null).close();
        templateReady = true;
    }

    /** Statements run on the server's own database (the URL as given), outside any transaction. */
    private static void admin(String... statements) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), new String(password()));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare a test database on " + serverUrl() + ": " + e.getMessage(), e);
        }
    }
}
