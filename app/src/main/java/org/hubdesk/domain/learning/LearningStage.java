package org.hubdesk.domain.learning;

import org.hubdesk.domain.common.Labelled;

/**
 * How far a piece of learning has gone round the loop of seed 004 section 2 and seed 003's
 * tracker: identified, key messages agreed for target audiences, disseminated by the plan's
 * methods, its impact awaiting review, closed once the impact review's outcome is recorded.
 * Derived by {@link LearningRecord#stage()}, never set by hand.
 */
public enum LearningStage implements Labelled {
    IDENTIFIED,
    MESSAGES_AGREED,
    DISSEMINATING,
    AWAITING_IMPACT_REVIEW,
    CLOSED;

    @Override
    public String toString() {
        return label();
    }
}
