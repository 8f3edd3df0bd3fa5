package org.hubdesk.store;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.AGENDA_ITEM;
import static org.hubdesk.schema.Tables.ATTENDANCE;
import static org.hubdesk.schema.Tables.AUDIT_CALENDAR_ENTRY;
import static org.hubdesk.schema.Tables.AUDIT_ROUND;
import static org.hubdesk.schema.Tables.CASE_REVIEW;
import static org.hubdesk.schema.Tables.DELIVERY_PLAN;
import static org.hubdesk.schema.Tables.HUB_CYCLE;
import static org.hubdesk.schema.Tables.LEARNING_RECORD;
import static org.hubdesk.schema.Tables.MEETING;
import static org.hubdesk.schema.Tables.PARTNERSHIP;
import static org.hubdesk.schema.Tables.PARTNERSHIP_GROUP;
import static org.hubdesk.schema.Tables.PERFORMANCE_INDICATOR;
import static org.hubdesk.schema.Tables.PERFORMANCE_VALUE;
import static org.hubdesk.schema.Tables.PERSON;
import static org.hubdesk.schema.Tables.PLAN_VERSION;
import static org.hubdesk.schema.Tables.RECOMMENDATION;
import static org.hubdesk.schema.Tables.SELF_ASSESSMENT;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Table;
import org.hubdesk.schema.tables.records.PartnershipRecord;
import org.jooq.DSLContext;

/** The one partnership a database belongs to. */
public final class PartnershipRepository extends Repository {
    private static final RowMapping<PartnershipRecord, PartnershipInfo> PARTNERSHIPS = NamedColumns.of(PARTNERSHIP.ID,
            PartnershipInfo.class).mapping();

    public PartnershipRepository(DSLContext ctx) {
        super(ctx);
    }

    public record PartnershipInfo(long id, String name, int yearStartMonth, boolean demo) {
    }

    public Optional<PartnershipInfo> current() {
        return ctx.selectFrom(PARTNERSHIP).orderBy(PARTNERSHIP.ID).limit(1).fetchOptional(PARTNERSHIPS.toValue()::apply);
    }

    /** What the partnership holds, in words a user reads ("people", "meetings"), in a fixed order. */
    public Map<String, Integer> counts() {
        Map<String, Table<?>> tables = new LinkedHashMap<>();
        tables.put("people", PERSON);
        tables.put("agencies", AGENCY);
        tables.put("groups", PARTNERSHIP_GROUP);
        tables.put("meetings", MEETING);
        tables.put("agenda items", AGENDA_ITEM);
        tables.put("attendance records", ATTENDANCE);
        tables.put("actions", ACTION_ITEM);
        tables.put("hub cycles", HUB_CYCLE);
        tables.put("delivery plans", DELIVERY_PLAN);
        tables.put("plan versions", PLAN_VERSION);
        tables.put("recommendations", RECOMMENDATION);
        tables.put("case reviews", CASE_REVIEW);
        tables.put("learning records", LEARNING_RECORD);
        tables.put("audit rounds", AUDIT_ROUND);
        tables.put("self-assessments", SELF_ASSESSMENT);
        tables.put("audit calendar entries", AUDIT_CALENDAR_ENTRY);
        tables.put("performance indicators", PERFORMANCE_INDICATOR);
        tables.put("indicator values", PERFORMANCE_VALUE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((label, table) -> counts.put(label, ctx.fetchCount(table)));
        return counts;
    }

    /** A new partnership, its year starting in April. */
    public PartnershipInfo create(String name, boolean demo) {
        return PARTNERSHIPS.insert(ctx, new PartnershipInfo(0, name, 4, demo), r -> r.setCreatedAt(LocalDateTime.now()));
    }

}
