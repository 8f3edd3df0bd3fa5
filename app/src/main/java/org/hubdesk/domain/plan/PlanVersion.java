package org.hubdesk.domain.plan;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserText;

/**
 * A named, immutable snapshot of a delivery plan: the Learning Hub presents the plan as 'first
 * phase knowledge' in month 1 and revisits it as the 'learning and change phase' in month 4
 * (Appendix 3), and a user may keep any other named point. Once taken it never changes.
 */
public record PlanVersion(long id, long planId, String name, LocalDateTime takenAt, DeliveryPlan plan) {
    public static final String FIRST_PHASE_KNOWLEDGE = "First phase knowledge";
    public static final String LEARNING_AND_CHANGE_PHASE = "Learning and change phase";
    public static final int MAX_NAME = 200;

    public PlanVersion {
        name = requireName(name);
    }

    public static String requireName(String name) {
        return UserText.required(name, "A version needs a name, for example '" + FIRST_PHASE_KNOWLEDGE + "'", MAX_NAME,
                length -> "A version name can be at most " + MAX_NAME + " characters");
    }

    /** What a list of versions shows, without loading every snapshot. */
    public record Summary(long id, long planId, String name, LocalDateTime takenAt) {
    }

    public Summary summary() {
        return new Summary(id, planId, name, takenAt);
    }
}
