package org.hubdesk.report.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTemplate;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.domain.meetings.TemplateItem;
import org.junit.jupiter.api.Test;

class MeetingIcsTest {
    static AgendaContent forumAgenda(String place) {
        Meeting m = Meeting.planned(3, LocalDate.of(2027, 6, 8), LocalTime.of(10, 0), place).withId(42);
        List<AgendaItem> items = new ArrayList<>();
        for (TemplateItem t : AgendaTemplate.LEARNING_FORUM) {
            items.add(AgendaItem.fromTemplate(42, items.size(), t));
        }
        return new AgendaContent("Northbridge Safeguarding Children Partnership", "Multi-Agency Learning Forum", m,
                AgendaTiming.of(m.startsAt(), items, 120), MeetingDeadlines.of(m.meetingDate()), Map.of());
    }

    @Test
    void anOutlookReadableEventInLondonTime() {
        String ics = MeetingIcs.calendar(forumAgenda("Civic Offices; Room 2, first floor"), "hubdesk-meeting-42@x.invalid",
                Instant.parse("2027-05-01T09:30:00Z"), 0);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        List<String> lines = Arrays.asList(unfolded.split("\r\n"));
        assertThat(lines).contains("BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:VEVENT", "UID:hubdesk-meeting-42@x.invalid",
                "DTSTAMP:20270501T093000Z", "DTSTART;TZID=Europe/London:20270608T100000",
                "DTEND;TZID=Europe/London:20270608T115900", "SUMMARY:Multi-Agency Learning Forum",
                "LOCATION:Civic Offices\\; Room 2\\, first floor", "END:VEVENT");
        String description = lines.stream().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
        assertThat(description).contains("1. 10:00 Welcome\\, introductions\\, apologies")
                .contains("4. 10:15 Individual case learning 1").contains("13. 11:57 AOB")
                .contains("Evidencing impact of learning – updating the tracker");
    }

    @Test
    void foldingNeverSplitsACharacterOrAnEscape() {
        String line = "DESCRIPTION:" + "é–\\n".repeat(40);
        String folded = MeetingIcs.fold(line);
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(part).doesNotEndWith("\\");
        }
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(line);
    }
}
