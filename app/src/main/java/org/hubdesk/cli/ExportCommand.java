package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.service.report.ReportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hubdesk export REPORT [scope] --format docx|pdf --out FILE}. Each report is a subcommand
 * extending {@link ReportExport}; a feature adds its report with one line in {@code subcommands}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a report as a Word document (.docx) or a PDF, or the hub timeline as a picture (.png) or a PDF.",
        subcommands = {
            ExportCommand.Register.class,
            ExportCommand.Actions.class,
            ExportCommand.AnnualReport.class,
            ExportCommand.Governance.class,
            ExportCommand.HubProgramme.class,
            ExportCommand.Recommendations.class,
            ExportCommand.CaseReviews.class,
            ExportCommand.LcsprDecision.class,
            ExportTimelineCommand.class,
            ExportCommand.DeliveryPlan.class,
            ExportAgendaCommand.class,
            ExportPlannerCommand.class,
            ExportMinutesCommand.class,
            ExportIcsCommand.class,
            ExportPackCommand.class,
            ExportCommand.SummaryOfLearning.class,
            ExportCommand.DisseminationPlan.class,
            ExportCommand.SevenMinuteBriefing.class,
            ExportAssuranceCommands.Section11.class,
            ExportAssuranceCommands.Section175.class,
            ExportAssuranceCommands.Vcs.class,
            ExportAssuranceCommands.Performance.class,
            ExportAssuranceCommands.AuditCalendar.class,
        },
        footer = {"", "Example: hubdesk export annual-report --year 2025 --format docx --out annual-report-2025-26.docx"})
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** --format and --out, shared by every report. */
    public static final class Output {
        @Option(names = "--format", paramLabel = "docx|pdf",
                description = "File format (default: from the --out file name's ending)")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to save the report")
        Path out;

        /** The format asked for; a file name without a known ending gets the format's ending. */
        ReportFormat format() {
            ReportFormat byName = ReportFormat.ofFile(out);
            if (format == null) {
                if (byName == null) {
                    throw new UserInputException("Give --format docx or --format pdf, or end the --out file name in .docx or .pdf");
                }
                return byName;
            }
            ReportFormat wanted = ReportFormat.parse(format);
            if (byName != null && byName != wanted) {
                throw new UserInputException("--out " + out + " ends in ." + byName.extension() + " but --format is "
                        + wanted.extension() + "; make them agree");
            }
            return wanted;
        }

        Path file(ReportFormat f) {
            return ReportFormat.ofFile(out) == null ? Path.of(out + "." + f.extension()) : out;
        }
    }

    /** A report's subcommand: names the report and its scope; exporting is the same for all. */
    public abstract static class ReportExport implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Mixin
        Output output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec self;

        /** The report's id in the report catalogue: the subcommand's name. */
        protected String reportId() {
            return self.name();
        }

        protected abstract ReportScope scope();

        @Override
        public Integer call() {
            ReportFormat format = output.format();
            try (Services services = export.root.openServices()) {
                ReportService.Export done = services.reports().export(reportId(), scope(), format, output.file(format),
                        (fraction, message) -> { });
                export.root.spec.commandLine().getOut().println("Saved " + done.title() + " (" + format.extension().toUpperCase(
                        java.util.Locale.ROOT) + ") to " + done.file());
            }
            return 0;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "A group's membership register (core and ad hoc members by agency, deputies, quoracy).")
    static final class Register extends ReportExport {
        @Option(names = "--group", required = true, paramLabel = "NAME", description = "The group, e.g. \"Learning Hub\"")
        String group;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofGroup(group);
        }
    }

    @Command(name = "actions", mixinStandardHelpOptions = true,
            description = "The action tracker: every action by status, lead and due date.")
    static final class Actions extends ReportExport {
        @Override
        protected ReportScope scope() {
            return ReportScope.none();
        }
    }

    @Command(name = "annual-report", mixinStandardHelpOptions = true,
            description = "A first draft of the annual report for one partnership year.")
    static final class AnnualReport extends ReportExport {
        @Option(names = "--year", paramLabel = "YYYY",
                description = "The year the partnership year starts in (2025 = 2025-26); default: the latest year with data")
        Integer year;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofYear(year);
        }
    }

    @Command(name = "governance", mixinStandardHelpOptions = true,
            description = "The governance chart (who reports to whom), each group's accountability and terms review, and the Back to Practice model.")
    static final class Governance extends ReportExport {
        @Override
        protected String reportId() {
            return "governance";
        }

        @Override
        protected ReportScope scope() {
            return ReportScope.none();
        }
    }

    @Command(name = "delivery-plan", mixinStandardHelpOptions = true,
            description = "A delivery plan laid out as Appendix 2 of the Learning Hub terms of reference.")
    static final class DeliveryPlan extends ReportExport {
        @Option(names = "--plan", paramLabel = "N", description = "The plan's number (see 'hubdesk delivery-plan list'); default: the most recently changed")
        Long plan;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofItemOrNone(plan);
        }
    }

    @Command(name = "hub-programme", mixinStandardHelpOptions = true,
            description = "The Learning Hub programme of a partnership year: timeline and month-by-month activities (Appendix 3).")
    static final class HubProgramme extends ReportExport {
        @Option(names = "--year", paramLabel = "YYYY",
                description = "The year the partnership year starts in (2026 = 2026-27); default: this year, else the latest planned")
        Integer year;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofYear(year);
        }
    }

    @Command(name = "recommendations", mixinStandardHelpOptions = true,
            description = "The Learning Hub's recommendations to the Partnership Board, with decisions and actions' progress.")
    static final class Recommendations extends ReportExport {
        /** One or the other: a whole year's cycles or one cycle. */
        static final class Scope {
            @Option(names = "--year", paramLabel = "YYYY",
                    description = "The year the partnership year starts in (2026 = 2026-27); default: this year, else the latest")
            Integer year;

            @Option(names = "--cycle", paramLabel = "ID", description = "One hub cycle only, by its number")
            Long cycle;
        }

        @CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
        Scope scope;

        @Override
        protected ReportScope scope() {
            if (scope == null) {
                return ReportScope.none();
            }
            return new ReportScope(null, scope.year, scope.cycle);
        }
    }

    @Command(name = "case-reviews", mixinStandardHelpOptions = true,
            description = "The case review report for the board: each review, its clocks met or missed, decisions and actions.")
    static final class CaseReviews extends ReportExport {
        @Option(names = "--year", paramLabel = "YYYY",
                description = "The year the partnership year starts in (2026 = 2026-27); default: this year")
        Integer year;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofYear(year);
        }
    }

    @Command(name = "lcspr-decision", mixinStandardHelpOptions = true,
            description = "One review's LCSPR decision record: the eight criteria ticked with notes, and the outcome.")
    static final class LcsprDecision extends ReportExport {
        @Option(names = "--review", paramLabel = "N", description = "The review's number (see 'hubdesk review list'); default: the latest decision")
        Long review;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofItemOrNone(review);
        }
    }

    @Command(name = "summary-of-learning", mixinStandardHelpOptions = true,
            description = "Summary of learning (Appendix B): a partnership year's learning by subgroup, key messages and target audiences.")
    static final class SummaryOfLearning extends ReportExport {
        @Option(names = "--year", paramLabel = "YYYY",
                description = "The year the partnership year starts in (2026 = 2026-27); default: this year, else the latest with learning")
        Integer year;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofYear(year);
        }
    }

    @Command(name = "dissemination-plan", mixinStandardHelpOptions = true,
            description = "A learning record's dissemination action plan (Appendix C): the four audiences, methods, measures of success.")
    static final class DisseminationPlan extends ReportExport {
        @Option(names = "--learning", paramLabel = "ID",
                description = "The learning record (see 'hubdesk learning list'); default: the latest with a plan")
        Long learning;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofItemOrNone(learning);
        }
    }

    @Command(name = "seven-minute-briefing", mixinStandardHelpOptions = true,
            description = "A one-page, seven-part 7-minute briefing on a learning record, for team meetings.")
    static final class SevenMinuteBriefing extends ReportExport {
        @Option(names = "--learning", paramLabel = "ID",
                description = "The learning record (see 'hubdesk learning list'); default: the latest with agreed key messages")
        Long learning;

        @Override
        protected ReportScope scope() {
            return ReportScope.ofItemOrNone(learning);
        }
    }
}
