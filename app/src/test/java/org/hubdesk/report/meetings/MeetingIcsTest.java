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
import org.hubdesk.domain.meetings.Invitees;
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

    @Test
    void anInvitationIsARequestWithQuotedNamesAndACancelledMeetingACancel() {
        Invitees who = new Invitees(new Invitees.Invitee("Ada Chair, DCI", "ada@police.example", true),
                List.of(new Invitees.Invitee("O\"Brien; Cai: Named Nurse", "cai@icb.example", true),
                        new Invitees.Invitee(null, "dee@school.example", false)), List.of());
        String ics = MeetingIcs.invitation(forumAgenda("Civic Offices"), who, "hubdesk-meeting-42@x.invalid",
                Instant.parse("2027-05-01T09:30:00Z"), 3);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).contains("METHOD:REQUEST", "SEQUENCE:3", "ORGANIZER;CN=\"Ada Chair, DCI\":mailto:ada@police.example",
                "ATTENDEE;CN=\"OBrien; Cai: Named Nurse\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cai@icb.example",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dee@school.example");
        assertThat(lines.indexOf("METHOD:REQUEST")).isLessThan(lines.indexOf("BEGIN:VEVENT"));

        AgendaContent open = forumAgenda("Civic Offices");
        AgendaContent cancelled = new AgendaContent(open.partnershipName(), open.groupName(),
                open.meeting().withStatus(org.hubdesk.domain.meetings.MeetingStatus.CANCELLED), open.timing(), open.deadlines(), Map.of());
        String cancel = MeetingIcs.invitation(cancelled, who, "hubdesk-meeting-42@x.invalid", Instant.parse("2027-05-02T09:30:00Z"), 4);
        assertThat(cancel).contains("METHOD:CANCEL\r\n").contains("STATUS:CANCELLED\r\n").contains("UID:hubdesk-meeting-42@x.invalid\r\n")
                .contains("SEQUENCE:4\r\n");
        assertThat(MeetingIcs.fingerprint(open, who, "u")).isEqualTo(MeetingIcs.fingerprint(open, who, "u"))
                .isNotEqualTo(MeetingIcs.fingerprint(cancelled, who, "u"));
        // A plain calendar file (no invitees) stays METHOD:PUBLISH.
        assertThat(MeetingIcs.calendar(open, "u", Instant.EPOCH, 0)).contains("METHOD:PUBLISH\r\n").doesNotContain("ATTENDEE");
    }
}
