package org.hubdesk.domain.learning;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One piece of learning on the tracker (seed 003's "tracker and recording template", seed 004
 * Appendix B's row): where it came from (a kind, a hub cycle when it came from one, else an optional
 * reference such as a review's name or an audit's number), the subgroup it came to, the activity
 * and its dates, the findings, the multi-agency key messages and their target audiences, the day
 * the key messages were agreed, and the impact review.
 */
public record LearningRecord(long id, LearningSourceKind sourceKind, Long hubCycleId, String sourceReference, String subgroup,
                             String activity, LocalDate activityFrom, LocalDate activityTo, String findings, String keyMessages,
                             String targetAudiences, LocalDate messagesAgreedOn, ImpactReview impact) {
    public static final int MAX_LENGTH = 4000;

    public LearningRecord {
        if (sourceKind == null) {
            throw new UserInputException("Choose the type of activity the learning came from (hub cycle, case review, audit, ...)");
        }
        if (sourceKind == LearningSourceKind.HUB_CYCLE && hubCycleId == null) {
            throw new UserInputException("Choose the hub cycle the learning came from");
        }
        if (sourceKind != LearningSourceKind.HUB_CYCLE) {
            hubCycleId = null;
        }
        sourceReference = clean(sourceReference, "The source reference");
        subgroup = clean(subgroup, "The subgroup");
        activity = clean(activity, "The description of the activity");
        if (activity == null) {
            throw new UserInputException("Describe the activity the learning came from");
        }
        if (activityFrom == null) {
            throw new UserInputException("Give the date the activity was undertaken (or started)");
        }
        if (activityTo != null && activityTo.isBefore(activityFrom)) {
            throw new UserInputException("The activity cannot end (" + activityTo + ") before it starts (" + activityFrom + ")");
        }
        findings = clean(findings, "The summary of findings");
        keyMessages = clean(keyMessages, "The key messages");
        targetAudiences = clean(targetAudiences, "The target audiences");
        if (messagesAgreedOn != null && keyMessages == null) {
            throw new UserInputException("Write the key messages before marking them agreed");
        }
        impact = impact == null ? ImpactReview.none() : impact;
    }

    /** A newly identified piece of learning: no messages agreed, no impact review planned. */
    public static LearningRecord identified(LearningSourceKind kind, Long hubCycleId, String reference, String subgroup,
                                            String activity, LocalDate from, LocalDate to, String findings) {
        return new LearningRecord(0, kind, hubCycleId, reference, subgroup, activity, from, to, findings, null, null, null, null);
    }

    /** The loop's stage given the record's dissemination plan. */
    public LearningStage stage(DisseminationPlan plan) {
        if (impact.reviewed()) {
            return LearningStage.CLOSED;
        }
        if (messagesAgreedOn == null) {
            return LearningStage.IDENTIFIED;
        }
        if (plan == null || !plan.hasMethods()) {
            return LearningStage.MESSAGES_AGREED;
        }
        return plan.allDone() ? LearningStage.AWAITING_IMPACT_REVIEW : LearningStage.DISSEMINATING;
    }

    /** What is late: methods past their date and not done, or an impact review past its date. Empty when nothing is. */
    public String overdue(DisseminationPlan plan, LocalDate today) {
        long late = plan == null ? 0 : plan.overdue(today);
        String methods = late == 0 ? "" : late + (late == 1 ? " method" : " methods") + " past their date";
        String review = impact.overdue(today) ? "impact review due " + impact.dueOn() : "";
        return methods.isEmpty() ? review : review.isEmpty() ? methods : methods + "; " + review;
    }

    /** "12 March 2027" or "March to May 2027" style text: the dates undertaken, ISO as everywhere. */
    public String datesUndertaken() {
        return activityTo == null || activityTo.equals(activityFrom) ? activityFrom.toString() : activityFrom + " to " + activityTo;
    }

    /** The day that places the record in a partnership year: when the activity was undertaken. */
    public LocalDate day() {
        return activityFrom;
    }

    public LearningRecord withId(long newId) {
        return new LearningRecord(newId, sourceKind, hubCycleId, sourceReference, subgroup, activity, activityFrom, activityTo,
                findings, keyMessages, targetAudiences, messagesAgreedOn, impact);
    }

    public LearningRecord withMessages(String messages, String audiences, LocalDate agreedOn) {
        return new LearningRecord(id, sourceKind, hubCycleId, sourceReference, subgroup, activity, activityFrom, activityTo,
                findings, messages, audiences, agreedOn, impact);
    }

    public LearningRecord withImpact(ImpactReview review) {
        return new LearningRecord(id, sourceKind, hubCycleId, sourceReference, subgroup, activity, activityFrom, activityTo,
                findings, keyMessages, targetAudiences, messagesAgreedOn, review);
    }

    /** Strips text, turns blank into null and refuses text longer than the store keeps. */
    static String clean(String text, String what) {
        return UserText.optional(text, MAX_LENGTH,
                length -> what + " is limited to " + MAX_LENGTH + " characters (this has " + length + ")");
    }
}
