package org.hubdesk.domain.plan;

import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserInputException;

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
        if (name == null || name.isBlank()) {
            throw new UserInputException("A version needs a name, for example '" + FIRST_PHASE_KNOWLEDGE + "'");
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw new UserInputException("A version name can be at most " + MAX_NAME + " characters");
        }
        return n;
    }

    /** The points of the hub cycle at which Appendix 3 has the plan presented, with the cycle month. */
    public enum Point {
        FIRST_PHASE(FIRST_PHASE_KNOWLEDGE, 1),
        LEARNING_AND_CHANGE(LEARNING_AND_CHANGE_PHASE, 4);

        private final String versionName;
        private final int cycleMonth;

        Point(String versionName, int cycleMonth) {
            this.versionName = versionName;
            this.cycleMonth = cycleMonth;
        }

        public String versionName() {
            return versionName;
        }

        public int cycleMonth() {
            return cycleMonth;
        }

        @Override
        public String toString() {
            return versionName + " (month " + cycleMonth + ")";
        }
    }

    /** What a list of versions shows, without loading every snapshot. */
    public record Summary(long id, long planId, String name, LocalDateTime takenAt) {
    }

    public Summary summary() {
        return new Summary(id, planId, name, takenAt);
    }
}
