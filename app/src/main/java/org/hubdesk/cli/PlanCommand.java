package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.PlannedCycle;
import org.hubdesk.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan a Learning Hub programme: one cycle per priority, in the order given, each next cycle's",
            "scoping in the previous cycle's final month (the staggered model of the terms of reference)."},
        footer = {"", "Example: hubdesk plan --start 2027-05 --priority \"Neglect\" --priority \"Online harm\" --priority \"Missing children\""})
final class PlanCommand extends RootAction {
    @Option(names = "--start", required = true, paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
            description = "Month the first cycle's scoping takes place")
    YearMonth start;

    @Option(names = "--priority", required = true, paramLabel = "TITLE",
            description = "A priority, one cycle each, in order; repeat for each priority")
    List<String> priorities;

    @Override
    void run(Services services, PrintWriter out) {
        List<PlannedCycle> planned = services.hub().planProgramme(priorities, start);
        String year = services.hub().settings().year(planned.get(0).priority().partnershipYear()).label();
        out.printf("Planned %d hub cycle%s for %s:%n", planned.size(), planned.size() == 1 ? "" : "s", year);
        int n = 1;
        for (PlannedCycle p : planned) {
            out.printf("%2d. %s to %s  %s%n", n++, p.cycle().firstMonth(), p.cycle().lastMonth(), p.priority().title());
            out.println("    " + String.join(", ", p.cycle().phases().stream().map(PlanCommand::describe).toList()));
        }
        out.println("Each cycle still needs a lead from one of the safeguarding partners: set it on the timeline.");
        // A past programme is recorded, not refused: the warning goes to stderr and the exit code stays 0.
        services.hub().pastProgrammeWarning(planned).ifPresent(w -> err().println(w));
    }

    private static String describe(HubPhase phase) {
        String when = phase.months() == 1 ? phase.firstMonth().toString() : phase.firstMonth() + " to " + phase.lastMonth();
        return phase.kind().shortLabel().toLowerCase(java.util.Locale.ROOT) + " " + when;
    }

    /** YYYY-MM, with a message naming the format when it is not one. */
    static final class YearMonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a month: use YYYY-MM, e.g. 2027-05");
            }
        }
    }
}
