package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.service.Services;
import org.hubdesk.service.planner.PlannerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hubdesk planner list|add|edit|delete}: the forward planner of events and training. */
@Command(name = "planner", mixinStandardHelpOptions = true,
        description = "The forward planner of events and training: training programmes, learning events, Information Highway"
                + " Friday sessions, Young People's Safeguarding Forum workshops, the joint development day.",
        subcommands = {PlannerCommand.ListEvents.class, PlannerCommand.Add.class, PlannerCommand.Edit.class, PlannerCommand.Delete.class})
final class PlannerCommand extends FeatureCommand {
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"The events between two days (default: today and the 90 days after), one a line:",
                "YYYY-MM-DD HH:MM–HH:MM  KIND  TITLE · PLACE  (id N)"})
    static final class ListEvents extends Action<PlannerCommand> {
        @Mixin
        DateRange days;

        private LocalDate first;
        private LocalDate last;

        @Override
        void check() {
            first = days.first(LocalDate.now());
            last = days.last(first.plusDays(90));
        }

        @Override
        void run(Services services, PrintWriter out) {
            printEach(out, services.planner().events(first, last), PlannerCommand::withId,
                    () -> "No events from " + first + " to " + last + ".");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds an event, or a series of them with --repeat: weekly, monthly (on the same weekday of the month",
                "as the first date, e.g. the first Friday) or yearly, every --every N, until --until."})
    static final class Add extends Action<PlannerCommand> {
        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--kind", defaultValue = "other", paramLabel = "KIND",
                description = "training, learning-event, information-highway, workshop, development-day or other (default)")
        String kind;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--start", required = true, paramLabel = "HH:MM")
        String start;

        @Option(names = "--end", required = true, paramLabel = "HH:MM")
        String end;

        @Option(names = "--place")
        String place;

        @Option(names = "--audience", description = "Who it is for")
        String audience;

        @Option(names = "--organiser")
        String organiser;

        @Option(names = "--repeat", paramLabel = "weekly|monthly|yearly")
        String repeat;

        @Option(names = "--every", defaultValue = "1", paramLabel = "N", description = "Every N weeks, months or years (default 1)")
        int every;

        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "The last day of the series (with --repeat)")
        String until;

        private PlannerEvent event;
        private Recurrence rule;

        @Override
        void check() {
            LocalDate day = Typed.date(date);
            LocalTime from = Typed.time(start);
            LocalTime to = Typed.time(end);
            event = new PlannerEvent(0, title, EventKind.parse(kind), day.atTime(from), day.atTime(to), place, audience,
                    organiser, null, null);
            if (repeat == null && until != null) {
                throw new UserInputException("--until goes with --repeat weekly|monthly|yearly");
            }
            rule = repeat == null ? null : new Recurrence(Recurrence.parseFrequency(repeat), every,
                    Typed.date(until, null));
        }

        @Override
        void run(Services services, PrintWriter out) {
            PlannerService.Added added = services.planner().add(event, rule);
            out.println("Added " + added.events().size() + (added.events().size() == 1 ? " event" : " events")
                    + (rule == null ? "" : ", " + rule.describe(event.day())) + ":");
            added.events().forEach(e -> out.println(withId(e)));
            if (!added.note().isEmpty()) {
                out.println(added.note());
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Changes an event (the id from 'planner list'): only the options given change. With --series the",
                "title, kind, times, place, audience and organiser change for every event of its series (each keeps its date)."})
    static final class Edit extends Action<PlannerCommand> {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--title")
        String title;

        @Option(names = "--kind", paramLabel = "KIND")
        String kind;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A new date (this event only)")
        String date;

        @Option(names = "--start", paramLabel = "HH:MM")
        String start;

        @Option(names = "--end", paramLabel = "HH:MM")
        String end;

        @Option(names = "--place", description = "A new place; \"\" clears it")
        String place;

        @Option(names = "--audience")
        String audience;

        @Option(names = "--organiser")
        String organiser;

        @Option(names = "--series", description = "Change every event of the series, not just this one")
        boolean series;

        @Override
        void run(Services services, PrintWriter out) {
            PlannerEvent was = services.planner().event(id);
            LocalDate day = Typed.date(date, was.day());
            LocalTime from = Typed.time(start, was.starts().toLocalTime());
            LocalTime to = Typed.time(end, was.ends().toLocalTime());
            EventKind newKind = kind == null ? was.kind() : EventKind.parse(kind);
            PlannerEvent changed = new PlannerEvent(id, or(title, was.title()), newKind, day.atTime(from), day.atTime(to),
                    or(place, was.place()), or(audience, was.audience()), or(organiser, was.organiser()), was.seriesId(), was.seriesRule());
            List<PlannerEvent> after = services.planner().edit(changed, series).after();
            out.println("Changed " + after.size() + (after.size() == 1 ? " event:" : " events of the series:"));
            after.forEach(e -> out.println(withId(e)));
        }

        private static String or(String given, String was) {
            return given == null ? was : given;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes an event (the id from 'planner list'), or with --series every event of its series.")
    static final class Delete extends Action<PlannerCommand> {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--series", description = "Delete every event of the series, not just this one")
        boolean series;

        @Override
        void run(Services services, PrintWriter out) {
            List<PlannerEvent> gone = services.planner().delete(id, series);
            out.println("Deleted " + gone.size() + (gone.size() == 1 ? " event:" : " events:"));
            gone.forEach(e -> out.println(e.line()));
        }
    }

    /** A list line with the id that edit and delete take. */
    static String withId(PlannerEvent e) {
        return e.line() + "  (id " + e.id() + ")";
    }
}
