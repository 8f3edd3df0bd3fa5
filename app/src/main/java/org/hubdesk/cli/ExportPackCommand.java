package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hubdesk export pack}: a meeting's agenda and papers as one PDF. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "The meeting pack: the agenda and every attached PDF paper as one bookmarked PDF.")
final class ExportPackCommand implements Callable<Integer> {
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
            var pack = services.meetings().writePack(meeting, out);
            var printed = parent.root.spec.commandLine().getOut();
            printed.println("Wrote " + out.toAbsolutePath() + " (" + pack.pages() + " pages)");
            if (!pack.untaggedPapers().isEmpty()) {
                printed.println("Not tagged for screen readers, as their authors saved them: " + String.join(", ", pack.untaggedPapers()));
            }
        }
        return 0;
    }
}
