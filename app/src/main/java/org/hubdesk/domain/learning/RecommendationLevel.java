package org.hubdesk.domain.learning;

import org.hubdesk.domain.common.Labelled;

/** Seed 000: the hub makes recommendations "both on an operational and strategic level". */
public enum RecommendationLevel implements Labelled {
    OPERATIONAL,
    STRATEGIC;

    @Override
    public String toString() {
        return label();
    }
}
