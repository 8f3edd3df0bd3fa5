package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ReviewClock;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.service.Services;
import org.hubdesk.service.reviews.CaseReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Case reviews from the command line: record a referral or review and see its statutory clocks, list, show. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Record and list case reviews and their statutory clocks.",
        subcommands = {ReviewCommand.New.class, ReviewCommand.ListReviews.class, ReviewCommand.Show.class})
final class ReviewCommand extends FeatureCommand {
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Record a referral or a review. Prints its id and one line per statutory deadline",
                "(working days from the day after the date received, England and Wales bank holidays excluded)."})
    static final class New extends Action<ReviewCommand> {
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "rapid-review, single-agency, lcspr, seriously-good or led-elsewhere (a DHR or SAR)")
        String kind;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What the review is about (never a child's name)")
        String title;

        @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD",
                description = "Date the referral (or the single agency review's letter) was received; today or earlier")
        String received;

        @Option(names = "--reference", paramLabel = "TEXT", description = "Case reference, e.g. \"Child T\"; never a child's name")
        String reference;

        @Option(names = "--referred-by", paramLabel = "TEXT", description = "Who referred the case")
        String referredBy;

        @Option(names = "--agencies", paramLabel = "TEXT", description = "Agencies involved")
        String agencies;

        private ReviewKind review;
        private LocalDate day;

        @Override
        void check() {
            review = ReviewKind.parse(kind);
            day = Typed.date(received);
        }

        @Override
        void run(Services services, PrintWriter out) {
            CaseReview r = services.reviews().record(review, title, reference, day, referredBy, agencies);
            out.printf("Review %d: %s, %s, received %s%n", r.id(), r.kind().label(), r.title(), r.received());
            for (ReviewClock c : r.clocks()) {
                out.printf("%s: %s%n", c.label(), c.dueOn());
            }
            if (r.caseReferenceWarning() != null) {
                out.println("Warning: " + r.caseReferenceWarning());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List case reviews, latest received first, with their next clock.")
    static final class ListReviews extends Action<ReviewCommand> {
        @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind (rapid-review, single-agency, lcspr, seriously-good, led-elsewhere)")
        String kind;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "Only this status: referred, in-progress, awaiting-decision, completed, closed")
        String status;

        @Option(names = "--overdue", description = "Only open reviews with a clock overdue today")
        boolean overdue;

        private CaseReviewService.Filter filter;

        @Override
        void check() {
            filter = new CaseReviewService.Filter(kind == null ? null : ReviewKind.parse(kind),
                    status == null ? null : parseStatus(status), overdue);
        }

        @Override
        void run(Services services, PrintWriter out) {
            LocalDate today = services.reviews().today();
            out.printf("%-5s %-15s %-10s %-42s %-18s %s%n", "id", "kind", "received", "status", "reference", "next clock");
            for (CaseReview r : services.reviews().list(filter)) {
                ReviewClock next = r.status().open() ? r.nextClock() : null;
                out.printf("%-5d %-15s %-10s %-42s %-18s %s%n", r.id(), r.kind().code(), r.received(), r.status().label(),
                        r.caseReference() == null ? "-" : r.caseReference(),
                        next == null ? "-" : next.label() + ": " + next.dueOn() + " (" + next.light(today).label().toLowerCase(Locale.ROOT)
                                + ", " + next.describe(today) + ")");
                out.printf("      %s%n", r.title());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One review: its clocks, decisions and the LCSPR decision record.")
    static final class Show extends Action<ReviewCommand> {
        @Parameters(index = "0", paramLabel = "ID", description = "The review's number (see 'hubdesk review list')")
        long id;

        @Override
        void run(Services services, PrintWriter out) {
            LocalDate today = services.reviews().today();
            CaseReviewService.Detail d = services.reviews().detail(id);
            CaseReview r = d.review();
            out.printf("Review %d: %s, %s%n", r.id(), r.kind().label(), r.title());
            out.printf("Status: %s%n", r.status().label());
            out.printf("Received: %s%n", r.received());
            if (r.caseReference() != null) {
                out.printf("Case reference: %s%n", r.caseReference());
            }
            for (ReviewClock c : r.clocks()) {
                out.printf("%s: %s (%s)%n", c.label(), c.dueOn(), c.light(today).running()
                        ? c.light(today).label().toLowerCase(Locale.ROOT) + ", " + c.describe(today) : c.describe(today));
            }
            if (r.panelDecision() != null) {
                out.printf("Virtual Panel decision (%s): %s. %s%n", r.panelDecision().decidedOn(),
                        r.panelDecision().rapidReview() ? "rapid review" : "no rapid review", r.panelDecision().reason());
            }
            if (r.lcsprDecision() != null) {
                r.lcsprDecision().recordLines(r.title(), r.caseReference()).forEach(out::println);
            }
            d.milestones().forEach(m -> out.printf("Milestone: %s, due %s%s%n", m.title(), m.dueOn() == null ? "-" : m.dueOn(),
                    m.doneOn() == null ? "" : ", done " + m.doneOn()));
            d.actions().forEach(a -> out.printf("Action: %s (%s)%n", a.description(), a.statusLabel(today)));
        }
    }

    static ReviewStatus parseStatus(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ReviewStatus.values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UserInputException("'" + text + "' is not a review status; use one of " + Arrays.stream(ReviewStatus.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))));
    }
}
