package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.domain.assurance.PerformanceImport;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import org.hubdesk.service.assurance.PerformanceImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-performance", mixinStandardHelpOptions = true,
        description = {"Import the quarterly multi-agency dataset from .xlsx or .csv: one row per indicator per quarter",
            "(Indicator, Quarter, Value; optional Theme, Agency, Unit, Polarity, Target, Commentary).",
            "Shows every row first; writes nothing if any row has an error."})
final class ImportPerformanceCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The dataset, .xlsx or .csv")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would be imported")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (Services services = root.openServices()) {
            PerformanceImportPreview preview = services.performance().previewImport(file);
            if (!preview.rows().isEmpty()) {
                out.println("Preview of " + file + ":");
            }
            for (PerformanceImport.Row row : preview.rows()) {
                out.printf("Row %-4d %-52s %-13s %10s%s%s%n", row.rowNumber(),
                        AuditCommand.abbreviate(row.indicator() == null ? "(no indicator)" : row.indicator().name(), 52),
                        row.quarter() == null ? "?" : row.quarter().label(),
                        row.value() == null ? "?" : row.indicator() == null ? row.value().toString() : row.indicator().format(row.value()),
                        row.newIndicator() && row.indicator() != null ? " [new indicator: " + row.indicator().theme() + "]" : "",
                        row.hasErrors() ? "   <-- ERROR: " + String.join("; ", row.errors()) : "");
            }
            preview.fileErrors().forEach(e -> out.println("ERROR: " + e));
            if (preview.hasErrors()) {
                out.flush();
                throw new UserInputException(preview.summary());
            }
            if (dryRun) {
                out.println("Dry run: " + preview.summary() + "; nothing was written");
                return 0;
            }
            int n = services.performance().importConfirmed(preview);
            out.println("Imported " + n + " values" + (preview.newIndicators().isEmpty() ? ""
                    : "; new indicators: " + String.join(", ", preview.newIndicators())));
        }
        return 0;
    }
}
