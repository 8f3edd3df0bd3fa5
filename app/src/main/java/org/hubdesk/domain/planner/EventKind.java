package org.hubdesk.domain.planner;

import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/**
 * The kinds of event on the forward planner, in the seeds' words: training programmes and
 * learning events (seed 003), Information Highway Friday sessions, the Young People's
 * Safeguarding Forum's thematic workshops and the joint development day (seed 002).
 */
public enum EventKind implements Labelled {
    TRAINING,
    LEARNING_EVENT,
    INFORMATION_HIGHWAY,
    WORKSHOP,
    DEVELOPMENT_DAY,
    OTHER;

    /** "training", "learning-event", "Learning event", "INFORMATION_HIGHWAY" all parse. */
    public static EventKind parse(String text) {
        return Labelled.find(EventKind.class, text).orElseThrow(() -> new UserInputException("Unknown event kind '" + text
                + "': use training, learning-event, information-highway, workshop, development-day or other"));
    }

    @Override
    public String toString() {
        return label();
    }
}
