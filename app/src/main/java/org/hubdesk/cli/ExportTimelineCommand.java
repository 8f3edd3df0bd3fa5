package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.hubdesk.service.Services;
import org.hubdesk.service.hub.TimelineExporter.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The Learning Hub timeline of a partnership year as a PNG picture or an A4 landscape PDF.",
            "--year 2026 is the partnership year starting in 2026 (2026-27 with an April start); the picture takes in",
            "the whole of every cycle on that year's priorities."},
        footer = {"", "Example: hubdesk export timeline --year 2026 --format pdf --out hub-timeline-2026-27.pdf"})
final class ExportTimelineCommand extends FeatureCommand.Action<ExportCommand> {
    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "First calendar year of the partnership year")
    int year;

    @Option(names = "--format", paramLabel = "png|pdf", description = "File format (default: from the --out file name's ending)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to save the picture")
    Path out;

    private Format chosen;

    @Override
    void check() {
        chosen = chosenFormat();
    }

    @Override
    void run(Services services, PrintWriter printed) {
        Path written = services.hub().exportTimeline(year, chosen, out);
        printed.println("Wrote the Learning Hub timeline for "
                + services.hub().settings().year(year).label() + " to " + written.toAbsolutePath());
    }

    private Format chosenFormat() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        Format byName = name.endsWith(".png") ? Format.PNG : name.endsWith(".pdf") ? Format.PDF : null;
        return ExportCommand.chosenFormat(format, out, byName, Format::parse, Format::extension, "png", "pdf");
    }
}
