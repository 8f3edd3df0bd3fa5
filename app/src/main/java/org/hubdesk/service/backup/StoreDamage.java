package org.hubdesk.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.store.Database;

/**
 * Opens the store so that a damaged file is never opened over: a zero-length or unreadable file is
 * refused (H2 would otherwise start a new, empty database in it), and the refusal names the file,
 * the newest backup and the exact command that restores it.
 */
public final class StoreDamage {
    private StoreDamage() {
    }

    public static Database open(Path directory, char[] passphrase) {
        Path file = directory.resolve(Database.DATABASE_FILE);
        boolean existed = Files.exists(file);
        if (existed) {
            try {
                if (Files.size(file) == 0) {
                    throw damaged(directory, "is empty (zero bytes long)", null);
                }
            } catch (IOException e) {
                throw damaged(directory, "cannot be read (" + e.getMessage() + ")", e);
            }
        }
        char[] kept = passphrase == null ? null : passphrase.clone();
        try {
            return Database.open(directory, passphrase);
        } catch (StoreException e) {
            if (existed && (e.reason() == StoreException.Reason.CORRUPT || e.reason() == StoreException.Reason.OTHER)) {
                throw damaged(directory, "is damaged or not a Hubdesk database", e);
            }
            if (existed && e.reason() == StoreException.Reason.WRONG_PASSPHRASE && passphraseOpensTheNewestBackup(directory, kept)) {
                // An encrypted file whose first blocks are damaged reads as a wrong passphrase; the backup proves otherwise.
                throw damaged(directory, "is damaged (the passphrase is right: it opens the newest backup)", e);
            }
            throw e;
        } finally {
            if (kept != null) {
                java.util.Arrays.fill(kept, '\0');
            }
        }
    }

    private static boolean passphraseOpensTheNewestBackup(Path directory, char[] passphrase) {
        try {
            return BackupService.latest(directory).map(b -> BackupService.verify(b.file(), passphrase).good()).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** One line: what is wrong with which file, the newest backup and how to bring it back. */
    public static StoreException damaged(Path directory, String what, Throwable cause) {
        Path file = directory.toAbsolutePath().resolve(Database.DATABASE_FILE);
        Optional<BackupService.Backup> newest;
        try {
            newest = BackupService.latest(directory);
        } catch (RuntimeException e) {
            newest = Optional.empty();
        }
        String advice = newest.map(b -> "the newest backup is " + b.file().toAbsolutePath() + " (" + b.taken().withNano(0) + ", "
                        + b.summary() + "); restore it with: " + restoreCommand(directory, b.file()))
                .orElse("there is no backup in " + BackupService.folder(directory.toAbsolutePath())
                        + "; the file was left untouched, copy it somewhere safe before trying anything else");
        return new StoreException(StoreException.Reason.CORRUPT, "The database file " + file + " " + what
                + "; nothing was opened or created over it. " + capitalise(advice), cause);
    }

    public static String restoreCommand(Path directory, Path backup) {
        return "hubdesk restore --from " + quoted(backup.toAbsolutePath().toString()) + " --data-dir "
                + quoted(directory.toAbsolutePath().toString());
    }

    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./:\\\\-]+") ? path : "\"" + path + "\"";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
