package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.service.Passphrases;
import org.hubdesk.service.Services;
import org.hubdesk.service.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: the same services as the screens, for admins, scripts and tests. */
@Command(name = "hubdesk", mixinStandardHelpOptions = true, versionProvider = HubdeskCommand.Version.class,
        description = {"Hubdesk: learning hubs, delivery plans, meetings and board papers for a safeguarding children partnership.",
            "Without a subcommand it opens the desktop app."},
        subcommands = {DemoCommand.class, BackupCommand.class, ImportMembersCommand.class, ExportMembersCommand.class,
            PlanCommand.class, ExportCommand.class, DeliveryPlanCommand.class, MeetingCommand.class, ReviewCommand.class,
            LearningCommand.class, RestoreCommand.class, AuditCommand.class, ImportPerformanceCommand.class,
            DueCommand.class, GroupCommand.class},
        footer = {"", "Environment: HUBDESK_DATA_DIR picks the data folder; HUBDESK_PASSPHRASE unlocks an encrypted store.",
            "Exit codes: 0 success, 1 a problem the message names, 2 a mistake in the command."})
public final class HubdeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data folder (default: $HUBDESK_DATA_DIR, else the per-user data folder)")
    Path dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "File holding the passphrase of an encrypted store (else $HUBDESK_PASSPHRASE)")
    Path passphraseFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    /** Opens the store named by the options and environment. */
    Services openServices() {
        return Services.open(dataDirectory(), Passphrases.fromFileOrEnvironment(passphraseFile));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HubdeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Hubdesk " + (v == null ? "development build" : v)};
        }
    }
}
