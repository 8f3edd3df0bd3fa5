package org.hubdesk.service.meetings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.domain.meetings.Replan;
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
                            List<ActionLogEntry> actions, List<InterestDeclaration> declarations, List<Replan> replans) {

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

    /** Who a person on this meeting's register (member or named deputy) is, by id. */
    public Map<Long, String> registerNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        for (RegisterEntry e : expected) {
            names.put(e.personId(), e.personName());
            if (e.deputyPersonId() != null) {
                names.put(e.deputyPersonId(), e.deputyName());
            }
        }
        return names;
    }

    /** When the meeting is kept to end: the agenda's planned end, or the first re-plan's. */
    public java.time.LocalDateTime plannedEnd() {
        return Replan.plannedEnd(replans, meeting.meetingDate().atTime(timing.ends()));
    }

    /** Where the meeting stands at {@code now}: predicted end and overrun (empty when no item is under way). */
    public Optional<org.hubdesk.domain.meetings.MeetingPace> pace(java.time.LocalDateTime now) {
        if (meeting.currentItemId() == null || meeting.currentItemStartedAt() == null || meeting.endedAt() != null) {
            return Optional.empty();
        }
        int index = indexOf(meeting.currentItemId());
        return Optional.of(org.hubdesk.domain.meetings.MeetingPace.of(items, index,
                java.time.Duration.between(meeting.currentItemStartedAt(), now), now, plannedEnd()));
    }

    /** "Multi-Agency Learning Forum, 2027-03-09 10:00" */
    public String title() {
        return group.name() + ", " + meeting.meetingDate() + " " + meeting.startsAt();
    }
}
