package org.hubdesk.service.meetings;

import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;

/** A line of the meetings list. */
public record MeetingSummary(Meeting meeting, String groupName, MeetingDeadlines deadlines, int itemCount, int totalMinutes) {
}
