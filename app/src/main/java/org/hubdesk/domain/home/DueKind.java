package org.hubdesk.domain.home;

/**
 * The kinds of thing Home and {@code hubdesk due} list, in the order Home groups them. The name is
 * the KIND column of {@code hubdesk due}; the heading is Home's group title.
 */
public enum DueKind {
    PAPERS("Papers due", "agenda and papers go out five working days before a meeting"),
    MINUTES("Minutes due", "minutes go out within two weeks of a meeting"),
    ACTION("Actions", "overdue and due soon, with owner and agency"),
    CLOCK("Case review clocks", "statutory clocks not yet met, with the days left"),
    IMPACT("Impact reviews", "learning whose impact review falls due"),
    TERMS("Terms of reference", "groups whose terms of reference are due for review"),
    MEETING("Next meetings", "each group's next meeting and its quoracy risk");

    private final String heading;
    private final String explanation;

    DueKind(String heading, String explanation) {
        this.heading = heading;
        this.explanation = explanation;
    }

    public String heading() {
        return heading;
    }

    public String explanation() {
        return explanation;
    }
}
