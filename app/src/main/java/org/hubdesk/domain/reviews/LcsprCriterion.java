package org.hubdesk.domain.reviews;

import org.hubdesk.domain.common.Labels;

/**
 * The eight circumstances in which, following a Rapid Review, a Local Child Safeguarding Practice
 * Review may be appropriate: seed 002 section 5, in its words.
 */
public enum LcsprCriterion {
    IMPROVEMENTS,
    RECURRENT_THEMES,
    WORKING_TOGETHER,
    NATIONAL_PANEL,
    SINGLE_AGENCY_CONCERN,
    NO_AGENCY_INVOLVEMENT,
    MORE_THAN_ONE_AREA,
    INSTITUTIONAL_SETTINGS;

    /** The criterion as the seed words it, after "an LCSPR may be appropriate where [the case]". */
    public String text() {
        return Labels.of(this, "text");
    }
}
