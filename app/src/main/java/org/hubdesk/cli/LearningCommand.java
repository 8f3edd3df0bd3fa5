package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.service.Services;
import org.hubdesk.service.learning.LearningTrackerService;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The learning tracker from the command line: list the records with their stage, record new learning. */
@Command(name = "learning", mixinStandardHelpOptions = true, description = "The learning tracker: list and record learning.",
        subcommands = {LearningCommand.ListLearning.class, LearningCommand.New.class, LearningCommand.FromRecommendation.class,
            LearningCommand.FromReview.class})
final class LearningCommand extends FeatureCommand {
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

    @Command(name = "from-recommendation", mixinStandardHelpOptions = true,
            description = "Record the learning behind a hub recommendation: its cycle, what was learned, the recommendation as a first key message.")
    static final class FromRecommendation extends Recording {
        @Parameters(paramLabel = "RECOMMENDATION_ID", description = "The recommendation's number (the Learning screen shows them)")
        long recommendation;

        @Override
        LearningRecord record(LearningTrackerService tracker) {
            return tracker.addFromRecommendation(recommendation);
        }
    }

    @Command(name = "from-review", mixinStandardHelpOptions = true,
            description = "Send a case review's learning on to the tracker: a case review record with the review's learning as its findings.")
    static final class FromReview extends Recording {
        @Parameters(paramLabel = "REVIEW_ID", description = "The case review's number (see 'hubdesk review list')")
        long review;

        @Override
        LearningRecord record(LearningTrackerService tracker) {
            return tracker.addFromCaseReview(review);
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
