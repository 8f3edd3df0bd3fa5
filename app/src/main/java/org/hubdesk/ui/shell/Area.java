package org.hubdesk.ui.shell;

import org.hubdesk.domain.common.Labels;

/** The areas of the main window, in sidebar order; Ctrl+1..9 and Ctrl+0 go to them. Home is first and opens at start. */
public enum Area {
    HOME,
    HUB_TIMELINE,
    DELIVERY_PLANS,
    MEETINGS,
    MEMBERS,
    GOVERNANCE,
    LEARNING,
    CASE_REVIEWS,
    ASSURANCE,
    REPORTS;

    /** The area's name in the sidebar and the Go menu. */
    public String title() {
        return Labels.of(this, "title");
    }

    /** One line on what the area is for. */
    public String purpose() {
        return Labels.of(this, "purpose");
    }

    @Override
    public String toString() {
        return title();
    }
}
