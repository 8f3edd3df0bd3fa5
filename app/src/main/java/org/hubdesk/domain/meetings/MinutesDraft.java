package org.hubdesk.domain.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hubdesk.domain.members.RegisterEntry;

/**
 * The first draft of a meeting's minutes, built from what was captured: attendance, quoracy, and
 * per agenda item its notes, decisions and actions; then a table of the actions agreed. The
 * business manager edits the text from there.
 */
public final class MinutesDraft {
    private MinutesDraft() {
    }

    /** Everything a draft is built from. {@code personNames} names deputies chosen from the register. */
    public record Input(String groupName, Meeting meeting, List<AgendaItem> items, List<RegisterEntry> expected,
                        Map<Long, Attendance> attendance, Map<Long, String> personNames, List<Decision> decisions,
                        List<MeetingNote> notes, List<ActionLogEntry> actions, MeetingQuoracy.Status quoracy) {
    }

    public static String build(Input in) {
        String nl = "\n";
        StringBuilder sb = new StringBuilder();
        Meeting m = in.meeting();
        sb.append(in.groupName()).append(nl);
        sb.append("Minutes of the meeting held on ").append(m.meetingDate()).append(" at ").append(m.startsAt());
        if (m.place() != null) {
            sb.append(", ").append(m.place());
        }
        sb.append(nl).append(nl);

        List<String> present = new ArrayList<>();
        List<String> deputies = new ArrayList<>();
        List<String> apologies = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (RegisterEntry e : in.expected()) {
            Attendance a = in.attendance().get(e.personId());
            String who = e.personName() + " (" + (e.jobTitle() == null ? "" : e.jobTitle() + ", ") + e.agencyName() + ")";
            if (a == null) {
                if (e.core()) {
                    absent.add(who);
                }
                continue;
            }
            switch (a.status()) {
                case PRESENT -> present.add(who);
                case DEPUTY_ATTENDING -> deputies.add(deputyName(a, in.personNames()) + " for " + who);
                case APOLOGIES -> apologies.add(who);
                case ABSENT -> absent.add(who);
            }
        }
        section(sb, "Present", present);
        section(sb, "Deputies", deputies);
        section(sb, "Apologies", apologies);
        section(sb, "Absent", absent);
        if (in.quoracy() != null) {
            sb.append("Quoracy: ").append(in.quoracy().summary()).append(nl);
        }
        sb.append(nl);

        int n = 1;
        for (AgendaItem item : in.items()) {
            sb.append(n++).append(". ").append(item.title());
            if (item.caseReference() != null) {
                sb.append(" – case ").append(item.caseReference());
            }
            sb.append(nl);
            for (String point : item.subPoints()) {
                sb.append("   • ").append(point).append(nl);
            }
            for (MeetingNote note : in.notes()) {
                if (Objects.equals(note.agendaItemId(), item.id())) {
                    sb.append("   ").append(note.text()).append(nl);
                }
            }
            for (Decision d : in.decisions()) {
                if (Objects.equals(d.agendaItemId(), item.id())) {
                    sb.append("   Decision: ").append(d.text()).append(nl);
                }
            }
            for (ActionLogEntry a : in.actions()) {
                if (Objects.equals(a.agendaItemId(), item.id())) {
                    sb.append("   Action: ").append(actionLine(a)).append(nl);
                }
            }
            sb.append(nl);
        }
        List<String> unplaced = new ArrayList<>();
        in.notes().stream().filter(x -> x.agendaItemId() == null).forEach(x -> unplaced.add(x.text()));
        in.decisions().stream().filter(x -> x.agendaItemId() == null).forEach(x -> unplaced.add("Decision: " + x.text()));
        if (!unplaced.isEmpty()) {
            sb.append("Other matters").append(nl);
            unplaced.forEach(u -> sb.append("   ").append(u).append(nl));
            sb.append(nl);
        }
        if (!in.actions().isEmpty()) {
            sb.append("Actions agreed").append(nl);
            int a = 1;
            for (ActionLogEntry e : in.actions()) {
                sb.append(a++).append(". ").append(actionLine(e)).append(nl);
            }
        }
        return sb.toString();
    }

    private static String actionLine(ActionLogEntry e) {
        String owner = e.owner();
        return e.action().description() + (owner.isEmpty() ? "" : " – " + owner)
                + (e.action().timescale() == null ? "" : ", due " + e.action().timescale());
    }

    private static String deputyName(Attendance a, Map<Long, String> names) {
        if (a.deputyName() != null) {
            return a.deputyName();
        }
        return names.getOrDefault(a.deputyPersonId(), "a deputy");
    }

    private static void section(StringBuilder sb, String heading, List<String> names) {
        if (!names.isEmpty()) {
            sb.append(heading).append(": ").append(String.join("; ", names)).append('\n');
        }
    }
}
