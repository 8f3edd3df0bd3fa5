package org.hubdesk.ui.reviews;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.service.learning.LearningTrackerService;
import org.hubdesk.service.reviews.CaseReviewService;

/**
 * The chosen review's follow-up forms: an LCSPR's commissioning and publication, its milestones
 * and actions, a seriously good review's briefing, and the review's learning with the step that
 * sends it on to the learning tracker. Each save is one service call off the FX thread; the
 * review is then shown again from the store.
 */
public final class ReviewFollowUpModel {
    public final ObjectProperty<LocalDate> commissionedOn = new SimpleObjectProperty<>();
    public final StringProperty reviewer = new SimpleStringProperty("");
    public final BooleanProperty independent = new SimpleBooleanProperty(true);
    public final ObjectProperty<LocalDate> publishedOn = new SimpleObjectProperty<>();
    public final StringProperty milestoneTitle = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> milestoneDue = new SimpleObjectProperty<>();
    public final StringProperty actionText = new SimpleStringProperty("");
    public final StringProperty actionLead = new SimpleStringProperty("");
    public final StringProperty actionTimescale = new SimpleStringProperty("");
    public final StringProperty sharedAt = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> briefingOn = new SimpleObjectProperty<>();
    public final StringProperty learning = new SimpleStringProperty("");

    /** The case reviews model this is part of: it runs the saves, says what happened and reshows the review. */
    private final CaseReviewsViewModel owner;
    private final CaseReviewService reviews;
    private final LearningTrackerService tracker;

    ReviewFollowUpModel(CaseReviewsViewModel owner, CaseReviewService reviews, LearningTrackerService tracker) {
        this.owner = owner;
        this.reviews = reviews;
        this.tracker = tracker;
    }

    /** Puts the review's stored values in the forms (the add-forms start empty). */
    void fill(CaseReview r, LocalDate today) {
        CaseReview.Lcspr l = r.lcspr();
        commissionedOn.set(l == null ? today : l.commissionedOn());
        reviewer.set(l == null || l.reviewer() == null ? "" : l.reviewer());
        independent.set(l == null || l.independentReviewer());
        publishedOn.set(l == null ? null : l.publishedOn());
        sharedAt.set(r.sharedAt() == null ? "" : r.sharedAt());
        briefingOn.set(r.briefingOn());
        learning.set(r.learning() == null ? "" : r.learning());
        milestoneTitle.set("");
        milestoneDue.set(null);
        actionText.set("");
        actionLead.set("");
        actionTimescale.set("");
    }

    public void saveLcsprDetails(long reviewId) {
        CaseReview.Lcspr details = new CaseReview.Lcspr(commissionedOn.get(), reviewer.get(), independent.get(), publishedOn.get());
        Integer version = owner.openedVersion();
        owner.act("Saving the LCSPR's details", () -> reviews.recordLcsprDetails(reviewId, details, version), r -> {
            owner.message.set(r.lcspr().publishedOn() != null ? "Published: the LCSPR is completed" : "LCSPR details saved");
            owner.selectAfterLoad(reviewId);
        });
    }

    public void addMilestone(long reviewId) {
        String title = milestoneTitle.get();
        LocalDate due = milestoneDue.get();
        owner.act("Adding a milestone", () -> reviews.addMilestone(reviewId, title, due), m -> {
            owner.message.set("Milestone added: " + m.title());
            owner.selectAfterLoad(reviewId);
        });
    }

    public void markMilestoneDone(long reviewId, long milestoneId, LocalDate on) {
        owner.act("Marking the milestone done", () -> {
            reviews.markMilestoneDone(milestoneId, on);
            return milestoneId;
        }, id -> owner.selectAfterLoad(reviewId));
    }

    public void addAction(long reviewId) {
        String text = actionText.get();
        String lead = actionLead.get();
        String when = actionTimescale.get();
        owner.act("Adding an action", () -> reviews.addAction(reviewId, ActionItem.draft(text, null, lead, Timescale.parse(when))), a -> {
            owner.message.set("Action added to the shared action log");
            owner.selectAfterLoad(reviewId);
        });
    }

    public void saveBriefing(long reviewId) {
        String at = sharedAt.get();
        LocalDate on = briefingOn.get();
        Integer version = owner.openedVersion();
        owner.act("Saving the briefing", () -> reviews.recordBriefing(reviewId, at, on, version), r -> {
            owner.message.set(r.status().open() ? "Briefing planned for " + on : "Briefing held: the review is completed");
            owner.selectAfterLoad(reviewId);
        });
    }

    public void saveLearning(long reviewId) {
        String text = learning.get();
        Integer version = owner.openedVersion();
        owner.act("Saving the learning", () -> reviews.recordLearning(reviewId, text, version), r -> {
            owner.message.set("Learning saved; it is noted at the next Forum meeting");
            owner.selectAfterLoad(reviewId);
        });
    }

    /**
     * Saves the learning as written, then makes a learning tracker record of it (once per review).
     * The review is shown again even if the tracker refuses (already sent): the learning was saved,
     * so the forms' next save goes against the review's new version.
     */
    public void sendToTracker(long reviewId) {
        String text = learning.get();
        Integer version = owner.openedVersion();
        owner.act("Sending the learning to the tracker", () -> {
            reviews.recordLearning(reviewId, text, version);
            try {
                return "Learning " + tracker.addFromCaseReview(reviewId).id() + " recorded in the learning tracker";
            } catch (UserInputException refused) {
                return refused.getMessage();
            }
        }, said -> {
            owner.message.set(said);
            owner.selectAfterLoad(reviewId);
        });
    }
}
