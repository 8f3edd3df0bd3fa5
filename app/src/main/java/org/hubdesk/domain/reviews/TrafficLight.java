package org.hubdesk.domain.reviews;

/** How a clock stands today, as the tracker colours it. */
public enum TrafficLight {
    GREEN("On track"),
    AMBER("Due soon"),
    RED("Overdue"),
    MET("Met"),
    MISSED("Missed");

    private final String label;

    TrafficLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A clock that is still running (green, amber or red). */
    public boolean running() {
        return this == GREEN || this == AMBER || this == RED;
    }
}
