package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueList;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What needs the business unit this week: the same list as Home, one line per item. */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = {"What needs doing: papers and minutes due, actions overdue and due soon, case review clocks,",
            "impact reviews, terms of reference due for review, and each group's next meeting with its quoracy risk.",
            "One line per item, sorted by date: YYYY-MM-DD  KIND  TEXT (an overdue item's text starts with \"overdue\")."})
final class DueCommand extends RootAction {
    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "" + DueList.DEFAULT_WITHIN_DAYS,
            description = "Days ahead to look, today included (overdue items are always shown); default ${DEFAULT-VALUE}")
    int within;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Count from this day instead of today")
    String today;

    @Override
    void run(Services services, PrintWriter out) {
        LocalDate day = Typed.date(today, services.due().today());
        printEach(out, services.due().due(day, within), DueItem::line, () -> "Nothing due within " + within + " days of " + day + ".");
    }
}
