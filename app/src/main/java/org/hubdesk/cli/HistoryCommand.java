package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Who did what: a record's history, or the newest changes, one line each. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Who changed what: every change of one record (TABLE ID, e.g. person 4, action_item 12,",
            "delivery_plan 1), oldest first, or with --recent N the newest changes of any record.",
            "One line per change: YYYY-MM-DD HH:MM:SS  USER  added|changed|deleted TABLE ID  what changed."})
final class HistoryCommand extends RootAction {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TABLE", description = "The record's table, e.g. person, membership, action_item")
    String table;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "The record's id")
    Long id;

    @Option(names = "--recent", paramLabel = "N", description = "The newest N changes of any record instead")
    Integer recent;

    @Override
    void check() {
        if (recent == null && (table == null || id == null)) {
            throw new UserInputException("Name a record (history TABLE ID, e.g. history person 4) or give --recent N");
        }
    }

    @Override
    void run(Services services, PrintWriter out) {
        List<RecordChange> changes = recent != null ? services.history().recent(recent) : services.history().history(table, id);
        printEach(out, changes, RecordChange::line, () -> recent != null ? "No changes recorded yet."
                : "No changes recorded for " + table + " " + id + ".");
    }
}
