package org.hubdesk.store.planner;

import static org.hubdesk.schema.Tables.PLANNER_EVENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.schema.tables.records.PlannerEventRecord;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The forward planner's events; inside the caller's transaction. */
public final class PlannerRepository extends Repository {
    private static final RowMapping<PlannerEventRecord, PlannerEvent> EVENTS = new RowMapping<>(PLANNER_EVENT.ID, PlannerEvent::id,
            PlannerRepository::copy, PlannerRepository::event);

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
        PlannerEventRecord r = EVENTS.newRecord(ctx, e);
        r.setCreatedAt(now);
        r.insert();
        return e.withId(r.getId());
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
        copy(e, r);
        r.update();
        return true;
    }

    private static void copy(PlannerEvent e, PlannerEventRecord r) {
        r.setTitle(e.title());
        r.setKind(e.kind().name());
        r.setStartsAt(e.starts());
        r.setEndsAt(e.ends());
        r.setPlace(e.place());
        r.setAudience(e.audience());
        r.setOrganiser(e.organiser());
        r.setSeriesId(e.seriesId());
        r.setSeriesRule(e.seriesRule());
    }

    public void delete(long id) {
        EVENTS.delete(ctx, id);
    }

    private static PlannerEvent event(PlannerEventRecord r) {
        return new PlannerEvent(r.getId(), r.getTitle(), EventKind.valueOf(r.getKind()), r.getStartsAt(), r.getEndsAt(), r.getPlace(),
                r.getAudience(), r.getOrganiser(), r.getSeriesId(), r.getSeriesRule());
    }
}
