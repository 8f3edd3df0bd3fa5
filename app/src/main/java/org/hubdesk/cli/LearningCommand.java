package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.service.Services;
import org.hubdesk.service.learning.LearningTrackerService;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The learning tracker from the command line: list the records with their stage, record new learning. */
@Command(name = "learning", mixinStandardHelpOptions = true, description = "The learning tracker: list and record learning.",
        subcommands = {LearningCommand.ListLearning.class, LearningCommand.New.class}, modelTransformer = LearningCommand.Sources.class)
final class LearningCommand extends FeatureCommand {
    /** The records learning is recorded from by number, one subcommand each: name, description, parameter, tracker call. */
    private static final List<From> FROM = List.of(
            new From("from-recommendation", "Record the learning behind a hub recommendation: its cycle, what was learned,"
                    + " the recommendation as a first key message.", "RECOMMENDATION_ID",
                    "The recommendation's number (the Learning screen shows them)", LearningTrackerService::addFromRecommendation),
            new From("from-review", "Send a case review's learning on to the tracker: a case review record with the review's"
                    + " learning as its findings.", "REVIEW_ID", "The case review's number (see 'hubdesk review list')",
                    LearningTrackerService::addFromCaseReview));

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every learning record with its stage and what is overdue, oldest activity first.")
    static final class ListLearning extends Action<LearningCommand> {
        @Option(names = "--stage", paramLabel = "STAGE",
                description = "Only one stage: identified, messages-agreed, disseminating, awaiting-impact-review, closed")
        String stage;

        @Option(names = "--overdue", description = "Only records with something overdue")
        boolean overdue;

        private LearningStage only;

        @Override
        void check() {
            only = stage == null ? null : parseStage(stage);
        }

        @Override
        void run(Services services, PrintWriter out) {
            out.printf("%-4s %-10s %-23s %-45s %-45s %s%n", "id", "from", "stage", "source", "activity", "overdue");
            for (TrackerLine l : services.learningTracker().tracker()) {
                if ((only != null && l.stage() != only) || (overdue && !l.isOverdue())) {
                    continue;
                }
                LearningRecord r = l.record();
                out.printf("%-4d %-10s %-23s %-45s %-45s %s%n", r.id(), r.activityFrom(), l.stage().label(), cut(l.source(), 45),
                        cut(r.activity(), 45), l.overdue());
            }
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = {"Record a piece of learning (stage: identified).",
        "Prints its id, for 'export dissemination-plan --learning ID' and 'export seven-minute-briefing --learning ID'."})
    static final class New extends Recording {
        @Option(names = "--source", required = true, paramLabel = "KIND",
                description = "hub cycle, case review, audit, user feedback, complaints or other")
        String source;

        @Option(names = "--cycle", paramLabel = "ID", description = "The hub cycle, when --source is hub cycle")
        Long cycle;

        @Option(names = "--reference", paramLabel = "TEXT", description = "The review's or audit's name or number")
        String reference;

        @Option(names = "--subgroup", paramLabel = "NAME", description = "The subgroup the learning came to")
        String subgroup;

        @Option(names = "--activity", required = true, paramLabel = "TEXT", description = "Brief description of the activity")
        String activity;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "When the activity was undertaken (or began)")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "When it ended")
        String to;

        @Option(names = "--findings", paramLabel = "TEXT", description = "Summary of findings")
        String findings;

        private LearningSourceKind kind;
        private LocalDate start;
        private LocalDate end;

        @Override
        void check() {
            kind = LearningSourceKind.parse(source);
            start = Typed.date(from);
            end = Typed.date(to, null);
        }

        @Override
        LearningRecord record(LearningTrackerService tracker) {
            return tracker.add(LearningRecord.identified(kind, cycle, reference, subgroup, activity, start, end, findings));
        }
    }

    /** One row of {@link #FROM}: a subcommand recording learning from another record, named by its number. */
    record From(String name, String description, String label, String about, BiFunction<LearningTrackerService, Long, LearningRecord> add) {
    }

    /** Adds the {@link #FROM} subcommands, in order, after the annotated ones. */
    static final class Sources implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec learning) {
            for (From from : FROM) {
                CommandLine made = new CommandLine(new FromRecord(from.add()));
                made.getCommandSpec().name(from.name()).usageMessage().description(from.description());
                made.getCommandSpec().addPositional(PositionalParamSpec.builder().index("0").paramLabel(from.label())
                        .description(from.about()).type(long.class).build());
                learning.addSubcommand(from.name(), made);
            }
            return learning;
        }
    }

    /** Records learning from the record whose number is its one parameter. */
    @Command(mixinStandardHelpOptions = true)
    static final class FromRecord extends Recording {
        private final BiFunction<LearningTrackerService, Long, LearningRecord> add;

        @Spec
        CommandSpec self;

        FromRecord(BiFunction<LearningTrackerService, Long, LearningRecord> add) {
            this.add = add;
        }

        @Override
        LearningRecord record(LearningTrackerService tracker) {
            return add.apply(tracker, self.positionalParameters().get(0).getValue());
        }
    }

    /** A subcommand that records a piece of learning (stage: identified) and prints its id, for the exports that take it. */
    abstract static class Recording extends Action<LearningCommand> {
        abstract LearningRecord record(LearningTrackerService tracker);

        @Override
        void run(Services services, PrintWriter out) {
            LearningRecord r = record(services.learningTracker());
            out.printf("Learning %d: %s (identified)%n", r.id(), r.activity());
        }
    }

    static LearningStage parseStage(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LearningStage s : LearningStage.values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new org.hubdesk.domain.common.UserInputException("'" + text + "' is not a stage; stages are identified, messages-agreed, "
                + "disseminating, awaiting-impact-review, closed");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
