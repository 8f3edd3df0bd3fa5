package org.hubdesk.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.hubdesk.domain.backup.BackupRetention;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.store.Database;

/**
 * Rolling backups of the open database into {@code <data folder>/backups/}: one on the first open
 * of each day and one after every N edits or M minutes of editing, pruned by {@link BackupRetention}.
 * Each backup is H2's consistent .zip copy (still encrypted if the store is) with a sidecar
 * {@code .properties} file recording when it was taken and how many rows each table held, so a
 * backup can be listed, verified and restored. The static methods work on a closed data folder.
 */
public final class BackupService {
    public static final String FOLDER = "backups";
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String SIDECAR = ".properties";

    /** When to back up while editing: after this many edits, or this long after the last backup. */
    public record Policy(int everyEdits, Duration everyEditing, BackupRetention retention) {
        public static final Policy STANDARD = new Policy(50, Duration.ofMinutes(10), BackupRetention.STANDARD);
    }

    /** One backup on disk; counts is empty when its sidecar is missing. */
    public record Backup(Path file, LocalDateTime taken, String reason, long size, boolean encrypted, Map<String, Long> counts) {
        public long rows() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** "people 40, memberships 52, ..." for the tables that hold something. */
        public String summary() {
            if (counts.isEmpty()) {
                return "counts not recorded";
            }
            List<String> parts = new ArrayList<>();
            for (String table : List.of("person", "membership", "hub_cycle", "delivery_plan", "meeting", "action_item")) {
                Long n = counts.get(table);
                if (n != null) {
                    parts.add(table.replace('_', ' ') + " " + n);
                }
            }
            return rows() + " rows" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
        }
    }

    /** What verifying a backup found: it opened with the passphrase and held what was recorded, or why not. */
    public record Verification(Backup backup, boolean good, String message) {
    }

    private final Database database;
    private final Clock clock;
    private final Policy policy;
    private final Object editLock = new Object();
    private int editsSinceBackup;
    private Instant lastBackup;

