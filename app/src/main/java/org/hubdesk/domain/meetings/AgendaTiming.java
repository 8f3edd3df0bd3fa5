package org.hubdesk.domain.meetings;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An agenda's timings: each item starts when the one before it ends, from the meeting's start
 * time; the total is checked against the group's usual length.
 */
public record AgendaTiming(LocalTime meetingStart, List<TimedItem> items, int totalMinutes, Integer usualLengthMinutes) {

    public record TimedItem(AgendaItem item, LocalTime starts, LocalTime ends, int offsetMinutes) {
    }

    public static AgendaTiming of(LocalTime meetingStart, List<AgendaItem> items, Integer usualLengthMinutes) {
        List<TimedItem> timed = new ArrayList<>();
        int offset = 0;
        for (AgendaItem item : items) {
            timed.add(new TimedItem(item, meetingStart.plusMinutes(offset), meetingStart.plusMinutes(offset + item.minutes()), offset));
            offset += item.minutes();
        }
        return new AgendaTiming(meetingStart, List.copyOf(timed), offset, usualLengthMinutes);
    }

    public LocalTime ends() {
        return meetingStart.plusMinutes(totalMinutes);
    }

    public int overrunMinutes() {
        return usualLengthMinutes == null ? 0 : Math.max(0, totalMinutes - usualLengthMinutes);
    }

    public boolean overruns() {
        return overrunMinutes() > 0;
    }

    /** A sentence for the agenda builder, or null when the agenda fits. */
    public String overrunWarning() {
        if (!overruns()) {
            return null;
        }
        return "The agenda runs " + describe(totalMinutes) + ", " + describe(overrunMinutes()) + " over the usual "
                + describe(usualLengthMinutes) + " (ends " + ends() + " instead of " + meetingStart.plusMinutes(usualLengthMinutes)
                + "): shorten or move items";
    }

    public static String describe(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return h + " h" + (m == 0 ? "" : " " + m + " min");
    }
}
