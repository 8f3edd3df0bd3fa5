package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What the agenda and minutes exports share: a meeting, a format, a file; only the document differs. */
abstract class MeetingDocumentExport implements Callable<Integer> {
    @ParentCommand
    ExportCommand parent;

    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "The meeting's id (see 'meeting list')")
    long meeting;

    @Mixin
    ExportCommand.Output output;

    /** "agenda" or "minutes", as the confirmation says it. */
    abstract String documentName();

    abstract Path export(Services services, long meetingId, ReportFormat format, Path file);

    @Override
    public Integer call() {
        ReportFormat format = output.format();
        try (Services services = parent.root.openServices()) {
            Path written = export(services, meeting, format, output.file(format));
            parent.root.spec.commandLine().getOut().println("Saved the " + documentName() + " to " + written);
        }
        return 0;
    }
}
