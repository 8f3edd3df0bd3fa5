package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class MeetingDeadlinesTest {
    @Test
    void papersForAMeetingTheTuesdayAfterEasterAreDueBeforeGoodFriday() {
        // Tue 23 April 2019: Mon 22 (Easter Monday) and Fri 19 (Good Friday) are not working days,
        // so the five working days back are Thu 18, Wed 17, Tue 16, Mon 15, Fri 12.
        MeetingDeadlines d = MeetingDeadlines.of(LocalDate.of(2019, 4, 23));
        assertThat(d.papersDue()).isEqualTo(LocalDate.of(2019, 4, 12));
        assertThat(d.minutesDue()).isEqualTo(LocalDate.of(2019, 5, 7));
    }

    @Test
    void papersDeadlineAcrossChristmasAndNewYear() {
        // Tue 5 Jan 2021: Fri 1 Jan, Mon 28 Dec (Boxing Day substitute) and Fri 25 Dec are holidays.
        MeetingDeadlines d = MeetingDeadlines.of(LocalDate.of(2021, 1, 5));
        assertThat(d.papersDue()).isEqualTo(LocalDate.of(2020, 12, 24));
    }

    @Test
    void minutesDueOnABankHolidayAreDueTheWorkingDayBefore() {
        // Fri 12 Dec 2025 + 14 days = Fri 26 Dec (Boxing Day); Thu 25 is Christmas: Wed 24 Dec.
        assertThat(MeetingDeadlines.of(LocalDate.of(2025, 12, 12)).minutesDue()).isEqualTo(LocalDate.of(2025, 12, 24));
        // An ordinary fortnight stays 14 calendar days.
        assertThat(MeetingDeadlines.of(LocalDate.of(2026, 3, 10)).minutesDue()).isEqualTo(LocalDate.of(2026, 3, 24));
    }

    @Test
    void missedDeadlinesAreNamedUntilTheWorkIsSent() {
        Meeting planned = Meeting.planned(1, LocalDate.of(2026, 3, 10), LocalTime.of(10, 0), null);
        MeetingDeadlines d = MeetingDeadlines.of(planned.meetingDate());
        assertThat(d.papersDue()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(d.missed(LocalDate.of(2026, 3, 3), planned)).isEmpty();
        assertThat(d.missed(LocalDate.of(2026, 3, 4), planned)).singleElement().asString().contains("Papers were due by 2026-03-03");
        assertThat(d.missed(LocalDate.of(2026, 3, 4), planned.withPapersSent(LocalDate.of(2026, 3, 4)))).isEmpty();
        Meeting held = planned.withPapersSent(LocalDate.of(2026, 3, 2)).ended(LocalDate.of(2026, 3, 10).atTime(12, 0));
        assertThat(d.missed(LocalDate.of(2026, 3, 24), held)).isEmpty();
        assertThat(d.missed(LocalDate.of(2026, 3, 25), held)).singleElement().asString().contains("Minutes were due by 2026-03-24");
        assertThat(d.missed(LocalDate.of(2026, 3, 25), held.withMinutesSent(LocalDate.of(2026, 3, 20)))).isEmpty();
    }
}
