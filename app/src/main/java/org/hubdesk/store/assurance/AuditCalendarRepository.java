package org.hubdesk.store.assurance;

import static org.hubdesk.schema.Tables.AUDIT_CALENDAR_ENTRY;

import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.schema.tables.records.AuditCalendarEntryRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.DSLContext;

/** The multi-agency audit and observation calendar's entries. */
public final class AuditCalendarRepository extends Repository {
    private static final RowMapping<AuditCalendarEntryRecord, CalendarEntry> ENTRIES = NamedColumns.of(AUDIT_CALENDAR_ENTRY.ID,
            CalendarEntry.class).column("month", AUDIT_CALENDAR_ENTRY.MONTH_START, m -> m.atDay(1), YearMonth::from).mapping();

    public AuditCalendarRepository(DSLContext ctx) {
        super(ctx);
    }

    /** Entries from {@code first} to {@code last} inclusive, by month. */
    public List<CalendarEntry> between(YearMonth first, YearMonth last) {
        return ENTRIES.list(ctx, AUDIT_CALENDAR_ENTRY.MONTH_START.between(first.atDay(1), last.atDay(1)),
                AUDIT_CALENDAR_ENTRY.MONTH_START, AUDIT_CALENDAR_ENTRY.ID);
    }

    /** Inserts a new entry or updates the one with its id. */
    public CalendarEntry save(CalendarEntry e) {
        return e.withId(ENTRIES.save(ctx, e));
    }

}