    public BackupService(Database database, Clock clock, Policy policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    public static Path folder(Path dataDirectory) {
        return dataDirectory.resolve(FOLDER);
    }

    /** On opening: a backup if none was taken today. Never fails the open: a backup that cannot be written is logged. */
    public void dailyIfNone() {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean takenToday = list(database.directory()).stream().anyMatch(b -> b.taken().toLocalDate().equals(now.toLocalDate()));
        if (!takenToday) {
            quietly("daily");
        } else {
            lastBackup = clock.instant();
        }
    }

    /** Called after each committed edit: backs up after N edits or M minutes of editing. */
    public void edited() {
        boolean due;
        synchronized (editLock) {
            editsSinceBackup++;
            Instant now = clock.instant();
            if (lastBackup == null) {
                lastBackup = now;
            }
            due = editsSinceBackup >= policy.everyEdits() || !now.isBefore(lastBackup.plus(policy.everyEditing()));
            if (due) {
                editsSinceBackup = 0;
                lastBackup = now;
            }
        }
        if (due) {
            quietly("edits");
        }
    }

    private void quietly(String reason) {
        try {
            backupNow(reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rolling backup of " + database.directory() + " failed: " + e.getMessage(), e);
        }
    }

    /** Takes a backup into backups/ now, records its counts and prunes old ones; returns it. */
    public Backup backupNow(String reason) {
        if (database.onServer()) {
            throw new StoreException(StoreException.Reason.OTHER, "Hubdesk does not back up " + database.location()
                    + ": back the server up with pg_dump (README, Team database)", null);
        }
        Path folder = folder(database.directory());
        LocalDateTime taken = LocalDateTime.now(clock);
        try {
            Files.createDirectories(folder);
            Path file = uniqueName(folder, taken, reason);
            Path part = folder.resolve(file.getFileName() + ".part");
            Map<String, Long> counts = database.exclusively(() -> {
                database.backupTo(part);
                return database.counts();
            });
            Backup backup = new Backup(file, taken, reason, Files.size(part), database.encrypted(), counts);
            writeSidecar(backup);
            move(part, file);
            synchronized (editLock) {
                lastBackup = clock.instant();
                editsSinceBackup = 0;
            }
            prune(database.directory(), policy.retention(), taken);
            return backup;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "Cannot write a backup into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path uniqueName(Path folder, LocalDateTime taken, String reason) {
        String stem = Database.FILE_STEM + "-" + NAME.format(taken) + "-" + reason;
        Path file = folder.resolve(stem + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + ".zip");
        }
        return file;
    }

    /** Deletes the backups (and their sidecars) the retention rule no longer keeps; returns how many went. */
    public static int prune(Path dataDirectory, BackupRetention retention, LocalDateTime now) {
        List<Backup> all = list(dataDirectory);
        Set<LocalDateTime> keep = retention.keep(all.stream().map(Backup::taken).toList(), now);
        int removed = 0;
        for (Backup b : all) {
            if (!keep.contains(b.taken())) {
                try {
                    Files.deleteIfExists(b.file());
                    Files.deleteIfExists(sidecar(b.file()));
                    removed++;
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not prune the old backup " + b.file(), e);
                }
            }
        }
        return removed;
    }

    /** The backups in the data folder's backups/, newest first. */
    public static List<Backup> list(Path dataDirectory) {
        Path folder = folder(dataDirectory);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).map(BackupService::read)
                    .sorted(Comparator.comparing(Backup::taken).reversed()).toList();
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "Cannot read the backups folder " + folder + ": " + e.getMessage(), e);
        }
    }

    public static Optional<Backup> latest(Path dataDirectory) {
        return list(dataDirectory).stream().filter(b -> !b.counts().isEmpty()).findFirst();
    }

    /** A backup file as recorded by its sidecar, or as found (its modification time) when there is none. */
    public static Backup read(Path file) {
        try {
            long size = Files.size(file);
            Path side = sidecar(file);
            if (!Files.exists(side)) {
                LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), java.time.ZoneId.systemDefault());
                return new Backup(file, modified, "copy", size, false, Map.of());
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(side)) {
                p.load(r);
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("count.")) {
                    counts.put(key.substring("count.".length()), Long.parseLong(p.getProperty(key)));
                }
            }
            return new Backup(file, LocalDateTime.parse(p.getProperty("taken")), p.getProperty("reason", "copy"), size,
                    Boolean.parseBoolean(p.getProperty("encrypted")), counts);
        } catch (IOException | RuntimeException e) {
            throw new UserInputException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path sidecar(Path zip) {
        return zip.resolveSibling(zip.getFileName() + SIDECAR);
    }

    private static void writeSidecar(Backup b) throws IOException {
        Properties p = new Properties();
        p.setProperty("taken", b.taken().toString());
        p.setProperty("reason", b.reason());
        p.setProperty("encrypted", Boolean.toString(b.encrypted()));
        b.counts().forEach((table, n) -> p.setProperty("count." + table, Long.toString(n)));
        Path part = sidecar(b.file()).resolveSibling(sidecar(b.file()).getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(part)) {
            p.store(w, "Hubdesk backup: when it was taken and the rows of each table it holds");
        }
        move(part, sidecar(b.file()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---- verify and restore, on a closed data folder

    /**
     * Opens a copy of the backup (in a temporary folder) with the passphrase and compares its rows
     * with the counts recorded when it was taken. Never touches the data folder.
     */
    public static Verification verify(Path backupFile, char[] passphrase) {
        Backup backup = existing(backupFile);
        Path temp = null;
        try {
            temp = Files.createTempDirectory("hubdesk-verify");
            extract(backupFile, temp.resolve(Database.DATABASE_FILE));
            if (backup.encrypted() || (passphrase != null && passphrase.length > 0 && backup.counts().isEmpty())) {
                Files.writeString(temp.resolve(Database.ENCRYPTED_MARKER), "encrypted\n");
            }
            Map<String, Long> found;
            try (Database copy = Database.open(temp, passphrase == null ? null : passphrase.clone())) {
                found = copy.counts();
            }
            if (backup.counts().isEmpty()) {
                return new Verification(backup, true, "opens; " + found.values().stream().mapToLong(Long::longValue).sum()
                        + " rows (no counts were recorded to compare)");
            }
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, Long> e : backup.counts().entrySet()) {
                long now = found.getOrDefault(e.getKey(), -1L);
                if (now != e.getValue()) {
                    differences.add(e.getKey() + " " + (now < 0 ? "missing" : now) + " (recorded " + e.getValue() + ")");
                }
            }
            return differences.isEmpty()
                    ? new Verification(backup, true, "opens; its " + backup.rows() + " rows match what was recorded")
                    : new Verification(backup, false, "opens, but its rows differ from what was recorded: " + String.join(", ", differences));
        } catch (StoreException e) {
            return new Verification(backup, false, "does not open: " + e.getMessage().replace(temp.toString(), "the backup"));
        } catch (IOException e) {
            return new Verification(backup, false, "cannot be read: " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Backup existing(Path backupFile) {
        if (!Files.isRegularFile(backupFile)) {
            throw new UserInputException("There is no backup file " + backupFile.toAbsolutePath());
        }
        return read(backupFile);
    }

    /**
     * Puts the backup back as the data folder's database. First it checks the backup opens with the
     * passphrase and that no other copy of Hubdesk has the store open, then it keeps the current file
     * as a "before-restore" backup (so the restore can itself be undone), then it swaps the file in
     * one move. Returns the safety backup of the file that was replaced (empty if there was none).
     */
    public static Optional<Backup> restore(Path dataDirectory, Path backupFile, char[] passphrase, Clock clock) {
        Verification check = verify(backupFile, passphrase);
        if (!check.good()) {
            throw new UserInputException("The backup " + backupFile.toAbsolutePath() + " " + check.message() + "; nothing was restored");
        }
        Map<String, Long> currentCounts = Map.of();
        if (Database.exists(dataDirectory)) {
            try (Database current = StoreDamage.open(dataDirectory, passphrase == null ? null : passphrase.clone())) {
                currentCounts = current.counts();
            } catch (StoreException e) {
                if (e.reason() == StoreException.Reason.LOCKED || e.reason() == StoreException.Reason.WRONG_PASSPHRASE
                        || e.reason() == StoreException.Reason.PASSPHRASE_REQUIRED) {
                    throw new UserInputException(e.getMessage() + "; nothing was restored", e);
                }
                // A damaged current file is the usual reason to restore: keep it as it is and go on.
            }
        }
        Path folder = folder(dataDirectory);
        try {
            Files.createDirectories(folder);
            Optional<Backup> safety = Optional.empty();
            Path db = dataDirectory.resolve(Database.DATABASE_FILE);
            if (Files.exists(db)) {
                LocalDateTime taken = LocalDateTime.now(clock);
                Path file = uniqueName(folder, taken, "before-restore");
                Path part = folder.resolve(file.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry(Database.DATABASE_FILE));
                    Files.copy(db, zip);
                    zip.closeEntry();
                }
                Backup kept = new Backup(file, taken, "before-restore", Files.size(part), Database.isEncrypted(dataDirectory), currentCounts);
                if (!currentCounts.isEmpty()) {
                    writeSidecar(kept);
                }
                move(part, file);
                safety = Optional.of(kept);
            }
            Path incoming = dataDirectory.resolve(Database.DATABASE_FILE + ".restoring");
            extract(backupFile, incoming);
            move(incoming, db);
            Path marker = dataDirectory.resolve(Database.ENCRYPTED_MARKER);
            if (check.backup().encrypted() && !Files.exists(marker)) {
                Files.writeString(marker, "This Hubdesk database is encrypted with AES; it opens only with its passphrase.\n");
            }
            return safety;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "Could not restore into " + dataDirectory + ": " + e.getMessage()
                    + "; the database file was left as it was", e);
        }
    }

    private static void extract(Path zipFile, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(Database.DATABASE_FILE);
            if (entry == null) {
                throw new UserInputException("The file " + zipFile.toAbsolutePath() + " is not a Hubdesk backup (it holds no "
                        + Database.DATABASE_FILE + ")");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.util.zip.ZipException e) {
            throw new UserInputException("The file " + zipFile.toAbsolutePath() + " is not a Hubdesk backup (not a readable .zip)", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind does no harm.
        }
    }
}
