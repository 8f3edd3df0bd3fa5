package org.hubdesk.ui.shell;

/** The areas of the main window, in sidebar order; Ctrl+1..9 and Ctrl+0 go to them. Home is first and opens at start. */
public enum Area {
    HOME("Home", "What needs you this week: papers, minutes, actions, case review clocks, impact reviews, terms of reference, next meetings"),
    HUB_TIMELINE("Hub timeline", "Learning Hub cycles month by month, their phases and activities"),
    DELIVERY_PLANS("Delivery plans", "Each hub cycle's delivery plan, as Appendix 2 of the terms of reference"),
    MEETINGS("Meetings", "Agendas, the chair's live mode, minutes, actions and attendance"),
    MEMBERS("Members and groups", "Each group's membership register, deputies and quoracy"),
    GOVERNANCE("Governance", "The governance chart: the groups and who reports to whom, with their terms of reference reviews"),
    LEARNING("Learning", "Learning from case reviews, audits and feedback, its dissemination and impact"),
    CASE_REVIEWS("Case reviews", "Rapid reviews, LCSPRs, single agency and seriously good reviews, with their statutory clocks"),
    ASSURANCE("Assurance", "Section 11 and Section 175 audits, the challenge panel, performance data and the audit calendar"),
    REPORTS("Reports", "Word and PDF papers for the board and the annual report draft");

    private final String title;
    private final String purpose;

    Area(String title, String purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    @Override
    public String toString() {
        return title;
    }
}
