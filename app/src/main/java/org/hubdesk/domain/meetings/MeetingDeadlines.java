package org.hubdesk.domain.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.calendar.WorkingDayCalendar;

/**
 * Seed 004 Appendix A §6: "The agenda and papers will be circulated at least five working days
 * ahead of the meeting. Minutes will be produced and circulated within two weeks of the meeting."
 * Working days are England and Wales ones (bank holidays excluded).
 */
public record MeetingDeadlines(LocalDate meetingDate, LocalDate papersDue, LocalDate minutesDue) {
    public static final int PAPERS_WORKING_DAYS_BEFORE = 5;
    public static final int MINUTES_CALENDAR_DAYS_AFTER = 14;

    /**
     * Papers: five working days before the meeting day. Minutes: 14 calendar days after; when that
     * day is not a working day nobody can circulate on it, so the deadline is the working day before.
     */
    public static MeetingDeadlines of(LocalDate meetingDate) {
        return new MeetingDeadlines(meetingDate,
                WorkingDayCalendar.workingDaysBefore(meetingDate, PAPERS_WORKING_DAYS_BEFORE),
                WorkingDayCalendar.onOrBefore(meetingDate.plusDays(MINUTES_CALENDAR_DAYS_AFTER)));
    }

    /**
     * What is late on {@code today}: papers not yet sent after their day, minutes not yet sent
     * after theirs. Empty when nothing is missed.
     */
    public List<String> missed(LocalDate today, Meeting meeting) {
        boolean papersSent = meeting.papersSentOn() != null;
        boolean minutesSent = meeting.minutesSentOn() != null;
        MeetingStatus status = meeting.status();
        List<String> late = new ArrayList<>();
        if (status == MeetingStatus.CANCELLED) {
            return late;
        }
        if (!papersSent && today.isAfter(papersDue) && today.isBefore(meetingDate.plusDays(1))) {
            late.add("Papers were due by " + papersDue + " (five working days before the meeting) and have not been sent");
        }
        if (!minutesSent && status == MeetingStatus.HELD && today.isAfter(minutesDue)) {
            late.add("Minutes were due by " + minutesDue + " (two weeks after the meeting) and have not been sent");
        }
        return late;
    }
}
