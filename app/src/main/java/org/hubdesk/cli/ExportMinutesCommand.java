package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hubdesk export minutes --meeting ID --format docx|pdf --out FILE}. */
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "A meeting's minutes, as edited (else a fresh draft), as a Word document or a PDF.")
final class ExportMinutesCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand parent;

    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "The meeting's id (see 'meeting list')")
    long meeting;

    @Mixin
    ExportCommand.Output output;

    @Override
    public Integer call() {
        ReportFormat format = output.format();
        try (Services services = parent.root.openServices()) {
            Path written = services.meetings().exportMinutes(meeting, format, output.file(format));
            parent.root.spec.commandLine().getOut().println("Saved the minutes to " + written);
        }
        return 0;
    }
}
