package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.service.report.ReportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code hubdesk export REPORT [scope] --format docx|pdf --out FILE}. A catalogue report is one row of
 * {@link #SUBCOMMANDS}: its id, its description and its {@link ScopeOption}; an export that is more than a
 * report with one scope option is a class of its own, listed there too (the order is the help's).
 */
@Command(name = "export", mixinStandardHelpOptions = true, modelTransformer = ExportCommand.Subcommands.class,
        description = "Export a report as a Word document (.docx) or a PDF, or the hub timeline as a picture (.png) or a PDF.",
        footer = {"", "Example: hubdesk export annual-report --year 2025 --format docx --out annual-report-2025-26.docx"})
public final class ExportCommand extends FeatureCommand {
    private static final String ASSURANCE_YEAR = "The year (the round's start year, or the partnership year); default: the latest";

    private static final List<Supplier<CommandLine>> SUBCOMMANDS = List.of(
            report("register", "A group's membership register (core and ad hoc members by agency, deputies, quoracy).",
                    ScopeOption.group("The group, e.g. \"Learning Hub\"")),
            report("actions", "The action tracker: every action by status, lead and due date.", ScopeOption.NONE),
            report("annual-report", "A first draft of the annual report for one partnership year.",
                    ScopeOption.year("The year the partnership year starts in (2025 = 2025-26); default: the latest year with data")),
            report("governance", "The governance chart (who reports to whom), each group's accountability and terms review,"
                    + " and the Back to Practice model.", ScopeOption.NONE),
            report("hub-programme", "The Learning Hub programme of a partnership year: timeline and month-by-month activities (Appendix 3).",
                    ScopeOption.year("The year the partnership year starts in (2026 = 2026-27); default: this year, else the latest planned")),
            command(Recommendations::new),
            report("case-reviews", "The case review report for the board: each review, its clocks met or missed, decisions and actions.",
                    ScopeOption.year("The year the partnership year starts in (2026 = 2026-27); default: this year")),
            report("lcspr-decision", "One review's LCSPR decision record: the eight criteria ticked with notes, and the outcome.",
                    ScopeOption.item("--review", "N", "The review's number (see 'hubdesk review list'); default: the latest decision")),
            command(ExportTimelineCommand::new),
            report("delivery-plan", "A delivery plan laid out as Appendix 2 of the Learning Hub terms of reference.",
                    ScopeOption.item("--plan", "N", "The plan's number (see 'hubdesk delivery-plan list'); default: the most recently changed")),
            named("agenda", "A meeting's agenda (items, paper or discussion, lead, times) as a Word document or a PDF.",
                    () -> new MeetingDocumentExport((services, meeting, format, file) -> services.meetings().exportAgenda(meeting, format, file))),
            command(ExportPlannerCommand::new),
            named("minutes", "A meeting's minutes, as edited (else a fresh draft), as a Word document or a PDF.",
                    () -> new MeetingDocumentExport((services, meeting, format, file) -> services.meetings().exportMinutes(meeting, format, file))),
            command(ExportIcsCommand::new),
            command(ExportPackCommand::new),
            report("summary-of-learning", "Summary of learning (Appendix B): a partnership year's learning by subgroup, key messages"
                    + " and target audiences.",
                    ScopeOption.year("The year the partnership year starts in (2026 = 2026-27); default: this year, else the latest with learning")),
            report("dissemination-plan", "A learning record's dissemination action plan (Appendix C): the four audiences, methods, measures of success.",
                    ScopeOption.item("--learning", "ID", "The learning record (see 'hubdesk learning list'); default: the latest with a plan")),
            report("seven-minute-briefing", "A one-page, seven-part 7-minute briefing on a learning record, for team meetings.",
                    ScopeOption.item("--learning", "ID", "The learning record (see 'hubdesk learning list'); default: the latest with agreed key messages")),
            report("section-11-overview", "The Section 11 round's overview for the Learning Hub: heat map, changes, returns outstanding,"
                    + " challenge panel.", ScopeOption.year(ASSURANCE_YEAR)),
            report("section-175-overview", "The Section 175 schools round's overview: heat map, changes, schools not yet returned,"
                    + " challenge panel.", ScopeOption.year(ASSURANCE_YEAR)),
            report("vcs-overview", "The voluntary and community sector checklist round's overview.", ScopeOption.year(ASSURANCE_YEAR)),
            report("performance", "A partnership year's multi-agency performance data: exceptions, figures and commentary, trend charts.",
                    ScopeOption.year(ASSURANCE_YEAR)),
            report("audit-calendar", "A partnership year's multi-agency audit and observation calendar by month.",
                    ScopeOption.year(ASSURANCE_YEAR)));

    /** Without a report named, the usage goes to stderr and the exit code says the command was incomplete. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Adds {@link #SUBCOMMANDS}, in order, once picocli has built the command from its annotations. */
    static final class Subcommands implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec export) {
            for (Supplier<CommandLine> subcommand : SUBCOMMANDS) {
                CommandLine made = subcommand.get();
                export.addSubcommand(made.getCommandSpec().name(), made);
            }
            return export;
        }
    }

    private static Supplier<CommandLine> command(Supplier<Object> command) {
        return () -> new CommandLine(command.get());
    }

    private static Supplier<CommandLine> report(String id, String description, ScopeOption option) {
        return () -> {
            CommandLine made = named(id, description, () -> new CatalogueExport(option)).get();
            option.spec().ifPresent(made.getCommandSpec()::addOption);
            return made;
        };
    }

    /** A subcommand whose class serves several: the name and description are the row's, not the class's. */
    private static Supplier<CommandLine> named(String name, String description, Supplier<Object> command) {
        return () -> {
            CommandLine made = new CommandLine(command.get());
            made.getCommandSpec().name(name).usageMessage().description(description);
            return made;
        };
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
            return chosenFormat(format, out, ReportFormat.ofFile(out), ReportFormat::parse, ReportFormat::extension, "docx", "pdf");
        }

        Path file(ReportFormat f) {
            return ReportFormat.ofFile(out) == null ? Path.of(out + "." + f.extension()) : out;
        }
    }

    /**
     * The format of an export: the one given by --format, else the one the --out file's ending names; the two
     * must agree when both are given.
     */
    static <F> F chosenFormat(String given, Path out, F byName, Function<String, F> parse, Function<F, String> extension,
                              String first, String second) {
        if (given == null) {
            if (byName == null) {
                throw new UserInputException("Give --format " + first + " or --format " + second + ", or end the --out file name in ."
                        + first + " or ." + second);
            }
            return byName;
        }
        F wanted = parse.apply(given);
        if (byName != null && byName != wanted) {
            throw new UserInputException("--out " + out + " ends in ." + extension.apply(byName) + " but --format is "
                    + extension.apply(wanted) + "; make them agree");
        }
        return wanted;
    }

    /**
     * A document written in the {@link Output} format to the {@link Output} file (a report, a meeting's agenda or
     * minutes): the format is checked before the store opens; {@link #save} writes it and says where it went.
     */
    abstract static class DocumentExport extends Action<ExportCommand> {
        @Mixin
        Output output;

        @CommandLine.Spec
        CommandSpec self;

        private ReportFormat format;

        @Override
        void check() {
            format = output.format();
        }

        @Override
        void run(Services services, PrintWriter printed) {
            printed.println(save(services, format, output.file(format)));
        }

        /** Writes the document and returns the line confirming where it was saved. */
        abstract String save(Services services, ReportFormat format, Path file);
    }

    /** A report's subcommand: names the report and its scope; exporting is the same for all. */
    public abstract static class ReportExport extends DocumentExport {
        protected abstract ReportScope scope();

        @Override
        String save(Services services, ReportFormat format, Path file) {
            // The report's id in the report catalogue is the subcommand's name.
            ReportService.Export done = services.reports().export(self.name(), scope(), format, file, (fraction, message) -> { });
            return "Saved " + done.title() + " (" + format.extension().toUpperCase(Locale.ROOT) + ") to " + done.file();
        }
    }

    /** A catalogue report whose scope is its one {@link ScopeOption} (or nothing): one row of {@link #SUBCOMMANDS}. */
    @Command(mixinStandardHelpOptions = true)
    static final class CatalogueExport extends ReportExport {
        private final ScopeOption option;

        CatalogueExport(ScopeOption option) {
            this.option = option;
        }

        @Override
        protected ReportScope scope() {
            return option.scope(option.name() == null ? null : self.findOption(option.name()).getValue());
        }
    }

    /** The one option that scopes a catalogue report (--group, --year or an item's number), and the scope its value makes. */
    record ScopeOption(String name, String label, Class<?> type, boolean required, String description,
                       Function<Object, ReportScope> scope) {
        static final ScopeOption NONE = new ScopeOption(null, null, null, false, null, value -> ReportScope.none());

        static ScopeOption group(String description) {
            return new ScopeOption("--group", "NAME", String.class, true, description, value -> ReportScope.ofGroup((String) value));
        }

        static ScopeOption year(String description) {
            return new ScopeOption("--year", "YYYY", Integer.class, false, description, value -> ReportScope.ofYear((Integer) value));
        }

        static ScopeOption item(String name, String label, String description) {
            return new ScopeOption(name, label, Long.class, false, description, value -> ReportScope.ofItemOrNone((Long) value));
        }

        Optional<OptionSpec> spec() {
            return name == null ? Optional.empty() : Optional.of(OptionSpec.builder(name).paramLabel(label).type(type)
                    .required(required).description(description).build());
        }

        ReportScope scope(Object value) {
            return scope.apply(value);
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
}
