package org.hubdesk.service.history;

import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.store.ChangeLogRepository;
import org.hubdesk.store.Database;

/**
 * Who did what: the history of one record (every change, with its user and time), and the newest
 * change id that screens poll to refresh when a colleague edits the team database.
 */
public final class HistoryService {
    private final Database database;

    public HistoryService(Database database) {
        this.database = database;
    }

    /** The tables whose records have a history, by the names the change log uses. */
    public List<String> tables() {
        return database.tableNames().stream().filter(t -> !t.equals("change_log")).toList();
    }

    /** Every change of one record, oldest first (empty if it was never changed through Hubdesk). */
    public List<RecordChange> history(String table, long recordId) {
        String name = table == null ? "" : table.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (!tables().contains(name)) {
            throw new UserInputException("There is no table '" + table + "'; one of: " + String.join(", ", tables()));
        }
        return database.transaction(ctx -> new ChangeLogRepository(ctx).history(name, recordId));
    }

    /** The newest changes of any record, newest first. */
    public List<RecordChange> recent(int limit) {
        if (limit < 1) {
            throw new UserInputException("The number of changes to show must be 1 or more, not " + limit);
        }
        return database.transaction(ctx -> new ChangeLogRepository(ctx).recent(limit));
    }

    /**
     * A number that grows whenever anyone commits an edit: a screen that remembers it can ask,
     * cheaply and every few seconds, whether what it shows may have changed.
     */
    public long lastChange() {
        return database.transaction(ctx -> new ChangeLogRepository(ctx).lastChangeId());
    }

    /** Who this copy of Hubdesk records its edits as. */
    public String user() {
        return database.user();
    }
}
