package org.hubdesk.domain.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.members.RegisterEntry;

/**
 * Attendance over a period, per member and per agency, so the chair can "report on this by
 * exception" (seed 004 Appendix A §3). A meeting counts for a member when they were on the
 * register that day; an agency is represented when any of its members came or sent a deputy.
 */
public final class AttendanceReport {
    private AttendanceReport() {
    }

    /** One held meeting: who was expected and what was recorded. */
    public record Sitting(long meetingId, java.time.LocalDate day, String groupName, List<RegisterEntry> expected,
                          Map<Long, Attendance> byPerson) {
    }

    public record MemberTally(long personId, String name, String agencyName, String groupName, int meetings, int present,
                              int deputy, int apologies, int absent, int notRecorded) {
        /** Share of meetings attended in person or by deputy, 0–100. */
        public int percent() {
            return meetings == 0 ? 0 : Math.round(100f * (present + deputy) / meetings);
        }
    }

    public record AgencyTally(String agencyName, int meetings, int represented) {
        public int percent() {
            return meetings == 0 ? 0 : Math.round(100f * represented / meetings);
        }
    }

    public record Result(List<MemberTally> members, List<AgencyTally> agencies, int meetings) {
        /** Members attending less than {@code percent} of their meetings: the exceptions to report. */
        public List<MemberTally> below(int percent) {
            return members.stream().filter(m -> m.percent() < percent).toList();
        }
    }

    public static Result tally(List<Sitting> sittings) {
        Map<String, int[]> members = new LinkedHashMap<>();
        Map<String, RegisterEntry> memberInfo = new LinkedHashMap<>();
        Map<String, String> memberGroup = new LinkedHashMap<>();
        Map<String, int[]> agencies = new LinkedHashMap<>();
        for (Sitting s : sittings) {
            Map<String, Boolean> agencyRepresented = new LinkedHashMap<>();
            for (RegisterEntry e : s.expected()) {
                String key = s.groupName() + "\u0000" + e.personId();
                memberInfo.putIfAbsent(key, e);
                memberGroup.putIfAbsent(key, s.groupName());
                int[] t = members.computeIfAbsent(key, k -> new int[6]);
                t[0]++;
                Attendance a = s.byPerson().get(e.personId());
                if (a == null) {
                    t[5]++;
                } else {
                    switch (a.status()) {
                        case PRESENT -> t[1]++;
                        case DEPUTY_ATTENDING -> t[2]++;
                        case APOLOGIES -> t[3]++;
                        case ABSENT -> t[4]++;
                    }
                }
                agencyRepresented.merge(e.agencyName(), a != null && a.status().represented(), Boolean::logicalOr);
            }
            agencyRepresented.forEach((agency, came) -> {
                int[] t = agencies.computeIfAbsent(agency, k -> new int[2]);
                t[0]++;
                if (came) {
                    t[1]++;
                }
            });
        }
        List<MemberTally> memberRows = new ArrayList<>();
        members.forEach((key, t) -> {
            RegisterEntry e = memberInfo.get(key);
            memberRows.add(new MemberTally(e.personId(), e.personName(), e.agencyName(), memberGroup.get(key), t[0], t[1], t[2], t[3], t[4], t[5]));
        });
        memberRows.sort(java.util.Comparator.comparing(MemberTally::groupName).thenComparing(MemberTally::agencyName)
                .thenComparing(MemberTally::name));
        List<AgencyTally> agencyRows = new ArrayList<>();
        agencies.forEach((name, t) -> agencyRows.add(new AgencyTally(name, t[0], t[1])));
        agencyRows.sort(java.util.Comparator.comparing(AgencyTally::agencyName));
        return new Result(List.copyOf(memberRows), List.copyOf(agencyRows), sittings.size());
    }
}
