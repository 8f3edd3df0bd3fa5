package org.hubdesk.store;

import static org.hubdesk.schema.Tables.PARTNERSHIP;

import java.time.LocalDateTime;
import java.util.Optional;
import org.hubdesk.schema.tables.records.PartnershipRecord;
import org.jooq.DSLContext;

/** The one partnership a database belongs to. */
public final class PartnershipRepository {
    private final DSLContext ctx;

    public PartnershipRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public record PartnershipInfo(long id, String name, int yearStartMonth, boolean demo) {
    }

    public Optional<PartnershipInfo> current() {
        return ctx.selectFrom(PARTNERSHIP).orderBy(PARTNERSHIP.ID).limit(1)
                .fetchOptional(r -> new PartnershipInfo(r.getId(), r.getName(), r.getYearStartMonth(), r.getDemo()));
    }

    public PartnershipInfo create(String name, boolean demo) {
        PartnershipRecord r = ctx.newRecord(PARTNERSHIP);
        r.setName(name);
        r.setDemo(demo);
        r.setYearStartMonth(4);
        r.setCreatedAt(LocalDateTime.now());
        r.store();
        return new PartnershipInfo(r.getId(), r.getName(), r.getYearStartMonth(), r.getDemo());
    }
}
