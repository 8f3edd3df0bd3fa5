package org.hubdesk.service.planner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hubdesk.domain.calendar.BankHolidays;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.report.meetings.MeetingIcs;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.planner.PlannerRepository;
import org.jooq.DSLContext;

/**
 * The forward planner of events and training: one method per user action, one transaction each.
 * A recurring series is generated from its rule into one event per date, sharing a series id.
 */
public final class PlannerService extends DatedService {

    public PlannerService(Database database, Clock clock) {
        super(database, clock);
    }

    /** Events starting between two days (inclusive), in time order. */
    public List<PlannerEvent> events(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return database.transaction(ctx -> new PlannerRepository(ctx).between(from, to));
    }

    /** What an add put on the planner, and a note for the user (the bank holidays a series left out), or "". */
    public record Added(List<PlannerEvent> events, String note) {
        public Added {
            events = List.copyOf(events);
        }
    }

    /** An edit: the events as they were and as they are now (one, or every event of a series). */
    public record Change(List<PlannerEvent> before, List<PlannerEvent> after) {
    }

    /** The event with this id. */
    public PlannerEvent event(long eventId) {
        return database.transaction(ctx -> find(new PlannerRepository(ctx), eventId));
    }

    /**
     * Adds one event, or (with a rule) its series on every date of the rule that is not a bank
     * holiday; the note says which dates were left out, or that a single event's day is one.
     */
    public Added add(PlannerEvent event, Recurrence rule) {
        return database.transaction(ctx -> add(ctx, event, rule, LocalDateTime.now(clock).withNano(0)));
    }

    static Added add(DSLContext ctx, PlannerEvent event, Recurrence rule, LocalDateTime now) {
        PlannerRepository repo = new PlannerRepository(ctx);
        if (rule == null) {
            String holiday = BankHolidays.inYear(event.day().getYear()).get(event.day());
            return new Added(List.of(repo.insert(event, now)),
                    holiday == null ? "" : event.day() + " is a bank holiday (" + holiday + ").");
        }
        String series = UUID.randomUUID().toString();
        String text = rule.describe(event.day());
        Recurrence.Occurrences dates = rule.workingDates(event.day());
        List<PlannerEvent> out = new ArrayList<>();
        for (LocalDate day : dates.dates()) {
            out.add(repo.insert(event.on(day, series, text), now));
        }
        return new Added(out, dates.note());
    }

    /**
     * Changes an event's title, kind, times, place, audience and organiser; with {@code wholeSeries}
     * the change goes to every event of its series, each keeping its own date (a series' dates
     * come from its rule: moving them all is deleting the series and adding it again).
     */
    public Change edit(PlannerEvent changed, boolean wholeSeries) {
        return database.transaction(ctx -> {
            PlannerRepository repo = new PlannerRepository(ctx);
            PlannerEvent old = find(repo, changed.id());
            boolean series = wholeSeries && old.seriesId() != null;
            if (series && !changed.day().equals(old.day())) {
                throw new UserInputException("A whole series keeps its dates: change the date of this event only,"
                        + " or delete the series and add it again");
            }
            List<PlannerEvent> before = series ? repo.series(old.seriesId()) : List.of(old);
            List<PlannerEvent> after = new ArrayList<>();
            for (PlannerEvent e : before) {
                LocalDate day = series ? e.day() : changed.day();
                PlannerEvent now = new PlannerEvent(e.id(), changed.title(), changed.kind(), day.atTime(changed.starts().toLocalTime()),
                        day.atTime(changed.ends().toLocalTime()), changed.place(), changed.audience(), changed.organiser(), e.seriesId(),
                        e.seriesRule());
                repo.update(now);
                after.add(now);
            }
            return new Change(before, after);
        });
    }

    /** Undo or redo of an edit: writes each event back exactly as given. */
    public void putBack(List<PlannerEvent> versions) {
        database.transaction(ctx -> {
            PlannerRepository repo = new PlannerRepository(ctx);
            for (PlannerEvent e : versions) {
                if (!repo.update(e)) {
                    throw new UserInputException("'" + e.title() + "' on " + e.day() + " is no longer on the planner");
                }
            }
            return null;
        });
    }

    /** Deletes one event, or with {@code wholeSeries} every event of its series; returns what was deleted, for undo. */
    public List<PlannerEvent> delete(long eventId, boolean wholeSeries) {
        return database.transaction(ctx -> {
            PlannerRepository repo = new PlannerRepository(ctx);
            PlannerEvent e = find(repo, eventId);
            List<PlannerEvent> gone = wholeSeries && e.seriesId() != null ? repo.series(e.seriesId()) : List.of(e);
            gone.forEach(g -> repo.delete(g.id()));
            return gone;
        });
    }

    /** Undo of a delete (or redo of an add): puts the events back under their own ids. */
    public void restore(List<PlannerEvent> events) {
        database.transaction(ctx -> {
            PlannerRepository repo = new PlannerRepository(ctx);
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            events.forEach(e -> repo.reinsert(e, now));
            return null;
        });
    }

    private static PlannerEvent find(PlannerRepository repo, long eventId) {
        return repo.event(eventId).orElseThrow(() -> new UserInputException("There is no event with id " + eventId));
    }

    /**
     * Writes the events between two days as one .ics calendar (METHOD:PUBLISH), on the meeting
     * invitation's iCalendar writer; each event's UID is its own, so a later export updates them.
     * Returns how many events were written.
     */
    public int writeIcs(LocalDate from, LocalDate to, Path out) {
        checkPeriod(from, to);
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException("The folder " + folder + " does not exist");
        }
        return database.transaction(ctx -> {
            String partnership = new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name).orElse(null);
            String domain = MeetingIcs.uidDomain(partnership);
            List<MeetingIcs.Event> events = new ArrayList<>();
            List<PlannerEvent> planned = new PlannerRepository(ctx).between(from, to);
            for (PlannerEvent e : planned) {
                events.add(new MeetingIcs.Event("hubdesk-event-" + e.id() + "@" + domain, e.starts(), e.ends(), e.title(), e.place(),
                        description(e), false, 0));
            }
            try {
                Files.writeString(out, MeetingIcs.publish(events, clock.instant()), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UserInputException("Cannot write " + out + ": " + ex.getMessage(), ex);
            }
            return planned.size();
        });
    }

    private static String description(PlannerEvent e) {
        StringBuilder sb = new StringBuilder(e.kind().label());
        if (e.audience() != null) {
            sb.append("\nFor: ").append(e.audience());
        }
        if (e.organiser() != null) {
            sb.append("\nOrganised by: ").append(e.organiser());
        }
        if (e.seriesRule() != null) {
            sb.append("\nRepeats ").append(e.seriesRule());
        }
        return sb.toString();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserInputException("Give a first and a last day, the last not before the first");
        }
    }
}
