package org.hubdesk.domain.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.members.RegisterEntry;

/**
 * Live quoracy: turns the attendance taken so far into {@link QuorumRule} presences (a deputy
 * represents the member's agency) and names who could close the gap.
 */
public final class MeetingQuoracy {
    private MeetingQuoracy() {
    }

    /** The rule's verdict plus, for each missing partner, the members who could supply it. */
    public record Status(QuorumRule.Result result, List<String> missingPeople) {
        public boolean quorate() {
            return result.quorate();
        }

        public String summary() {
            if (result.quorate()) {
                return result.summary();
            }
            return missingPeople.isEmpty() ? result.summary() : result.summary() + " – " + String.join("; ", missingPeople);
        }
    }

    /** The register lines that are expected at a meeting on {@code day}: current memberships then. */
    public static List<RegisterEntry> expected(Collection<RegisterEntry> register, LocalDate day) {
        return register.stream().filter(e -> e.isCurrentOn(day)).toList();
    }

    public static Status evaluate(QuorumRule rule, Collection<RegisterEntry> expected, Map<Long, Attendance> byPerson) {
        List<QuorumRule.Presence> present = new ArrayList<>();
        int core = 0;
        for (RegisterEntry e : expected) {
            if (e.core()) {
                core++;
            }
            Attendance a = byPerson.get(e.personId());
            if (a != null && a.status().represented()) {
                present.add(new QuorumRule.Presence(e.agencyKind(), e.statutoryPartner(), e.core()));
            }
        }
        QuorumRule.Result result = rule.evaluate(present, core);
        List<String> people = new ArrayList<>();
        if (!result.quorate() && rule == QuorumRule.STATUTORY_PARTNERS) {
            for (String missingKind : result.missing()) {
                List<String> names = new ArrayList<>();
                for (RegisterEntry e : expected) {
                    if (e.statutoryPartner() && label(e.agencyKind()).equals(missingKind)) {
                        Attendance a = byPerson.get(e.personId());
                        names.add(e.personName() + " (" + (a == null ? "not yet checked in" : a.status().label().toLowerCase(Locale.ROOT)) + ")");
                    }
                }
                if (!names.isEmpty()) {
                    people.add(missingKind + ": " + String.join(", ", names));
                }
            }
        }
        return new Status(result, List.copyOf(people));
    }

    private static String label(AgencyKind kind) {
        return kind.label().toLowerCase(Locale.ROOT);
    }
}
