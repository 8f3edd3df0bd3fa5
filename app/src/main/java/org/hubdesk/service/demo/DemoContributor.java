package org.hubdesk.service.demo;

import org.jooq.DSLContext;

/**
 * A feature's part of the fictional demo partnership. Each feature (hub cycles, plans, meetings)
 * adds its own data after the registers exist, inside the demo's one transaction.
 */
public interface DemoContributor {
    /**
     * @param ctx   the demo's transaction
     * @param years 0 for the ordinary demo; N for a synthetic N-year history (benchmarks)
     */
    void contribute(DSLContext ctx, DemoFacts facts, int years);
}
