package org.hubdesk.store.planner;

import static org.hubdesk.schema.Tables.PLANNER_EVENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.schema.tables.records.PlannerEventRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The forward planner's events; inside the caller's transaction. */
public final class PlannerRepository extends Repository {
    private static final RowMapping<PlannerEventRecord, PlannerEvent> EVENTS = NamedColumns.of(PLANNER_EVENT.ID, PlannerEvent.class)
            .column("starts", PLANNER_EVENT.STARTS_AT).column("ends", PLANNER_EVENT.ENDS_AT).mapping();

    public PlannerRepository(DSLContext ctx) {
        super(ctx);
    }

    /** Events starting on {@code from} to {@code to} inclusive, in time order. */
    public List<PlannerEvent> between(LocalDate from, LocalDate to) {
        Condition starting = PLANNER_EVENT.STARTS_AT.ge(from.atStartOfDay()).and(PLANNER_EVENT.STARTS_AT.lt(to.plusDays(1).atStartOfDay()));
        return EVENTS.list(ctx, starting, PLANNER_EVENT.STARTS_AT, PLANNER_EVENT.ID);
    }

    public Optional<PlannerEvent> event(long id) {
        return EVENTS.find(ctx, id);
    }

    /** Every event of a series, in date order. */
    public List<PlannerEvent> series(String seriesId) {
        return EVENTS.list(ctx, PLANNER_EVENT.SERIES_ID.eq(seriesId), PLANNER_EVENT.STARTS_AT, PLANNER_EVENT.ID);
    }

    public PlannerEvent insert(PlannerEvent e, LocalDateTime now) {
        return EVENTS.insert(ctx, e, r -> r.setCreatedAt(now));
    }

    /** Puts a deleted event back under its own id (undo), so an .ics imported before keeps matching it. */
    public void reinsert(PlannerEvent e, LocalDateTime now) {
        EVENTS.restore(ctx, e, r -> r.setCreatedAt(now));
    }

    /** Writes an event's fields over its row; false if there is no such row. */
    public boolean update(PlannerEvent e) {
        PlannerEventRecord r = ctx.fetchOne(PLANNER_EVENT, PLANNER_EVENT.ID.eq(e.id()));
        if (r == null) {
            return false;
        }
        EVENTS.copy().accept(e, r);
        r.update();
        return true;
    }

    public void delete(long id) {
        EVENTS.delete(ctx, id);
    }

}
