package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hubdesk.domain.assurance.PerformanceImport;
import org.hubdesk.service.Services;
import org.hubdesk.service.assurance.PerformanceImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import-performance", mixinStandardHelpOptions = true,
        description = {"Import the quarterly multi-agency dataset from .xlsx or .csv: one row per indicator per quarter",
            "(Indicator, Quarter, Value; optional Theme, Agency, Unit, Polarity, Target, Commentary).",
            "Shows every row first; writes nothing if any row has an error."})
final class ImportPerformanceCommand extends RootAction {
    @Parameters(index = "0", paramLabel = "FILE", description = "The dataset, .xlsx or .csv")
    Path file;

    @Mixin
    DryRun dryRun;

    @Override
    void run(Services services, PrintWriter out) {
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
        DryRun.refuseErrors(out, preview);
        if (dryRun.stops(out, preview.summary())) {
            return;
        }
        int n = services.performance().importConfirmed(preview);
        out.println("Imported " + n + " values" + (preview.newIndicators().isEmpty() ? ""
                : "; new indicators: " + String.join(", ", preview.newIndicators())));
    }
}
