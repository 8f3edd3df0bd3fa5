package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendanceReportTest {
    @Test
    void countsPerMemberAndPerAgency() {
        var reg = MeetingQuoracyTest.REGISTER.subList(0, 4);
        var s1 = new AttendanceReport.Sitting(1, LocalDate.of(2026, 1, 10), "Forum", reg, Map.of(
                1L, new Attendance(1, 1, AttendanceStatus.PRESENT, null, null),
                2L, new Attendance(1, 2, AttendanceStatus.APOLOGIES, null, null),
                3L, new Attendance(1, 3, AttendanceStatus.DEPUTY_ATTENDING, null, "Nurse Deputy")));
        var s2 = new AttendanceReport.Sitting(2, LocalDate.of(2026, 4, 10), "Forum", reg, Map.of(
                1L, new Attendance(2, 1, AttendanceStatus.PRESENT, null, null),
                2L, new Attendance(2, 2, AttendanceStatus.ABSENT, null, null)));
        AttendanceReport.Result r = AttendanceReport.tally(List.of(s1, s2));
        assertThat(r.meetings()).isEqualTo(2);
        var ben = r.members().stream().filter(m -> m.name().equals("Ben Police")).findFirst().orElseThrow();
        assertThat(ben.meetings()).isEqualTo(2);
        assertThat(ben.apologies()).isEqualTo(1);
        assertThat(ben.absent()).isEqualTo(1);
        assertThat(ben.percent()).isZero();
        var cat = r.members().stream().filter(m -> m.name().equals("Cat Health")).findFirst().orElseThrow();
        assertThat(cat.deputy()).isEqualTo(1);
        assertThat(cat.notRecorded()).isEqualTo(1);
        assertThat(cat.percent()).isEqualTo(50);
        assertThat(r.below(75)).extracting(AttendanceReport.MemberTally::name).containsExactlyInAnyOrder("Ben Police", "Cat Health", "Dan School");
        var police = r.agencies().stream().filter(a -> a.agencyName().equals("Constabulary")).findFirst().orElseThrow();
        assertThat(police.represented()).isZero();
        var council = r.agencies().stream().filter(a -> a.agencyName().equals("Borough Council")).findFirst().orElseThrow();
        assertThat(council.percent()).isEqualTo(100);
    }
}
