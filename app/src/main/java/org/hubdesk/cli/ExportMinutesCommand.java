package org.hubdesk.cli;

import java.nio.file.Path;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;

/** {@code hubdesk export minutes --meeting ID --format docx|pdf --out FILE}. */
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "A meeting's minutes, as edited (else a fresh draft), as a Word document or a PDF.")
final class ExportMinutesCommand extends MeetingDocumentExport {
    @Override
    String documentName() {
        return "minutes";
    }

    @Override
    Path export(Services services, long meetingId, ReportFormat format, Path file) {
        return services.meetings().exportMinutes(meetingId, format, file);
    }
}
