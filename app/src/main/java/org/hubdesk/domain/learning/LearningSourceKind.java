package org.hubdesk.domain.learning;

import java.util.Locale;
import java.util.Optional;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/**
 * Where a piece of learning came from: the "Type of SCP Activity" of seed 004 Appendix B, whose
 * examples are "Audits, User feedback, Complaints, Rapid Reviews, LCSPRs, other reflective
 * learning activities", plus the Learning Hub cycle (seed 000) that most of our learning comes
 * from. Rapid reviews and LCSPRs are case reviews.
 */
public enum LearningSourceKind implements Labelled {
    HUB_CYCLE,
    CASE_REVIEW,
    AUDIT,
    USER_FEEDBACK,
    COMPLAINTS,
    OTHER_REFLECTIVE;

    /** Accepts the enum name, the label or a short word ("hub", "audit", "case review", "feedback"). */
    public static LearningSourceKind parse(String text) {
        Optional<LearningSourceKind> named = Labelled.find(LearningSourceKind.class, text);
        if (named.isPresent()) {
            return named.get();
        }
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return switch (t) {
            case "hub", "hub cycle", "learning hub" -> HUB_CYCLE;
            case "case review", "rapid review", "lcspr", "cspr" -> CASE_REVIEW;
            case "audits" -> AUDIT;
            case "feedback" -> USER_FEEDBACK;
            case "complaint" -> COMPLAINTS;
            case "other", "reflective" -> OTHER_REFLECTIVE;
            default -> throw new UserInputException("'" + text + "' is not a source of learning; use one of: hub cycle, case review, "
                    + "audit, user feedback, complaints, other");
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
