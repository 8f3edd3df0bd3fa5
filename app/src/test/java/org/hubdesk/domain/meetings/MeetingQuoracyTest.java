package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.members.RegisterEntry;
import org.junit.jupiter.api.Test;

class MeetingQuoracyTest {
    static RegisterEntry member(long personId, String name, String agency, AgencyKind kind, boolean statutory, LocalDate endsOn) {
        return new RegisterEntry(personId, 1, personId, name, "Lead", null, kind.ordinal() + 10L, agency, kind, statutory, true,
                MemberRole.MEMBER, null, null, null, null, LocalDate.of(2020, 1, 1), endsOn);
    }

    static final List<RegisterEntry> REGISTER = List.of(
            member(1, "Ada Council", "Borough Council", AgencyKind.LOCAL_AUTHORITY, true, null),
            member(2, "Ben Police", "Constabulary", AgencyKind.POLICE, true, null),
            member(3, "Cat Health", "ICB", AgencyKind.HEALTH, true, null),
            member(4, "Dan School", "Schools", AgencyKind.EDUCATION, false, null),
            member(5, "Eve Former", "Constabulary", AgencyKind.POLICE, true, LocalDate.of(2021, 1, 1)));

    private final Map<Long, Attendance> attendance = new HashMap<>();

    private MeetingQuoracy.Status status() {
        return MeetingQuoracy.evaluate(QuorumRule.STATUTORY_PARTNERS, MeetingQuoracy.expected(REGISTER, LocalDate.of(2026, 3, 10)), attendance);
    }

    private void record(long person, AttendanceStatus s, String deputy) {
        attendance.put(person, new Attendance(9, person, s, null, deputy));
    }

    @Test
    void quorateOnlyWithAllThreePartnersAndSaysWhoIsMissing() {
        record(1, AttendanceStatus.PRESENT, null);
        record(4, AttendanceStatus.PRESENT, null);
        MeetingQuoracy.Status s = status();
        assertThat(s.quorate()).isFalse();
        assertThat(s.result().missing()).containsExactly("police", "health");
        // A former member is not expected, so is not named.
        assertThat(s.summary()).contains("police: Ben Police (not yet checked in)").doesNotContain("Eve Former");

        record(2, AttendanceStatus.APOLOGIES, null);
        assertThat(status().summary()).contains("Ben Police (apologies)");
        record(3, AttendanceStatus.PRESENT, null);
        assertThat(status().result().missing()).containsExactly("police");
    }

    @Test
    void aDeputyCountsForTheMembersAgency() {
        record(1, AttendanceStatus.PRESENT, null);
        record(3, AttendanceStatus.PRESENT, null);
        record(2, AttendanceStatus.DEPUTY_ATTENDING, "Sgt Fay Stand-in");
        assertThat(status().quorate()).isTrue();
        assertThat(status().summary()).isEqualTo("Quorate");
        record(2, AttendanceStatus.ABSENT, null);
        assertThat(status().quorate()).isFalse();
    }

    @Test
    void aDeputyMustBeNamed() {
        assertThatThrownBy(() -> new Attendance(9, 2, AttendanceStatus.DEPUTY_ATTENDING, null, " "))
                .isInstanceOf(UserInputException.class).hasMessage("Say who is attending as deputy");
        assertThat(new Attendance(9, 2, AttendanceStatus.PRESENT, 7L, "x").deputyName()).isNull();
    }

    @Test
    void halfOfCoreRuleCountsCoreMembers() {
        record(1, AttendanceStatus.PRESENT, null);
        MeetingQuoracy.Status s = MeetingQuoracy.evaluate(QuorumRule.HALF_OF_CORE,
                MeetingQuoracy.expected(REGISTER, LocalDate.of(2026, 3, 10)), attendance);
        assertThat(s.quorate()).isFalse();
        record(4, AttendanceStatus.DEPUTY_ATTENDING, "Deputy Head");
        assertThat(MeetingQuoracy.evaluate(QuorumRule.HALF_OF_CORE,
                MeetingQuoracy.expected(REGISTER, LocalDate.of(2026, 3, 10)), attendance).quorate()).isTrue();
    }
}
