package org.hubdesk.cli;

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
final class MeetingDocumentExport extends ExportCommand.DocumentExport {
    /** Writes one meeting's document in a format to a file, returning where it went. */
    interface Document {
        Path write(Services services, long meetingId, ReportFormat format, Path file);
    }

    private final Document document;

    @Mixin
    MeetingOption meeting;

    MeetingDocumentExport(Document document) {
        this.document = document;
    }

    @Override
    String save(Services services, ReportFormat format, Path file) {
        return "Saved the " + self.name() + " to " + document.write(services, meeting.id, format, file);
    }
}
