package org.hubdesk.store.plan;

import static org.hubdesk.schema.Tables.PLAN_INDICATOR;

import java.util.List;
import org.hubdesk.store.Repository;
import org.jooq.DSLContext;

/** Which performance indicators a delivery plan's "Current data and performance" section shows, in order. */
public final class PlanIndicatorRepository extends Repository {
    public PlanIndicatorRepository(DSLContext ctx) {
        super(ctx);
    }

    /** The chosen indicators' ids in the plan's order. */
    public List<Long> chosen(long planId) {
        return ctx.select(PLAN_INDICATOR.INDICATOR_ID).from(PLAN_INDICATOR).where(PLAN_INDICATOR.DELIVERY_PLAN_ID.eq(planId))
                .orderBy(PLAN_INDICATOR.SORT_ORDER).fetch(PLAN_INDICATOR.INDICATOR_ID);
    }

    /** Replaces the plan's choice with these indicators, in this order. */
    public void choose(long planId, List<Long> indicatorIds) {
        ctx.deleteFrom(PLAN_INDICATOR).where(PLAN_INDICATOR.DELIVERY_PLAN_ID.eq(planId)).execute();
        int order = 0;
        for (long id : indicatorIds) {
            ctx.insertInto(PLAN_INDICATOR).set(PLAN_INDICATOR.DELIVERY_PLAN_ID, planId).set(PLAN_INDICATOR.INDICATOR_ID, id)
                    .set(PLAN_INDICATOR.SORT_ORDER, order++).execute();
        }
    }
}
