package org.hubdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people editing the same meeting: the second save made from an older opening of the meeting's
 * details, an agenda item or the minutes is refused with both versions, and the first stays.
 */
class MeetingStaleEditTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 11);

    @TempDir
    Path dir;
    Services services;
    MeetingService meetings;
    long meetingId;

    @BeforeEach
    void open() {
        services = Services.open(dir, null);
        services.demo().createDemo(0, TODAY);
        meetings = new MeetingService(services.database(), Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
        long forumId = services.members().groupNamed("Multi-Agency Learning Forum").id();
        meetingId = meetings.newMeeting(forumId, TODAY.plusDays(30), LocalTime.of(10, 0), "Civic Offices").meeting().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aSecondSaveOfTheMeetingsDetailsFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        Versioned<Meeting> mine = meetings.meetingForEdit(meetingId);
        Versioned<Meeting> theirs = meetings.meetingForEdit(meetingId);
        meetings.reschedule(meetingId, TODAY.plusDays(30), LocalTime.of(10, 0), "Room 5", theirs.version());
        assertThatThrownBy(() -> meetings.reschedule(meetingId, TODAY.plusDays(31), LocalTime.of(14, 0), "Town Hall", mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The meeting's date, time and place was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: 2027-02-10 at 10:00, Room 5. Yours: 2027-02-11 at 14:00, Town Hall."
                        + " Open it again to see their change, then make yours on top of it.");
        Meeting now = meetings.meeting(meetingId).meeting();
        assertThat(now.place()).isEqualTo("Room 5");
        assertThat(now.meetingDate()).isEqualTo(TODAY.plusDays(30));
        // Opened again, the move goes on top of the colleague's.
        meetings.reschedule(meetingId, TODAY.plusDays(31), LocalTime.of(14, 0), "Town Hall", meetings.meetingForEdit(meetingId).version());
        assertThat(meetings.meeting(meetingId).meeting().place()).isEqualTo("Town Hall");
    }

    @Test
    void aSecondSaveOfAnAgendaItemFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        long itemId = meetings.meeting(meetingId).items().get(1).id();
        Versioned<AgendaItem> mine = meetings.itemForEdit(itemId);
        Versioned<AgendaItem> theirs = meetings.itemForEdit(itemId);
        meetings.updateItem(theirs.value().withMinutes(25), theirs.version());
        assertThatThrownBy(() -> meetings.updateItem(mine.value().withMinutes(40), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("The agenda item '" + mine.value().title() + "' was changed by someone else since you opened it")
                .hasMessageContaining(", 25 min").hasMessageContaining(", 40 min");
        assertThat(meetings.itemForEdit(itemId).value().minutes()).isEqualTo(25);
        // Moving items moves their versions on too: an item opened before a reorder is stale.
        Versioned<AgendaItem> beforeMove = meetings.itemForEdit(itemId);
        meetings.moveItem(itemId, 0);
        assertThatThrownBy(() -> meetings.updateItem(beforeMove.value().withMinutes(5), beforeMove.version()))
                .isInstanceOf(StaleEditException.class);
        assertThat(meetings.itemForEdit(itemId).value().minutes()).isEqualTo(25);
    }

    @Test
    void aSecondSaveOfTheMinutesFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        Versioned<String> mine = meetings.minutesForEdit(meetingId);
        Versioned<String> theirs = meetings.minutesForEdit(meetingId);
        int after = meetings.saveMinutes(meetingId, "Minutes agreed as a true record.", theirs.version());
        assertThat(after).isGreaterThan(theirs.version());
        assertThatThrownBy(() -> meetings.saveMinutes(meetingId, "My own draft of the minutes", mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: 6 words, starting 'Minutes agreed as a true record.'")
                .hasMessageContaining("Yours: 6 words, starting 'My own draft of the minutes'");
        assertThat(meetings.minutes(meetingId)).isEqualTo("Minutes agreed as a true record.");
        // Saving again from the version the first save returned is not refused.
        meetings.saveMinutes(meetingId, "Minutes agreed as a true record, with a correction.", after);
        assertThat(meetings.minutes(meetingId)).isEqualTo("Minutes agreed as a true record, with a correction.");
    }
}
