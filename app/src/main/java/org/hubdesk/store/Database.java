package org.hubdesk.store;

import org.hubdesk.domain.common.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Consumer;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The database of one partnership: the embedded H2 file (the default; file mode, optionally
 * encrypted with AES, H2's CIPHER) or a team database on a PostgreSQL server ({@link #openServer}).
 * Both have the same schema from the same Flyway migrations and the same jOOQ code, rendered in
 * each one's dialect. Migrations run on open. Every service method runs one {@link #transaction}
 * so a user's edit is committed, and on disk, before the screen says it is saved.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_STEM = "hubdesk";
    public static final String DATABASE_FILE = FILE_STEM + ".mv.db";
    /** Marks an encrypted store, so we ask for a passphrase instead of guessing. */
    public static final String ENCRYPTED_MARKER = "hubdesk.encrypted";
    private static final String USER = "hubdesk";
    /** The server role that owns a team database set up by scripts/team-db-setup.sh; its members bring the schema up to date. */
    public static final String ADMIN_ROLE = "hubdesk_admin";

    private final Path directory;
    /** The team database's JDBC URL, null for the embedded file. */
    private final String serverUrl;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final boolean encrypted;
    /** Statements that wrote, per thread, so a committed transaction knows it was an edit. */
    private final ThreadLocal<int[]> writes = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private volatile Runnable onEdit = () -> { };
    /** Bumped by every committed transaction that wrote: screens reload only what changed since they last looked. */
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();
    /** Whether opening ran Flyway (the schema was behind or new), false when it was already current. */
    private boolean migratedOnOpen;
    /** Transactions share it; a backup holds it alone, so its copy and its counts are of one moment. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock backupLock = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /** Notes each change with its user, written to change_log as the transaction commits. */
    private final ChangeRecorder changes;

    private Database(Path directory, JdbcConnectionPool pool, boolean encrypted, String serverUrl, String user) {
        this.directory = directory;
        this.changes = new ChangeRecorder(user);
        this.serverUrl = serverUrl;
        this.pool = pool;
        this.encrypted = encrypted;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false)
                .withRenderSchema(false);
        org.jooq.Configuration configuration = new org.jooq.impl.DefaultConfiguration()
                .set(pool).set(serverUrl == null ? SQLDialect.H2 : SQLDialect.POSTGRES).set(settings)
                .set(org.jooq.ExecuteListener.onExecuteEnd(ctx -> {
                    if (ctx.type() != org.jooq.ExecuteType.READ) {
                        writes.get()[0]++;
                    }
                }), (org.jooq.ExecuteListener) changes)
                .set((org.jooq.RecordListener) changes);
        this.dsl = DSL.using(configuration);
    }

    /** Called on the committing thread after each transaction that wrote (an edit), e.g. to take a rolling backup. */
    public void onEdit(Runnable listener) {
        this.onEdit = listener == null ? () -> { } : listener;
    }

    /** The database file itself. */
    public Path file() {
        return directory.resolve(DATABASE_FILE);
    }

    /** The partnership's tables, lower case (Flyway's history left out), in the schema's order. */
    public java.util.List<String> tableNames() {
        return org.hubdesk.schema.DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(t -> t.getName().toLowerCase(java.util.Locale.ROOT))
                .filter(name -> !name.startsWith("flyway"))
                .toList();
    }

    /** Rows in each table (Flyway's history left out): what a backup holds, in counts. */
    public java.util.Map<String, Long> counts() {
        return transaction(ctx -> {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            for (org.jooq.Table<?> table : org.hubdesk.schema.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                if (!table.getName().toLowerCase(java.util.Locale.ROOT).startsWith("flyway")) {
                    counts.put(table.getName().toLowerCase(java.util.Locale.ROOT), (long) ctx.fetchCount(table));
                }
            }
            return counts;
        });
    }

    public static boolean exists(Path directory) {
        return Files.exists(directory.resolve(DATABASE_FILE));
    }

    public static boolean isEncrypted(Path directory) {
        return Files.exists(directory.resolve(ENCRYPTED_MARKER));
    }

    /**
     * Opens (creating if need be) the database in {@code directory}. A new database is encrypted
     * when a non-empty passphrase is given; an existing one must be opened with its passphrase.
     */
    public static Database open(Path directory, char[] passphrase) {
        boolean existed = exists(directory);
        boolean encrypted = existed ? isEncrypted(directory) : passphrase != null && passphrase.length > 0;
        if (encrypted && (passphrase == null || passphrase.length == 0)) {
            throw new StoreException(StoreException.Reason.PASSPHRASE_REQUIRED,
                    "The database in " + directory + " is encrypted: a passphrase is needed to open it", null);
        }
        try {
            Files.createDirectories(directory);
            if (encrypted && !existed) {
                Files.writeString(directory.resolve(ENCRYPTED_MARKER),
                        "This Hubdesk database is encrypted with AES; it opens only with its passphrase.\n");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER,
                    "Cannot create the data folder " + directory + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + directory.resolve(FILE_STEM).toAbsolutePath()
                + (encrypted ? ";CIPHER=AES" : "")
                // Every commit written at once, and appended (see mostlyFreeSpace): crash trials lost acknowledged
                // edits when H2 reused freed space for the first writes after reopening.
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE";
        String password = encrypted ? new String(passphrase) + " " + new String(passphrase) : "";
        // Fail fast and clearly (locked, wrong passphrase) before building the pool.
        try (Connection probe = DriverManager.getConnection(url, USER, password)) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw translate(e, directory);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
        pool.setMaxConnections(8);
        Database database = new Database(directory, pool, encrypted, null, System.getProperty("user.name", "unknown"));
        database.migrate();
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
        return database;
    }

    /**
     * Opens the team database at {@code url} (jdbc:postgresql://HOST:PORT/DB) as {@code user},
     * bringing its schema up to date. {@code localDirectory} is this computer's data folder (report
     * branding, window state); the data itself is on the server. Nothing is created over a server
     * that cannot be reached or refuses the user: the refusal says which, in one line.
     */
    public static Database openServer(String url, String user, char[] password, Path localDirectory) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException(StoreException.Reason.OTHER,
                    "The team database URL must look like jdbc:postgresql://HOST:PORT/DATABASE, not " + url, null);
        }
        if (user == null || user.isBlank()) {
            throw new StoreException(StoreException.Reason.WRONG_PASSPHRASE,
                    "No user name for the team database " + url + ": set HUBDESK_DATABASE_USER", null);
        }
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password == null ? "" : new String(password));
        source.setApplicationName("Hubdesk");
        if (source.getConnectTimeout() == 0) {
            source.setConnectTimeout(10);
        }
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        try (Connection probe = source.getConnection()) {
            probe.isValid(2);
        } catch (SQLException e) {
            throw ServerFailures.translate(e, url, user);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        Database database = new Database(localDirectory, pool, false, url, user);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return database;
    }

    /** Who the changes made through this store are recorded as: the database user, or this computer's user. */
    public String user() {
        return changes.user();
    }

    /** True for a team database on a PostgreSQL server, false for the embedded file. */
    public boolean onServer() {
        return serverUrl != null;
    }

    /** Where the data is, in words: the file, or the server's URL. */
    public String location() {
        return serverUrl != null ? "the team database " + serverUrl : directory.resolve(DATABASE_FILE).toString();
    }

    /** The SQL dialect jOOQ renders for this store. */
    public SQLDialect dialect() {
        return dsl.dialect();
    }

    private StoreException translate(SQLException e) {
        return serverUrl != null ? ServerFailures.translate(e, serverUrl, user()) : translate(e, directory);
    }

    /** True when opening brought the schema up to date with Flyway, false when it was already current (Flyway not started). */
    public boolean migratedOnOpen() {
        return migratedOnOpen;
    }

    /**
     * A number that grows with every committed edit in this process: equal numbers mean nothing
     * was written in between (a team database's colleagues' edits are not counted).
     */
    public long revision() {
        return revision.get();
    }

    private void migrate() {
        try {
            // Team database: an administrator's migrations run as the admin role, so the grants cover the new tables.
            migratedOnOpen = Migrations.bringUpToDate(pool, () -> serverUrl != null && actsAsAdmin() ? "set role " + ADMIN_ROLE : null);
        } catch (SQLException e) {
            throw translate(e);
        } catch (FlywayException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql && serverUrl != null && "42501".equals(sql.getSQLState())) {
                throw new StoreException(StoreException.Reason.READ_ONLY, "The team database " + serverUrl + " needs bringing up to date"
                        + " by this version of Hubdesk, which only its administrator (role " + ADMIN_ROLE + ") may do: ask them to"
                        + " open it once with this version", sql);
            }
            if (root instanceof SQLException sql) {
                throw translate(sql);
            }
            throw new StoreException(StoreException.Reason.CORRUPT,
                    (serverUrl != null ? "The team database " + serverUrl : "The database in " + directory)
                            + " could not be brought up to date: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * True when the user is a member of {@link #ADMIN_ROLE}: the migrations then run as that role, so
     * the tables belong to it and the setup script's default grants give viewers and editors their rights.
     */
    private boolean actsAsAdmin() {
        try (Connection c = pool.getConnection(); var s = c.prepareStatement("select exists (select 1 from pg_roles r"
                + " where r.rolname = ? and pg_has_role(current_user, r.oid, 'MEMBER'))")) {
            s.setString(1, ADMIN_ROLE);
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    static StoreException translate(SQLException e, Path directory) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Reason.LOCKED,
                    "The database in " + directory + " is already open in another copy of Hubdesk; close that one first", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 -> new StoreException(
                    StoreException.Reason.WRONG_PASSPHRASE, "Wrong passphrase for the database in " + directory, e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> new StoreException(StoreException.Reason.CORRUPT,
                    "The database file " + directory.resolve(DATABASE_FILE) + " is damaged or not a Hubdesk database", e);
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1 -> new StoreException(StoreException.Reason.READ_ONLY,
                    "The database file " + directory.resolve(DATABASE_FILE) + " cannot be written (a read-only file or folder);"
                            + " nothing was saved: make the folder writable and try again", e);
            default -> isDiskFull(e) ? new StoreException(StoreException.Reason.DISK_FULL,
                    "The disk holding " + directory + " is full; nothing was saved: free some space and try again", e) : new StoreException(StoreException.Reason.OTHER,
                    "The database in " + directory + " could not be used: " + firstLine(e.getMessage()), e);
        };
    }

    private static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public Path directory() {
        return directory;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** Runs one user action in one transaction and returns its result. */
    public <T> T transaction(Function<DSLContext, T> work) {
        int[] level = depth.get();
        int writesBefore = writes.get()[0];
        level[0]++;
        T result;
        backupLock.readLock().lock();
        try {
            result = dsl.transactionResult(configuration -> {
                T value = work.apply(configuration.dsl());
                if (level[0] == 1) {
                    changes.flush(configuration.dsl());
                }
                return value;
            });
        } catch (DataAccessException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw translate(sql);
            }
            throw e;
        } finally {
            backupLock.readLock().unlock();
            level[0]--;
            if (level[0] == 0) {
                changes.discard();
            }
        }
        if (level[0] == 0 && writes.get()[0] != writesBefore) {
            writes.get()[0] = 0;
            revision.incrementAndGet();
            onEdit.run();
        }
        return result;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** One transaction whose writes are not noted in the change log (copying a whole partnership in, with its own log). */
    public <T> T unrecorded(Function<DSLContext, T> work) {
        return transaction(ctx -> changes.paused(() -> work.apply(ctx)));
    }

    public void run(Consumer<DSLContext> work) {
        transaction(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    /** Writes a consistent copy of the whole database to {@code target} (a .zip), while it is open. */
    public void backupTo(Path target) {
        if (serverUrl != null) {
            throw new StoreException(StoreException.Reason.OTHER, "The team database " + serverUrl
                    + " is backed up on the server with pg_dump, not by Hubdesk (README, Team database)", null);
        }
        exclusively(() -> {
            run(ctx -> ctx.execute("BACKUP TO ?", target.toAbsolutePath().toString()));
            return null;
        });
    }

    /** Runs {@code work} while no other transaction runs (e.g. a backup and its counts, of the same moment). */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        backupLock.writeLock().lock();
        int writesBefore = writes.get()[0];
        depth.get()[0]++;
        try {
            return work.get();
        } finally {
            // What runs here (BACKUP TO) is not a user's edit.
            depth.get()[0]--;
            writes.get()[0] = writesBefore;
            backupLock.writeLock().unlock();
        }
    }

    /**
     * True when most of the file is space that edits no longer use. The store appends every commit
     * (REUSE_SPACE=FALSE in {@link #open}: H2 could lose the first edits after reopening when it
     * wrote them into freed space and the process was then killed), so the file grows while it is
     * open; closing compacts it again when less than half of it is live.
     */
    private static boolean mostlyFreeSpace(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() && Integer.parseInt(rs.getString(1).strip()) < 50;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (serverUrl != null) {
            pool.dispose();
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute(mostlyFreeSpace(c) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed or never fully opened: nothing left to flush.
        }
        pool.dispose();
    }
}
