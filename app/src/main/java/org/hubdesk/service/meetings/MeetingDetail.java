package org.hubdesk.service.meetings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.RegisterEntry;

/** Everything the agenda builder, live mode and minutes show about one meeting, read in one transaction. */
public record MeetingDetail(Meeting meeting, Group group, List<AgendaItem> items, AgendaTiming timing, MeetingDeadlines deadlines,
                            List<String> missedDeadlines, List<RegisterEntry> expected, Map<Long, Attendance> attendance,
                            MeetingQuoracy.Status quoracy, List<Decision> decisions, List<MeetingNote> notes,
                            List<ActionLogEntry> actions) {

    public Optional<AgendaItem> currentItem() {
        Long id = meeting.currentItemId();
        return id == null ? Optional.empty() : items.stream().filter(i -> i.id() == id).findFirst();
    }

    public int indexOf(long itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    /** "Multi-Agency Learning Forum, 2027-03-09 10:00" */
    public String title() {
        return group.name() + ", " + meeting.meetingDate() + " " + meeting.startsAt();
    }
}
