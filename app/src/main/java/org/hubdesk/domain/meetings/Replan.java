package org.hubdesk.domain.meetings;

import java.time.LocalDateTime;

/**
 * A re-plan the chair confirmed, as recorded for the minutes: when, at which item, the planned
 * end it was made to keep, and what it changed.
 */
public record Replan(long id, long meetingId, Long agendaItemId, LocalDateTime recordedAt, LocalDateTime plannedEnd, String summary) {
    public Replan {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A re-plan records what it changed");
        }
    }

    /** The minutes' words: "at 11:05, to end by 12:00 – 15 min over: …". */
    public String minutesLine() {
        return "at " + recordedAt.toLocalTime().withSecond(0).withNano(0) + ", to end by " + plannedEnd.toLocalTime() + " – " + summary;
    }

    /** The end a meeting is kept to: the first re-plan's, so later re-plans do not move the goal. */
    public static LocalDateTime plannedEnd(java.util.List<Replan> replans, LocalDateTime agendaEnd) {
        return replans.isEmpty() ? agendaEnd : replans.get(0).plannedEnd();
    }
}
