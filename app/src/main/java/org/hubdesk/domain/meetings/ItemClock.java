package org.hubdesk.domain.meetings;

import java.time.Duration;

/** The chair's clock for the item under discussion: elapsed, remaining, and by how much it overruns. */
public record ItemClock(Duration elapsed, int plannedMinutes) {
    public ItemClock {
        elapsed = elapsed == null || elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    public Duration remaining() {
        return Duration.ofMinutes(plannedMinutes).minus(elapsed);
    }

    public boolean overrunning() {
        return remaining().isNegative();
    }

    /** Within the last fifth of the item (at least one minute): the chair should start to close. */
    public boolean nearlyDone() {
        long warnSeconds = Math.max(60, plannedMinutes * 60L / 5);
        return !overrunning() && remaining().getSeconds() <= warnSeconds;
    }

    public static String format(Duration d) {
        long s = Math.abs(d.getSeconds());
        return (d.isNegative() ? "-" : "") + String.format("%d:%02d", s / 60, s % 60);
    }

    public String remainingText() {
        return overrunning() ? "+" + format(remaining().negated()) + " over" : format(remaining()) + " left";
    }
}
