package org.hubdesk.domain.learning;

import org.hubdesk.domain.common.Labelled;

/** What the Partnership Board decided about a hub recommendation. */
public enum BoardDecision implements Labelled {
    PROPOSED,
    AGREED,
    NOT_AGREED;

    @Override
    public String toString() {
        return label();
    }
}
