package org.hubdesk.domain.meetings;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a running meeting stands against its planned end: the predicted end is now, plus what
 * is left of the item under discussion (nothing once it overruns), plus the planned minutes of
 * every item after it. The overrun is how far that lies past the planned end.
 */
public record MeetingPace(LocalDateTime predictedEnd, LocalDateTime plannedEnd) {

    /**
     * @param currentIndex the item under discussion (0-based)
     * @param currentElapsed how long it has been under discussion
     * @param plannedEnd when the meeting was planned to end (before any re-plan)
     */
    public static MeetingPace of(List<AgendaItem> items, int currentIndex, Duration currentElapsed, LocalDateTime now,
                                 LocalDateTime plannedEnd) {
        long seconds = 0;
        if (currentIndex >= 0 && currentIndex < items.size()) {
            ItemClock clock = new ItemClock(currentElapsed, items.get(currentIndex).minutes());
            seconds += Math.max(0, clock.remaining().getSeconds());
            for (AgendaItem later : items.subList(currentIndex + 1, items.size())) {
                seconds += later.minutes() * 60L;
            }
        }
        return new MeetingPace(now.plusSeconds(seconds).withNano(0), plannedEnd);
    }

    /** Whole minutes past the planned end (negative: ahead), rounded up so a part minute counts. */
    public int overrunMinutes() {
        long seconds = Duration.between(plannedEnd, predictedEnd).getSeconds();
        return (int) (seconds > 0 ? (seconds + 59) / 60 : -((-seconds) / 60));
    }

    /** "Predicted end 12:15 · 15 min over (planned 12:00)" */
    public String summary() {
        int over = overrunMinutes();
        String end = "Predicted end " + predictedEnd.toLocalTime().withSecond(0);
        if (over > 0) {
            return end + " · " + AgendaTiming.describe(over) + " over (planned " + plannedEnd.toLocalTime() + ")";
        }
        if (over < 0) {
            return end + " · " + AgendaTiming.describe(-over) + " ahead";
        }
        return end + " · on time";
    }
}
