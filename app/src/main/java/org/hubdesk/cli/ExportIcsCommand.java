package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hubdesk export ics}: a meeting's calendar invitation. */
@Command(name = "ics", mixinStandardHelpOptions = true,
        description = "A calendar invitation (.ics, RFC 5545) for a meeting, with its agenda; opens in Outlook.")
final class ExportIcsCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand parent;

    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "The meeting's id (see 'meeting list')")
    long meeting;

    @Option(names = "--out", required = true, paramLabel = "FILE.ics")
    Path out;

    @Override
    public Integer call() {
        try (Services services = parent.root.openServices()) {
            services.meetings().writeIcs(meeting, out);
            parent.root.spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        }
        return 0;
    }
}
