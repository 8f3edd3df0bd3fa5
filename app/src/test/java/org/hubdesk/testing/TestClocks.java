package org.hubdesk.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Clocks for services under test, so what they date ("due", "overdue", "received") does not move with the calendar. */
public final class TestClocks {
    private TestClocks() {
    }

    /** Stopped at midnight starting {@code day}, in this computer's time zone. */
    public static Clock startOf(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }
}
