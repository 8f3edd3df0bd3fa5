package org.hubdesk.domain.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One meeting of a group. While the chair runs it, {@code startedAt} is set and
 * {@code currentItemId}/{@code currentItemStartedAt} say where the meeting is, so live mode can
 * resume exactly after a crash.
 */
public record Meeting(long id, long groupId, LocalDate meetingDate, LocalTime startsAt, String place, MeetingStatus status,
                      LocalDate papersSentOn, LocalDate minutesSentOn, LocalDateTime startedAt, LocalDateTime endedAt, Long currentItemId, LocalDateTime currentItemStartedAt) {
    public Meeting {
        if (meetingDate == null) {
            throw new UserInputException("A meeting needs a date");
        }
        if (startsAt == null) {
            throw new UserInputException("A meeting needs a start time");
        }
        place = UserText.optional(place, 300, length -> "The place or link is too long (at most 300 characters)");
        if (status == null) {
            status = MeetingStatus.PLANNED;
        }
    }

    public static Meeting planned(long groupId, LocalDate date, LocalTime start, String place) {
        return new Meeting(0, groupId, date, start, place, MeetingStatus.PLANNED, null, null, null, null, null, null);
    }

    public boolean inProgress() {
        return startedAt != null && endedAt == null && status == MeetingStatus.PLANNED;
    }

    public LocalDateTime startDateTime() {
        return meetingDate.atTime(startsAt);
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, groupId, meetingDate, startsAt, place, status, papersSentOn, minutesSentOn, startedAt, endedAt, currentItemId, currentItemStartedAt);
    }

    public Meeting rescheduled(LocalDate date, LocalTime start, String newPlace) {
        return new Meeting(id, groupId, date, start, newPlace, status, papersSentOn, minutesSentOn, startedAt, endedAt, currentItemId, currentItemStartedAt);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, groupId, meetingDate, startsAt, place, newStatus, papersSentOn, minutesSentOn, startedAt, endedAt, currentItemId, currentItemStartedAt);
    }

    public Meeting started(LocalDateTime now, Long firstItemId) {
        if (status == MeetingStatus.CANCELLED) {
            throw new UserInputException("This meeting was cancelled; plan it again before starting it");
        }
        if (status == MeetingStatus.HELD) {
            throw new UserInputException("This meeting has already been held and ended");
        }
        if (startedAt != null) {
            return this;
        }
        return new Meeting(id, groupId, meetingDate, startsAt, place, status, papersSentOn, minutesSentOn, now, null, firstItemId, now);
    }

    public Meeting withPapersSent(LocalDate day) {
        return new Meeting(id, groupId, meetingDate, startsAt, place, status, day, minutesSentOn, startedAt, endedAt, currentItemId, currentItemStartedAt);
    }

    public Meeting withMinutesSent(LocalDate day) {
        return new Meeting(id, groupId, meetingDate, startsAt, place, status, papersSentOn, day, startedAt, endedAt, currentItemId, currentItemStartedAt);
    }

    public Meeting atItem(Long itemId, LocalDateTime now) {
        return new Meeting(id, groupId, meetingDate, startsAt, place, status, papersSentOn, minutesSentOn, startedAt, endedAt, itemId, now);
    }

    public Meeting ended(LocalDateTime now) {
        return new Meeting(id, groupId, meetingDate, startsAt, place, MeetingStatus.HELD, papersSentOn, minutesSentOn,
                startedAt == null ? now : startedAt, now, null, null);
    }
}
