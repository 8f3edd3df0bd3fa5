package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Passphrases;
import org.hubdesk.service.backup.BackupService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup back as the database. The current file is first kept in backups/ as a",
            "'before-restore' backup, so a restore can itself be undone. Close the app first."},
        footer = {"", "Examples: hubdesk restore --latest   hubdesk restore --from backups/hubdesk-20270105-091500-000-daily.zip"})
final class RestoreCommand extends RootAction {
    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--from", paramLabel = "FILE.zip", description = "The backup to restore") Path from;
        @Option(names = "--latest", description = "Restore the newest backup in backups/") boolean latest;
    }

    @Override
    public Integer call() {
        root.requireEmbeddedStore("hubdesk restore");
        Path dataDir = root.dataDirectory();
        Path file = source.from;
        if (file == null) {
            file = BackupService.latest(dataDir).map(BackupService.Backup::file)
                    .orElseThrow(() -> new UserInputException("There is no backup in " + BackupService.folder(dataDir.toAbsolutePath())
                            + " to restore"));
        }
        Optional<BackupService.Backup> safety = BackupService.restore(dataDir, file,
                Passphrases.fromFileOrEnvironment(root.passphraseFile), Clock.systemDefaultZone());
        PrintWriter out = out();
        out.println("Restored " + file.toAbsolutePath() + " into " + dataDir.toAbsolutePath());
        safety.ifPresent(b -> out.println("The file it replaced is kept as " + b.file().toAbsolutePath()
                + "; to undo: hubdesk restore --from " + b.file().toAbsolutePath()));
        return 0;
    }
}
