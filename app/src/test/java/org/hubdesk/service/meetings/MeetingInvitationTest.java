package org.hubdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.RegisterEntry;
import org.junit.jupiter.api.Test;

/** An invitation, an update after a move and a cancellation of one demo meeting, as Outlook would get them. */
class MeetingInvitationTest extends DemoMeetingsTest {
    private static List<String> lines(Path file) throws Exception {
        String text = Files.readString(file);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n");
        return Arrays.asList(text.replace("\r\n ", "").split("\r\n"));
    }

    private static String value(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow().substring(name.length() + 1);
    }

    @Test
    void aRequestThenAnUpdateThenACancellationUnderOneUid() throws Exception {
        MeetingDetail d = meetings.newMeeting(forumId, LocalDate.of(2027, 3, 30), LocalTime.of(9, 30), "Civic Offices");
        long id = d.meeting().id();
        RegisterEntry chair = d.expected().stream().filter(e -> e.role() == MemberRole.CHAIR).findFirst().orElseThrow();
        long withEmail = d.expected().stream().filter(e -> e.email() != null && !e.email().equalsIgnoreCase(chair.email())).count();

        MeetingService.InvitationWritten first = meetings.writeInvitation(id, null, dir.resolve("invite.ics"));
        List<String> invite = lines(dir.resolve("invite.ics"));
        assertThat(first.method()).isEqualTo("REQUEST");
        assertThat(first.sequence()).isZero();
        assertThat(invite).contains("METHOD:REQUEST", "SEQUENCE:0", "STATUS:CONFIRMED", "DTSTART;TZID=Europe/London:20270330T093000");
        assertThat(invite).contains("ORGANIZER;CN=\"" + chair.personName() + "\":mailto:" + chair.email());
        List<String> attendees = invite.stream().filter(l -> l.startsWith("ATTENDEE;")).toList();
        assertThat(attendees).hasSize((int) withEmail).hasSize(first.attendees())
                .allMatch(l -> l.contains(";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:") && l.contains(";CN=\""));
        for (RegisterEntry e : d.expected()) {
            if (e.email() != null && !e.email().equalsIgnoreCase(chair.email())) {
                assertThat(attendees).anyMatch(l -> l.endsWith(":mailto:" + e.email())
                        && l.contains(e.core() ? "ROLE=REQ-PARTICIPANT" : "ROLE=OPT-PARTICIPANT"));
            }
        }
        String uid = value(invite, "UID");

        // The same meeting written again says the same, so it keeps its number.
        assertThat(meetings.writeInvitation(id, null, dir.resolve("again.ics")).sequence()).isZero();

        meetings.reschedule(id, LocalDate.of(2027, 3, 31), LocalTime.of(10, 0), "Civic Offices, Room 2");
        MeetingService.InvitationWritten moved = meetings.writeInvitation(id, null, dir.resolve("update.ics"));
        List<String> update = lines(dir.resolve("update.ics"));
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(update).contains("METHOD:REQUEST", "SEQUENCE:1", "UID:" + uid, "DTSTART;TZID=Europe/London:20270331T100000",
                "LOCATION:Civic Offices\\, Room 2");

        meetings.setStatus(id, MeetingStatus.CANCELLED);
        MeetingService.InvitationWritten cancelled = meetings.writeInvitation(id, null, dir.resolve("cancel.ics"));
        List<String> cancel = lines(dir.resolve("cancel.ics"));
        assertThat(cancelled.method()).isEqualTo("CANCEL");
        assertThat(cancel).contains("METHOD:CANCEL", "SEQUENCE:2", "UID:" + uid, "STATUS:CANCELLED");
        assertThat(cancel).filteredOn(l -> l.startsWith("ATTENDEE;")).hasSize((int) withEmail).allMatch(l -> l.contains("RSVP=FALSE"));

        // A new Hubdesk session (new service) continues from the stored number.
        MeetingService later = new MeetingService(services.database(), Clock.systemDefaultZone());
        assertThat(later.writeInvitation(id, null, dir.resolve("cancel-again.ics")).sequence()).isEqualTo(2);
        assertThat(later.writeInvitation(id, "business.unit@northbridge-scp.example", dir.resolve("from-unit.ics")).sequence()).isEqualTo(3);
        assertThat(lines(dir.resolve("from-unit.ics"))).contains("ORGANIZER:mailto:business.unit@northbridge-scp.example");
    }
}
