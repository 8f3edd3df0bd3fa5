package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code hubdesk export agenda|minutes --meeting ID --format docx|pdf --out FILE}: a meeting, a format, a file;
 * only the document differs. The subcommand's name ("agenda", "minutes") is the document's, as the confirmation says it.
 */
@Command(mixinStandardHelpOptions = true)
final class MeetingDocumentExport extends FeatureCommand.Action<ExportCommand> {
    /** Writes one meeting's document in a format to a file, returning where it went. */
    interface Document {
        Path write(Services services, long meetingId, ReportFormat format, Path file);
    }

    private final Document document;

    @Mixin
    MeetingOption meeting;

    @Mixin
    ExportCommand.Output output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec self;

    MeetingDocumentExport(Document document) {
        this.document = document;
    }

    private ReportFormat format;

    @Override
    void check() {
        format = output.format();
    }

    @Override
    void run(Services services, PrintWriter out) {
        Path written = document.write(services, meeting.id, format, output.file(format));
        out.println("Saved the " + self.name() + " to " + written);
    }
}
