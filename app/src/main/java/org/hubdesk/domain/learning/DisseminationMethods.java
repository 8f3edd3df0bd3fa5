package org.hubdesk.domain.learning;

import java.util.List;

/**
 * The communication methods offered for a dissemination plan: seed 004 section 3.3's mechanisms
 * and seed 002 section 11's (7-minute briefings, Information Highway Friday, snap surveys,
 * training with surveys of attendees). A plan may also name any other method in its own words.
 */
public final class DisseminationMethods {
    public static final List<String> SUGGESTED = List.of(
            "7-minute briefing for team meetings",
            "Publication of learning briefing on the SCP website",
            "Publication of the review on the SCP website",
            "SCP newsletter",
            "Multi-agency training",
            "Webinar",
            "Learning event",
            "Information Highway Friday session",
            "Snap survey of professionals",
            "Formal request to agencies to disseminate",
            "Update of policies and procedures",
            "Request to include in partner agencies' safeguarding training");

    private DisseminationMethods() {
    }
}
