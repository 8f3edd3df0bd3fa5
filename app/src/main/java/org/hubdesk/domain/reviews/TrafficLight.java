package org.hubdesk.domain.reviews;

import org.hubdesk.domain.common.Labelled;

/** How a clock stands today, as the tracker colours it. */
public enum TrafficLight implements Labelled {
    GREEN,
    AMBER,
    RED,
    MET,
    MISSED;

    /** A clock that is still running (green, amber or red). */
    public boolean running() {
        return this == GREEN || this == AMBER || this == RED;
    }
}
