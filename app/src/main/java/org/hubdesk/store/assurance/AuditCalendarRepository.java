package org.hubdesk.store.assurance;

import static org.hubdesk.schema.Tables.AUDIT_CALENDAR_ENTRY;

import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.schema.tables.records.AuditCalendarEntryRecord;
import org.hubdesk.store.Rows;
import org.jooq.DSLContext;

/** The multi-agency audit and observation calendar's entries. */
public final class AuditCalendarRepository {
    private final DSLContext ctx;

    public AuditCalendarRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Entries from {@code first} to {@code last} inclusive, by month. */
    public List<CalendarEntry> between(YearMonth first, YearMonth last) {
        return ctx.selectFrom(AUDIT_CALENDAR_ENTRY)
                .where(AUDIT_CALENDAR_ENTRY.MONTH_START.between(first.atDay(1), last.atDay(1)))
                .orderBy(AUDIT_CALENDAR_ENTRY.MONTH_START, AUDIT_CALENDAR_ENTRY.ID).fetch(AuditCalendarRepository::toEntry);
    }

    public CalendarEntry save(CalendarEntry e) {
        AuditCalendarEntryRecord r = Rows.newOrStored(ctx, AUDIT_CALENDAR_ENTRY.ID, e.id());
        r.setMonthStart(e.month().atDay(1));
        r.setKind(e.kind().name());
        r.setTheme(e.theme());
        r.setLead(e.lead());
        r.setAgencies(e.agencies());
        r.setTemplate(e.template());
        r.setFindings(e.findings());
        r.setFedBackTo(e.fedBackTo() == null ? null : e.fedBackTo().name());
        r.store();
        return e.withId(r.getId());
    }

    private static CalendarEntry toEntry(AuditCalendarEntryRecord r) {
        return new CalendarEntry(r.getId(), YearMonth.from(r.getMonthStart()), CalendarEntry.Kind.valueOf(r.getKind()), r.getTheme(),
                r.getLead(), r.getAgencies(), r.getTemplate(), r.getFindings(),
                r.getFedBackTo() == null ? null : CalendarEntry.FedBackTo.valueOf(r.getFedBackTo()));
    }
}
