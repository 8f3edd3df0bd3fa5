package org.hubdesk.store;

import org.jooq.DSLContext;

/**
 * What every repository is: queries and writes of one feature's tables on the caller's
 * {@code ctx}, so a service method's repositories all run in its one transaction
 * ({@link Database#transaction}); none opens or commits a transaction itself.
 */
public abstract class Repository {
    protected final DSLContext ctx;

    protected Repository(DSLContext ctx) {
        this.ctx = ctx;
    }
}
