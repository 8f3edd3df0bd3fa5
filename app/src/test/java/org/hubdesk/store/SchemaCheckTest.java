package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when the schema history already holds every shipped migration. */
// Stays on H2: reads and damages Flyway's history inside the embedded file directly.
@Tag("h2-only")
class SchemaCheckTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsMigratedAndReopeningItDoesNotStartFlyway() {
        try (Database db = Database.open(dir, null)) {
            assertThat(db.migratedOnOpen()).isTrue();
        }
        try (Database db = Database.open(dir, null)) {
            assertThat(db.migratedOnOpen()).isFalse();
            assertThat(db.counts()).containsKey("person");
        }
    }

    @Test
    void theShippedVersionsAreTheMigrationFilesAsFlywaySeesThem() {
        Set<String> flyway = new TreeSet<>();
        for (var m : Flyway.configure().dataSource("jdbc:h2:mem:shipped", "sa", "")
                .locations("classpath:" + Migrations.LOCATION).load().info().all()) {
            if (m.getVersion() != null) {
                flyway.add(m.getVersion().getVersion());
            }
        }
        assertThat(Migrations.shipped()).isNotEmpty().isEqualTo(flyway);
        assertThat(Migrations.normalised("01_2")).isEqualTo("1.2");
    }

    @Test
    void aFileBehindTheShippedMigrationsIsBroughtUpToDate() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_STEM).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        String newest = Migrations.shipped().stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo).orElseThrow()
                .getVersion();
        Flyway older = Flyway.configure().dataSource(url, "hubdesk", "").locations("classpath:" + Migrations.LOCATION)
                .target(MigrationVersion.fromVersion(previous(newest))).load();
        older.migrate();
        assertThat(Migrations.applied(dataSource())).isNotEmpty().doesNotContain(newest);
        try (Connection c = DriverManager.getConnection(url, "hubdesk", "")) {
            c.createStatement().execute("SHUTDOWN");
        }
        try (Database db = Database.open(dir, null)) {
            assertThat(db.migratedOnOpen()).isTrue();
            db.run(ctx -> new org.hubdesk.store.members.MembersRepository(ctx)
                    .insertAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true)));
        }
        try (Connection c = DriverManager.getConnection(url, "hubdesk", "");
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '" + newest + "'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
            c.createStatement().execute("SHUTDOWN");
        }
        try (Database db = Database.open(dir, null)) {
            assertThat(db.migratedOnOpen()).isFalse();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws Exception {
        try (Database db = Database.open(dir, null)) {
            db.run(ctx -> ctx.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = 1"));
            assertThat(Migrations.applied(dataSource())).isEmpty();
        }
        assertThatThrownBy(() -> Database.open(dir, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be brought up to date");
    }

    @Test
    void theRevisionGrowsWithEachCommittedEditOnly() {
        try (Database db = Database.open(dir, null)) {
            long before = db.revision();
            db.transaction(ctx -> ctx.fetchCount(org.hubdesk.schema.Tables.PERSON));
            assertThat(db.revision()).isEqualTo(before);
            db.run(ctx -> new org.hubdesk.store.members.MembersRepository(ctx)
                    .insertAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true)));
            assertThat(db.revision()).isEqualTo(before + 1);
        }
    }

    private org.h2.jdbcx.JdbcDataSource dataSource() {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(Database.FILE_STEM).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        source.setUser("hubdesk");
        source.setPassword("");
        return source;
    }

    private static String previous(String newest) {
        return Migrations.shipped().stream().map(MigrationVersion::fromVersion)
                .filter(v -> v.compareTo(MigrationVersion.fromVersion(newest)) < 0)
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }
}
