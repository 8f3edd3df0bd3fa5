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
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.report.meetings.MeetingIcs;
import org.hubdesk.store.Database;
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.planner.PlannerRepository;
import org.jooq.DSLContext;

/**
 * The forward planner of events and training: one method per user action, one transaction each.
 * A recurring series is generated from its rule into one event per date, sharing a series id.
 */
public final class PlannerService {
    private final Database database;
    private final Clock clock;

    public PlannerService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Events starting between two days (inclusive), in time order. */
    public List<PlannerEvent> events(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return database.transaction(ctx -> new PlannerRepository(ctx).between(from, to));
    }

    /** Adds one event, or (with a rule) its whole series; returns what was added. */
    public List<PlannerEvent> add(PlannerEvent event, Recurrence rule) {
        return database.transaction(ctx -> add(ctx, event, rule, LocalDateTime.now(clock).withNano(0)));
    }

    static List<PlannerEvent> add(DSLContext ctx, PlannerEvent event, Recurrence rule, LocalDateTime now) {
        PlannerRepository repo = new PlannerRepository(ctx);
        if (rule == null) {
            return List.of(repo.insert(event, now));
        }
        String series = UUID.randomUUID().toString();
        String text = rule.describe(event.day());
        List<PlannerEvent> out = new ArrayList<>();
        for (LocalDate day : rule.dates(event.day())) {
            out.add(repo.insert(event.on(day, series, text), now));
        }
        return out;
    }

    /** Removes one event (one date of a series stays removed alone); returns it, for undo. */
    public PlannerEvent remove(long eventId) {
        return database.transaction(ctx -> {
            PlannerRepository repo = new PlannerRepository(ctx);
            PlannerEvent e = repo.event(eventId).orElseThrow(() -> new UserInputException("There is no event with id " + eventId));
            repo.delete(eventId);
            return e;
        });
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
