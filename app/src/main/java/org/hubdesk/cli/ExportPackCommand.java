package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code hubdesk export pack}: a meeting's agenda and papers as one PDF. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "The meeting pack: the agenda and every attached PDF paper as one bookmarked PDF.")
final class ExportPackCommand extends FeatureCommand.Action<ExportCommand> {
    @Mixin
    MeetingOption meeting;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf", description = "Only pdf (default)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Override
    void check() {
        if (!"pdf".equalsIgnoreCase(format)) {
            throw new org.hubdesk.domain.common.UserInputException("A meeting pack is a PDF: use --format pdf");
        }
    }

    @Override
    void run(Services services, PrintWriter printed) {
        var pack = services.meetings().writePack(meeting.id, out);
        printed.println("Wrote " + out.toAbsolutePath() + " (" + pack.pages() + " pages)");
        if (!pack.untaggedPapers().isEmpty()) {
            printed.println("Not tagged for screen readers, as their authors saved them: " + String.join(", ", pack.untaggedPapers()));
        }
    }
}
