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
    /** The label the minutes give the declarations, asked for at "Welcome, introductions, apologies". */
    public static final String DECLARATIONS = "Declarations of interest";

    private MinutesDraft() {
    }

    /** Everything a draft is built from. {@code personNames} names deputies chosen from the register. */
    public record Input(String groupName, Meeting meeting, List<AgendaItem> items, List<RegisterEntry> expected,
                        Map<Long, Attendance> attendance, Map<Long, String> personNames, List<Decision> decisions,
                        List<MeetingNote> notes, List<ActionLogEntry> actions, MeetingQuoracy.Status quoracy,
                        List<InterestDeclaration> declarations, List<Replan> replans) {
        public Input {
            declarations = declarations == null ? List.of() : List.copyOf(declarations);
            replans = replans == null ? List.of() : List.copyOf(replans);
        }
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
        sb.append(DECLARATIONS).append(": ").append(declarationsLine(in)).append(nl);
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
            for (InterestDeclaration d : Declarations.forItem(in.declarations(), item.id())) {
                sb.append("   Declaration: ").append(in.personNames().getOrDefault(d.personId(), "A member")).append(" – ")
                        .append(d.text()).append(nl);
            }
            for (Replan r : in.replans()) {
                if (Objects.equals(r.agendaItemId(), item.id())) {
                    sb.append("   Re-plan: ").append(r.minutesLine()).append(nl);
                }
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
        in.replans().stream().filter(x -> x.agendaItemId() == null).forEach(x -> unplaced.add("Re-plan: " + x.minutesLine()));
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

    /** "None declared", or each declaration with the item it concerns. */
    private static String declarationsLine(Input in) {
        if (in.declarations().isEmpty()) {
            return "none declared";
        }
        List<String> parts = new ArrayList<>();
        for (InterestDeclaration d : in.declarations()) {
            String where = "the meeting as a whole";
            for (int i = 0; i < in.items().size(); i++) {
                if (Objects.equals(in.items().get(i).id(), d.agendaItemId())) {
                    where = "item " + (i + 1) + ", " + in.items().get(i).title();
                }
            }
            parts.add(in.personNames().getOrDefault(d.personId(), "A member") + " (" + where + "): " + d.text());
        }
        return String.join("; ", parts);
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
