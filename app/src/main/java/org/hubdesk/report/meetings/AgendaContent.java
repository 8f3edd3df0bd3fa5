package org.hubdesk.report.meetings;

import java.util.Map;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;

/** What an agenda document shows: the meeting, its timed items and the names of item leads. */
public record AgendaContent(String partnershipName, String groupName, Meeting meeting, AgendaTiming timing,
                            MeetingDeadlines deadlines, Map<Long, String> personNames) {

    public String lead(AgendaItem item) {
        if (item.leadPersonId() != null && personNames.containsKey(item.leadPersonId())) {
            return personNames.get(item.leadPersonId());
        }
        return item.leadText() == null ? "" : item.leadText();
    }

    /** Plain-text agenda, one line per item with its start time, for an invitation's description. */
    public String asText() {
        StringBuilder sb = new StringBuilder("Agenda\n");
        int n = 1;
        for (AgendaTiming.TimedItem t : timing.items()) {
            AgendaItem item = t.item();
            sb.append(n++).append(". ").append(t.starts()).append(' ').append(item.title());
            if (item.caseReference() != null) {
                sb.append(" – case ").append(item.caseReference());
            }
            String lead = lead(item);
            sb.append(" (").append(item.kind().label().toLowerCase(java.util.Locale.ROOT));
            if (!lead.isEmpty()) {
                sb.append(", ").append(lead);
            }
            sb.append(", ").append(item.minutes()).append(" min)\n");
            for (String p : item.subPoints()) {
                sb.append("   • ").append(p).append('\n');
            }
        }
        sb.append("Papers due by ").append(deadlines.papersDue()).append('.');
        return sb.toString();
    }
}
