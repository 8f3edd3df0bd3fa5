package org.hubdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.hubdesk.store.Database;

/**
 * A service over the open store whose actions are dated by one clock (a test or the demo fixes it): each public
 * method is one {@code database.transaction}, and what it calls today is {@link #today()}.
 */
public abstract class DatedService {
    protected final Database database;
    protected final Clock clock;

    protected DatedService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Saves an edit made from a record as opened at {@code openedVersion}: checked against that
     * version (a StaleEditException, nothing saved, if someone saved since), or unchecked when the
     * version is null, as undo saves.
     */
    protected static void save(Integer openedVersion, Runnable unchecked, IntConsumer checked) {
        if (openedVersion == null) {
            unchecked.run();
        } else {
            checked.accept(openedVersion);
        }
    }
}
