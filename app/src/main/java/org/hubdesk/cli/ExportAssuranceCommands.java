package org.hubdesk.cli;

import org.hubdesk.service.report.ReportScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The Assurance area's exports; each is listed in {@link ExportCommand}'s subcommands. */
final class ExportAssuranceCommands {
    private ExportAssuranceCommands() {
    }

    /** A report scoped by --year. */
    abstract static class YearExport extends ExportCommand.ReportExport {
        @Option(names = "--year", paramLabel = "YYYY", description = "The year (the round's start year, or the partnership year); default: the latest")
        Integer year;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofYear(year);
        }
    }

    @Command(name = "section-11-overview", mixinStandardHelpOptions = true,
            description = "The Section 11 round's overview for the Learning Hub: heat map, changes, returns outstanding, challenge panel.")
    static final class Section11 extends YearExport {    }

    @Command(name = "section-175-overview", mixinStandardHelpOptions = true,
            description = "The Section 175 schools round's overview: heat map, changes, schools not yet returned, challenge panel.")
    static final class Section175 extends YearExport {    }

    @Command(name = "vcs-overview", mixinStandardHelpOptions = true,
            description = "The voluntary and community sector checklist round's overview.")
    static final class Vcs extends YearExport {    }

    @Command(name = "performance", mixinStandardHelpOptions = true,
            description = "A partnership year's multi-agency performance data: exceptions, figures and commentary, trend charts.")
    static final class Performance extends YearExport {    }

    @Command(name = "audit-calendar", mixinStandardHelpOptions = true,
            description = "A partnership year's multi-agency audit and observation calendar by month.")
    static final class AuditCalendar extends YearExport {    }
}
