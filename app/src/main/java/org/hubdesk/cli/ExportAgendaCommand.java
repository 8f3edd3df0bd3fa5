package org.hubdesk.cli;

import java.nio.file.Path;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;

/** {@code hubdesk export agenda --meeting ID --format docx|pdf --out FILE}. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "A meeting's agenda (items, paper or discussion, lead, times) as a Word document or a PDF.")
final class ExportAgendaCommand extends MeetingDocumentExport {
    @Override
    String documentName() {
        return "agenda";
    }

    @Override
    Path export(Services services, long meetingId, ReportFormat format, Path file) {
        return services.meetings().exportAgenda(meetingId, format, file);
    }
}
