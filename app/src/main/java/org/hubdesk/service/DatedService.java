package org.hubdesk.service;

import java.time.Clock;
import java.time.LocalDate;
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
}
