package org.hubdesk.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with the Flyway migrations on the classpath, and first
 * checks cheaply whether it already is: when Flyway's history holds exactly the versions that
 * are shipped, all applied successfully, there is nothing to do and Flyway (its classes, its scan
 * of the migrations and its validation) is not started at all. That costs half a second of every
 * start and every command. Validation's other job, noticing an applied migration that was edited
 * later, is what our rule "applied migrations are never edited" already guarantees; anything else
 * (behind, ahead, a failed or baseline entry, no history) goes to Flyway as before.
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private Migrations() {
    }

    /** Migrates if needed; true when Flyway ran, false when the schema was already current. */
    static boolean bringUpToDate(DataSource source) throws SQLException {
        return bringUpToDate(source, () -> null);
    }

    /** The same, with SQL Flyway runs first on each of its connections (null for none), asked for only if Flyway runs. */
    static boolean bringUpToDate(DataSource source, java.util.function.Supplier<String> initSql) throws SQLException {
        Set<String> shipped = shipped();
        if (!shipped.isEmpty() && shipped.equals(applied(source))) {
            return false;
        }
        Flyway.configure().dataSource(source).locations("classpath:" + LOCATION)
                // Migration numbers are handed out in ranges, so a lower one can arrive after a higher one was applied.
                .outOfOrder(true)
                .initSql(initSql.get())
                .load()
                .migrate();
        return true;
    }

    /**
     * The versions in the schema history, or an empty set when anything is unusual there (no
     * history yet, a failed migration, a baseline): then Flyway decides.
     */
    static Set<String> applied(DataSource source) throws SQLException {
        Set<String> versions = new TreeSet<>();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            if (!hasHistory(c)) {
                return Set.of();
            }
            try (ResultSet rows = s.executeQuery("SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\"")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    String type = rows.getString(2);
                    if (!rows.getBoolean(3) || "BASELINE".equals(type)) {
                        return Set.of();
                    }
                    if (version != null && !"SCHEMA".equals(type)) {
                        versions.add(normalised(version));
                    }
                }
            }
        }
        return versions;
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /** The versions of the migration files on the classpath (a folder in development, the jar when installed). */
    static Set<String> shipped() {
        URL url = Migrations.class.getClassLoader().getResource(LOCATION);
        Set<String> versions = new TreeSet<>();
        if (url == null) {
            return versions;
        }
        try {
            if (url.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(f -> addVersion(versions, f.getFileName().toString()));
                }
            } else if (url.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(LOCATION + "/")) {
                            addVersion(versions, name.substring(LOCATION.length() + 1));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            return new TreeSet<>(); // cannot tell: Flyway decides
        }
        return versions;
    }

    private static void addVersion(Set<String> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(normalised(m.group(1)));
        }
    }

    /** "1_1", "01.1" and "1.1" are the same version to Flyway. */
    static String normalised(String version) {
        StringBuilder out = new StringBuilder();
        for (String part : version.split("[._]")) {
            out.append(out.length() == 0 ? "" : ".").append(part.replaceFirst("^0+(?=\\d)", ""));
        }
        return out.toString();
    }
}
