package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hubdesk export planner}: the forward planner as one .ics calendar. */
@Command(name = "planner", mixinStandardHelpOptions = true,
        description = {"The forward planner's events of a year (or of --from/--to) as one .ics calendar (METHOD:PUBLISH)",
            "for Outlook or any calendar; each event keeps its UID, so a later export updates what was imported."})
final class ExportPlannerCommand extends FeatureCommand.Action<ExportCommand> {
    @Option(names = "--year", paramLabel = "YYYY", description = "The calendar year (default: this year)")
    Integer year;

    @Mixin
    DateRange days;

    @Option(names = "--ics", paramLabel = "FILE.ics", description = "Where to write it (default: planner-YYYY.ics here)")
    Path ics;

    private LocalDate first;
    private LocalDate last;
    private Path out;

    @Override
    void check() {
        if (year != null && (days.from != null || days.to != null)) {
            throw new UserInputException("Give either --year or --from/--to, not both");
        }
        if (year != null && (year < 1900 || year > 2999)) {
            throw new UserInputException("'" + year + "' is not a year: write it as YYYY");
        }
        int y = year != null ? year : LocalDate.now().getYear();
        first = days.first(LocalDate.of(y, 1, 1));
        last = days.last(days.from != null ? first.plusYears(1).minusDays(1) : LocalDate.of(y, 12, 31));
        out = ics != null ? ics : Path.of("planner-" + (days.from != null ? first.toString() : String.valueOf(y)) + ".ics");
    }

    @Override
    void run(Services services, PrintWriter printed) {
        int n = services.planner().writeIcs(first, last, out);
        printed.println("Wrote " + out.toAbsolutePath() + ": " + n + (n == 1 ? " event" : " events")
                + " from " + first + " to " + last);
    }
}
