package org.hubdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hubdesk export planner}: the forward planner as one .ics calendar. */
@Command(name = "planner", mixinStandardHelpOptions = true,
        description = {"The forward planner's events of a year (or of --from/--to) as one .ics calendar (METHOD:PUBLISH)",
            "for Outlook or any calendar; each event keeps its UID, so a later export updates what was imported."})
final class ExportPlannerCommand extends FeatureCommand.Action<ExportCommand> {
    @Option(names = "--year", paramLabel = "YYYY", description = "The calendar year (default: this year)")
    Integer year;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    @Option(names = "--ics", paramLabel = "FILE.ics", description = "Where to write it (default: planner-YYYY.ics here)")
    Path ics;

    @Override
    public Integer call() {
        if (year != null && (from != null || to != null)) {
            throw new UserInputException("Give either --year or --from/--to, not both");
        }
        if (year != null && (year < 1900 || year > 2999)) {
            throw new UserInputException("'" + year + "' is not a year: write it as YYYY");
        }
        int y = year != null ? year : LocalDate.now().getYear();
        LocalDate first = Typed.date(from, LocalDate.of(y, 1, 1));
        LocalDate last = Typed.date(to, from != null ? first.plusYears(1).minusDays(1) : LocalDate.of(y, 12, 31));
        Path out = ics != null ? ics : Path.of("planner-" + (from != null ? first.toString() : String.valueOf(y)) + ".ics");
        return withServices((services, printed) -> {
            int n = services.planner().writeIcs(first, last, out);
            printed.println("Wrote " + out.toAbsolutePath() + ": " + n + (n == 1 ? " event" : " events")
                    + " from " + first + " to " + last);
        });
    }
}
