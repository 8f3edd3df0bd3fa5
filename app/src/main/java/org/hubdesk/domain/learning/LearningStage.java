package org.hubdesk.domain.learning;

/**
 * How far a piece of learning has gone round the loop of seed 004 section 2 and seed 003's
 * tracker: identified, key messages agreed for target audiences, disseminated by the plan's
 * methods, its impact awaiting review, closed once the impact review's outcome is recorded.
 * Derived by {@link LearningRecord#stage()}, never set by hand.
 */
public enum LearningStage {
    IDENTIFIED("Identified"),
    MESSAGES_AGREED("Messages agreed"),
    DISSEMINATING("Disseminating"),
    AWAITING_IMPACT_REVIEW("Awaiting impact review"),
    CLOSED("Closed");

    private final String label;

    LearningStage(String label) {
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
