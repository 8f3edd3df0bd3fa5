package org.hubdesk.cli;

import java.io.PrintWriter;
import org.hubdesk.domain.governance.TermsReview;
import org.hubdesk.domain.members.Group;
import org.hubdesk.service.Services;
import org.hubdesk.service.governance.GovernanceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A group's terms of reference: show them, record a review of them, set accountability in words. */
@Command(name = "group", mixinStandardHelpOptions = true, description = "A group's terms of reference and their reviews.",
        subcommands = {GroupCommand.Show.class, GroupCommand.Review.class, GroupCommand.Accountability.class})
final class GroupCommand extends FeatureCommand {
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the terms of reference: purpose, accountability, frequency, quorum, membership, date for next review.")
    static final class Show extends Action<GroupCommand> {
        @Parameters(paramLabel = "GROUP", description = "The group's name, e.g. \"Learning Hub\"")
        String group;

        @Override
        void run(Services services, PrintWriter out) {
            GovernanceService governance = services.governance();
            governance.termsOfReference(governance.groupNamed(group).id()).lines(governance.today()).forEach(out::println);
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Record a review of the group's terms of reference and set the date for the next review",
                "(default: a year after the review, as seed 000's annual review)."})
    static final class Review extends OfGroup {
        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Day the terms were reviewed (default: today)")
        String on;

        @Option(names = "--next", paramLabel = "YYYY-MM-DD", description = "Date for next review (default: a year after the review)")
        String next;

        @Option(names = "--note", paramLabel = "TEXT", description = "What the review changed")
        String note;

        @Override
        void run(GovernanceService governance, Group g, PrintWriter out) {
            TermsReview r = governance.recordReview(g.id(), Typed.date(on, null), Typed.date(next, null), note);
            out.println("Recorded the review of the terms of reference of " + g.name() + " on "
                    + r.reviewedOn() + "; date for next review: " + r.nextReviewOn());
        }
    }

    @Command(name = "accountability", mixinStandardHelpOptions = true,
            description = "Set whom the group is accountable to and how it reports, in words (an empty TEXT clears it).")
    static final class Accountability extends OfGroup {
        @Parameters(index = "1", paramLabel = "TEXT", description = "e.g. \"Reports to the Partnership Board twice yearly\"")
        String text;

        @Override
        void run(GovernanceService governance, Group g, PrintWriter out) {
            governance.setAccountability(g.id(), text);
            out.println("Accountability of " + g.name() + ": " + governance.termsOfReference(g.id()).accountabilityText());
        }
    }

    /** A subcommand that changes one group's terms of reference: the group its first parameter, GROUP, names. */
    abstract static class OfGroup extends Action<GroupCommand> {
        @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name")
        String group;

        abstract void run(GovernanceService governance, Group group, PrintWriter out);

        @Override
        void run(Services services, PrintWriter out) {
            GovernanceService governance = services.governance();
            run(governance, governance.groupNamed(group), out);
        }
    }
}
