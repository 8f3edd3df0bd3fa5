package org.hubdesk.domain.reviews;

import org.hubdesk.domain.common.Labelled;

/** What the safeguarding partners decide after a rapid review (seed 002 sections 5 and 6). */
public enum ReviewOutcome implements Labelled {
    LCSPR,
    SINGLE_AGENCY_REVIEW,
    NO_FURTHER_REVIEW;

    @Override
    public String toString() {
        return label();
    }
}
