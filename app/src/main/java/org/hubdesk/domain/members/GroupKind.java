package org.hubdesk.domain.members;

/** The kinds of group the seeds describe. */
public enum GroupKind {
    PARTNERSHIP_BOARD("Partnership Board"),
    LEARNING_HUB("Learning Hub"),
    LEARNING_FORUM("Multi-Agency Learning Forum"),
    WORKING_GROUP("Working Group"),
    SUBGROUP("Subgroup"),
    OTHER("Other");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
