package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.hubdesk.service.Passphrases;
import org.hubdesk.service.Services;
import org.hubdesk.service.TeamDatabase;
import org.hubdesk.service.transfer.TransferService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Moves the whole partnership between the embedded file and a team database, checked by counts. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Copies the whole partnership (every record, with its history) from one store into an empty one",
            "(or, with --replace, into one whose data it replaces):",
            "a data folder or jdbc:h2:file:/FOLDER/hubdesk, or a team database jdbc:postgresql://HOST:PORT/DB.",
            "The server's user and password are the usual ones (--database-user, HUBDESK_DATABASE_PASSWORD or",
            "--database-password-file); an encrypted file's passphrase is HUBDESK_PASSPHRASE or --passphrase-file.",
            "Prints each table's rows in the source and the target; fails if any differ."})
final class TransferCommand extends RootAction {
    @Option(names = "--from", required = true, paramLabel = "URL|DIR", description = "Where the partnership is now")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL|DIR", description = "An empty store to copy it into")
    String to;

    @Option(names = "--replace", description = "If the target already holds data, print what it holds, delete it and copy over"
            + " it (in one transaction with the copy); without this a target that holds data is refused")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter writer = out();
        TransferService.Endpoint source = TransferService.Endpoint.parse(from);
        TransferService.Endpoint target = TransferService.Endpoint.parse(to);
        String user = root.databaseUser != null ? root.databaseUser : System.getenv(TeamDatabase.USER_VARIABLE);
        TransferService.Result result;
        try (Services in = source.open(user, TeamDatabase.password(root.databasePasswordFile),
                Passphrases.fromFileOrEnvironment(root.passphraseFile), root.dataDirectory(), true);
             Services out = target.open(user, TeamDatabase.password(root.databasePasswordFile),
                Passphrases.fromFileOrEnvironment(root.passphraseFile), root.dataDirectory(), false)) {
            Map<String, Long> held = TransferService.held(out);
            if (!held.isEmpty() && !replace) {
                err().println("hubdesk: " + target + " already holds data: " + TransferService.describe(held)
                        + "; nothing was copied: give --replace to delete it and copy over it, or choose an empty store");
                return 1;
            }
            if (!held.isEmpty()) {
                writer.println("Replacing what " + target + " holds: " + TransferService.describe(held));
            }
            result = TransferService.transfer(in, out, replace);
        }
        writer.println(String.format("%-32s %8s %8s", "table", "from", "to"));
        result.lines().forEach(writer::println);
        if (!result.matches()) {
            err().println("hubdesk: The transfer from " + source + " to " + target
                    + " did not copy every row (the tables marked DIFFERS above)");
            return 1;
        }
        writer.println("Copied " + result.rows() + " rows in " + result.source().size() + " tables from " + source + " to "
                + target + "; the counts match.");
        return 0;
    }
}
