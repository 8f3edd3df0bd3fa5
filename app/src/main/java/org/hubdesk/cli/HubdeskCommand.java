package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hubdesk.service.Passphrases;
import org.hubdesk.service.Services;
import org.hubdesk.service.DataDirectory;
import org.hubdesk.service.TeamDatabase;
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
            DueCommand.class, GroupCommand.class, HistoryCommand.class, TransferCommand.class, PlannerCommand.class},
        footer = {"", "Environment: HUBDESK_DATA_DIR picks the data folder; HUBDESK_PASSPHRASE unlocks an encrypted store;",
            "HUBDESK_DATABASE_URL, HUBDESK_DATABASE_USER and HUBDESK_DATABASE_PASSWORD use a team database on PostgreSQL.",
            "Exit codes: 0 success, 1 a problem the message names, 2 a mistake in the command."})
public final class HubdeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data folder (default: $HUBDESK_DATA_DIR, else the per-user data folder)")
    Path dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "File holding the passphrase of an encrypted store (else $HUBDESK_PASSPHRASE)")
    Path passphraseFile;

    @Option(names = "--database-url", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "A team database on PostgreSQL, jdbc:postgresql://HOST:PORT/DB (default: $HUBDESK_DATABASE_URL;"
                    + " without either, the embedded file in the data folder)")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "NAME", scope = CommandLine.ScopeType.INHERIT,
            description = "The team database's user (default: $HUBDESK_DATABASE_USER)")
    String databaseUser;

    @Option(names = "--database-password-file", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "File holding the team database's password (else $HUBDESK_DATABASE_PASSWORD)")
    Path databasePasswordFile;

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

    /** The team database named by the options and environment, if any. */
    Optional<TeamDatabase> teamDatabase() {
        return TeamDatabase.configured(databaseUrl, databaseUser);
    }

    /** Opens the store named by the options and environment: the team database if one is named, else the file. */
    Services openServices() {
        Optional<TeamDatabase> team = teamDatabase();
        if (team.isPresent()) {
            return Services.openTeam(team.get(), TeamDatabase.password(databasePasswordFile), dataDirectory());
        }
        return Services.open(dataDirectory(), Passphrases.fromFileOrEnvironment(passphraseFile));
    }

    /** Refuses a command that works on the embedded file only (restore, backup list) when a team database is named. */
    void requireEmbeddedStore(String what) {
        teamDatabase().ifPresent(team -> {
            throw new org.hubdesk.domain.common.UserInputException(what + " works on the embedded file only, not on the team database "
                    + team.url() + ": back the server up and restore it with pg_dump and pg_restore (README, Team database)");
        });
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HubdeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Hubdesk " + (v == null ? "development build" : v)};
        }
    }
}
