package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hubdesk export NAME ...}: documents for people outside Hubdesk. Each feature adds its
 * subcommands here (when merging, keep every side's subcommands).
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write documents (invitations, packs, reports) to files.",
        subcommands = {ExportCommand.Ics.class, ExportCommand.Pack.class})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "ics", mixinStandardHelpOptions = true,
            description = "A calendar invitation (.ics, RFC 5545) for a meeting, with its agenda; opens in Outlook.")
    static final class Ics implements Callable<Integer> {
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

    @Command(name = "pack", mixinStandardHelpOptions = true,
            description = "The meeting pack: the agenda and every attached PDF paper as one bookmarked PDF.")
    static final class Pack implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Option(names = "--meeting", required = true, paramLabel = "ID", description = "The meeting's id (see 'meeting list')")
        long meeting;

        @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf", description = "Only pdf (default)")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;

        @Override
        public Integer call() {
            if (!"pdf".equalsIgnoreCase(format)) {
                throw new org.hubdesk.domain.common.UserInputException("A meeting pack is a PDF: use --format pdf");
            }
            try (Services services = parent.root.openServices()) {
                int pages = services.meetings().writePack(meeting, out);
                parent.root.spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath() + " (" + pages + " pages)");
            }
            return 0;
        }
    }
}
