package org.hubdesk.domain.reviews;

import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;

/** Where a review is in its life. */
public enum ReviewStatus implements Labelled {
    REFERRED,
    IN_PROGRESS,
    AWAITING_DECISION,
    COMPLETED,
    CLOSED;

    /** The few words a narrow list column has room for. */
    public String shortLabel() {
        return Labels.of(this, "shortLabel");
    }

    public boolean open() {
        return this != COMPLETED && this != CLOSED;
    }

    @Override
    public String toString() {
        return label();
    }
}
