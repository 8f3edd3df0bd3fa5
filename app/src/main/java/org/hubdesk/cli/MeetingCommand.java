package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.members.Group;
import org.hubdesk.service.Services;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.meetings.MeetingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scripting the year's meetings: plan one from its group's standard agenda, list them. */
@Command(name = "meeting", mixinStandardHelpOptions = true, description = "Plan and list meetings.",
        subcommands = {MeetingCommand.New.class, MeetingCommand.ListMeetings.class})
final class MeetingCommand extends FeatureCommand {
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Plan a meeting; its agenda starts from the group's standard agenda.",
                "Prints the meeting's id and its papers and minutes deadlines."})
    static final class New extends Action<MeetingCommand> {
        @Option(names = "--group", required = true, paramLabel = "NAME", description = "The group, by name (e.g. \"Multi-Agency Learning Forum\")")
        String group;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Meeting day (today or later)")
        String date;

        @Option(names = "--start", required = true, paramLabel = "HH:MM", description = "Start time, 24-hour clock")
        String start;

        @Option(names = "--place", paramLabel = "TEXT", description = "Room, address or online meeting link")
        String place;

        private LocalDate day;
        private LocalTime time;

        @Override
        void check() {
            day = Typed.date(date);
            time = Typed.time(start);
        }

        @Override
        void run(Services services, PrintWriter out) {
            Group g = services.members().groupNamed(group);
            MeetingDetail d = services.meetings().newMeeting(g.id(), day, time, place);
            out.printf("Meeting %d: %s%n", d.meeting().id(), d.title());
            out.printf("Agenda: %d items, %s, %s to %s%n", d.items().size(), AgendaTiming.describe(d.timing().totalMinutes()),
                    d.meeting().startsAt(), d.timing().ends());
            out.printf("Papers due: %s%n", d.deadlines().papersDue());
            out.printf("Minutes due: %s%n", d.deadlines().minutesDue());
            if (d.timing().overruns()) {
                out.println("Warning: " + d.timing().overrunWarning());
            }
            d.missedDeadlines().forEach(m -> out.println("Warning: " + m));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List meetings, soonest first.")
    static final class ListMeetings extends Action<MeetingCommand> {
        @Option(names = "--group", paramLabel = "NAME", description = "Only this group's meetings")
        String group;

        @Override
        void run(Services services, PrintWriter out) {
            Long groupId = group == null ? null : services.members().groupNamed(group).id();
            out.printf("%-5s %-10s %-5s %-30s %-9s %-11s %-11s %s%n", "id", "date", "start", "group", "status", "papers due",
                    "minutes due", "agenda");
            for (MeetingSummary s : services.meetings().meetings(groupId)) {
                out.printf("%-5d %-10s %-5s %-30s %-9s %-11s %-11s %d items, %s%n", s.meeting().id(), s.meeting().meetingDate(),
                        s.meeting().startsAt(), s.groupName(), s.meeting().status().label(), s.deadlines().papersDue(),
                        s.deadlines().minutesDue(), s.itemCount(), AgendaTiming.describe(s.totalMinutes()));
            }
        }
    }
}
