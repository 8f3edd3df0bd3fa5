package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent backup of the database (a .zip, still encrypted if the store is).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the backup")
    Path out;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            services.backupTo(out);
            root.spec.commandLine().getOut().println("Backed up " + services.dataDirectory() + " to " + out.toAbsolutePath());
        }
        return 0;
    }
}
