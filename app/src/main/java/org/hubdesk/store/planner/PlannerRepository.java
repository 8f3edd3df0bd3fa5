package org.hubdesk.store.planner;

import static org.hubdesk.schema.Tables.PLANNER_EVENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.schema.tables.records.PlannerEventRecord;
import org.jooq.DSLContext;

/** The forward planner's events; inside the caller's transaction. */
public final class PlannerRepository {
    private final DSLContext ctx;

    public PlannerRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Events starting on {@code from} to {@code to} inclusive, in time order. */
    public List<PlannerEvent> between(LocalDate from, LocalDate to) {
        return ctx.selectFrom(PLANNER_EVENT)
                .where(PLANNER_EVENT.STARTS_AT.ge(from.atStartOfDay()).and(PLANNER_EVENT.STARTS_AT.lt(to.plusDays(1).atStartOfDay())))
                .orderBy(PLANNER_EVENT.STARTS_AT, PLANNER_EVENT.ID).fetch(PlannerRepository::event);
    }

    public Optional<PlannerEvent> event(long id) {
        return ctx.selectFrom(PLANNER_EVENT).where(PLANNER_EVENT.ID.eq(id)).fetchOptional(PlannerRepository::event);
    }

    /** Every event of a series, in date order. */
    public List<PlannerEvent> series(String seriesId) {
        return ctx.selectFrom(PLANNER_EVENT).where(PLANNER_EVENT.SERIES_ID.eq(seriesId))
                .orderBy(PLANNER_EVENT.STARTS_AT, PLANNER_EVENT.ID).fetch(PlannerRepository::event);
    }

    public PlannerEvent insert(PlannerEvent e, LocalDateTime now) {
        PlannerEventRecord r = ctx.newRecord(PLANNER_EVENT);
        fill(r, e);
        r.setCreatedAt(now);
        r.store();
        return e.withId(r.getId());
    }

    /** Puts a deleted event back under its own id (undo), so an .ics imported before keeps matching it. */
    public void reinsert(PlannerEvent e, LocalDateTime now) {
        PlannerEventRecord r = ctx.newRecord(PLANNER_EVENT);
        r.setId(e.id());
        fill(r, e);
        r.setCreatedAt(now);
        r.insert();
    }

    /** Writes an event's fields over its row; false if there is no such row. */
    public boolean update(PlannerEvent e) {
        PlannerEventRecord r = ctx.fetchOne(PLANNER_EVENT, PLANNER_EVENT.ID.eq(e.id()));
        if (r == null) {
            return false;
        }
        fill(r, e);
        r.update();
        return true;
    }

    private static void fill(PlannerEventRecord r, PlannerEvent e) {
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
        ctx.deleteFrom(PLANNER_EVENT).where(PLANNER_EVENT.ID.eq(id)).execute();
    }

    private static PlannerEvent event(PlannerEventRecord r) {
        return new PlannerEvent(r.getId(), r.getTitle(), EventKind.valueOf(r.getKind()), r.getStartsAt(), r.getEndsAt(), r.getPlace(),
                r.getAudience(), r.getOrganiser(), r.getSeriesId(), r.getSeriesRule());
    }
}
