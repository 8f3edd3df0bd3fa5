package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubdesk.service.Passphrases;
import org.hubdesk.service.Services;
import org.hubdesk.service.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent backup of the database (a .zip, still encrypted if the store is): to --out FILE,",
            "or without --out into the data folder's backups/ beside the rolling ones Hubdesk takes by itself."},
        subcommands = {BackupCommand.ListBackups.class, BackupCommand.Verify.class},
        footer = {"", "Examples: hubdesk backup --out backup.zip   hubdesk backup list   hubdesk backup verify FILE.zip"})
final class BackupCommand extends RootAction {
    @Option(names = "--out", paramLabel = "FILE.zip", description = "Where to write the backup (default: into backups/)")
    Path out;

    @Override
    void check() {
        root.requireEmbeddedStore("hubdesk backup");
    }

    @Override
    void run(Services services, PrintWriter printed) {
        if (out != null) {
            services.backupTo(out);
            printed.println("Backed up " + services.dataDirectory() + " to " + out.toAbsolutePath());
        } else {
            BackupService.Backup b = services.backups().backupNow("manual");
            printed.println("Backed up " + services.dataDirectory() + " to " + b.file().toAbsolutePath() + " (" + b.summary() + ")");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the backups in the data folder's backups/, newest first: when, size and what each holds.")
    static final class ListBackups implements Callable<Integer> {
        @ParentCommand
        BackupCommand backup;

        @Override
        public Integer call() {
            backup.root.requireEmbeddedStore("hubdesk backup list");
            Path dataDir = backup.root.dataDirectory();
            List<BackupService.Backup> all = BackupService.list(dataDir);
            PrintWriter out = backup.out();
            if (all.isEmpty()) {
                out.println("No backups yet in " + BackupService.folder(dataDir.toAbsolutePath()));
                return 0;
            }
            out.printf("%-19s  %-14s  %9s  %s%n", "taken", "why", "size", "holds");
            for (BackupService.Backup b : all) {
                out.printf("%-19s  %-14s  %9s  %s%n", b.taken().withNano(0), b.reason(), size(b.size()), b.summary());
                out.println("    " + b.file().toAbsolutePath());
            }
            return 0;
        }

        private static String size(long bytes) {
            return bytes < 10_000 ? bytes + " B" : bytes < 10_000_000 ? bytes / 1024 + " KB" : bytes / (1024 * 1024) + " MB";
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check a backup: it opens with the passphrase and its rows match what was recorded when it was taken.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        BackupCommand backup;

        @Parameters(paramLabel = "FILE.zip", description = "The backup to check")
        Path file;

        @Override
        public Integer call() {
            BackupService.Verification v = BackupService.verify(file, Passphrases.fromFileOrEnvironment(backup.root.passphraseFile));
            if (!v.good()) {
                throw new org.hubdesk.domain.common.UserInputException("The backup " + file.toAbsolutePath() + " " + v.message());
            }
            backup.out().println("Good: " + file.toAbsolutePath() + " " + v.message());
            return 0;
        }
    }
}
