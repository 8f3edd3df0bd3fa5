package org.hubdesk.ui.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.reviews.CaseReference;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.CriterionAnswer;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.service.reviews.CaseReviewService;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Case reviews screen's state: the filtered list, the chosen review with its clocks, and the
 * forms for a new referral, the Virtual Panel decision and the LCSPR decision. Each action is one
 * service call off the FX thread.
 */
public final class CaseReviewsViewModel implements AreaModel {
    public final ObservableList<CaseReview> reviews = FXCollections.observableArrayList();
    public final ObjectProperty<ReviewKind> kindFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<ReviewStatus> statusFilter = new SimpleObjectProperty<>();
    public final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    public final ObjectProperty<CaseReview> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<CaseReviewService.Detail> detail = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loadedWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty loaded = loadedWrapper.getReadOnlyProperty();

    // the new referral form
    public final ObjectProperty<ReviewKind> newKind = new SimpleObjectProperty<>(ReviewKind.RAPID_REVIEW);
    public final StringProperty newTitle = new SimpleStringProperty("");
    public final StringProperty newReference = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> newReceived = new SimpleObjectProperty<>();
    public final StringProperty newReferredBy = new SimpleStringProperty("");
    public final StringProperty newAgencies = new SimpleStringProperty("");
    public final StringProperty referenceWarning = new SimpleStringProperty("");

    // the panel decision form
    public final BooleanProperty panelRapidReview = new SimpleBooleanProperty(true);
    public final StringProperty panelReason = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> panelDecidedOn = new SimpleObjectProperty<>();

    // the LCSPR decision form: one tick and note per criterion, in the seed's order
    private final List<BooleanProperty> criterionMet = new ArrayList<>();
    private final List<StringProperty> criterionNote = new ArrayList<>();
    public final ObjectProperty<ReviewOutcome> outcome = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();

    public final StringProperty message = new SimpleStringProperty("");
    /** The chosen review's LCSPR details, milestones, actions, briefing and learning. */
    public final ReviewFollowUpModel followUp;

    private final UiContext context;
    private final CaseReviewService service;

    public CaseReviewsViewModel(UiContext context) {
        this.context = context;
        this.service = context.services().reviews();
        this.followUp = new ReviewFollowUpModel(this, service, context.services().learningTracker());
        for (int i = 0; i < LcsprCriterion.values().length; i++) {
            criterionMet.add(new SimpleBooleanProperty(false));
            criterionNote.add(new SimpleStringProperty(""));
        }
        newReference.addListener((o, a, text) -> referenceWarning.set(
                CaseReference.nameWarning(text) == null ? "" : CaseReference.nameWarning(text)));
        kindFilter.addListener((o, a, b) -> load());
        statusFilter.addListener((o, a, b) -> load());
        overdueOnly.addListener((o, a, b) -> load());
        selected.addListener((o, a, r) -> loadDetail());
        newReceived.set(context.today());
        panelDecidedOn.set(context.today());
        decidedOn.set(context.today());
    }

    public LocalDate today() {
        return context.today();
    }

    /** Reloads the list with the filters; keeps the chosen review if it is still listed. */
    @Override
    public void load() {
        CaseReviewService.Filter filter = new CaseReviewService.Filter(kindFilter.get(), statusFilter.get(), overdueOnly.get());
        Long keep = selected.get() == null ? null : selected.get().id();
        context.tasks().run("Loading case reviews", () -> service.list(filter), list -> {
            reviews.setAll(list);
            loadedWrapper.set(true);
            selected.set(list.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
            loadDetail();
        });
    }

    private void loadDetail() {
        CaseReview r = selected.get();
        if (r == null) {
            detail.set(null);
            return;
        }
        long id = r.id();
        context.tasks().run("Loading case review", () -> service.detail(id), d -> {
            if (selected.get() != null && selected.get().id() == id) {
                fillDecisionForm(d.review());
                followUp.fill(d.review(), today());
                detail.set(d);
            }
        });
    }

    private void fillDecisionForm(CaseReview r) {
        LcsprDecision d = r.lcsprDecision();
        for (int i = 0; i < criterionMet.size(); i++) {
            CriterionAnswer a = d == null ? null : d.answers().get(i);
            criterionMet.get(i).set(a != null && a.met());
            criterionNote.get(i).set(a == null || a.note() == null ? "" : a.note());
        }
        outcome.set(d == null ? null : d.outcome());
        if (d != null) {
            decidedOn.set(d.decidedOn());
        }
    }

    /** Records the new referral from the form and selects it. */
    public void recordReferral() {
        ReviewKind kind = newKind.get();
        String title = newTitle.get();
        String reference = newReference.get();
        LocalDate received = newReceived.get();
        String by = newReferredBy.get();
        String agencies = newAgencies.get();
        act("Recording referral", () -> service.record(kind, title, reference, received, by, agencies), made -> {
            newTitle.set("");
            newReference.set("");
            newReferredBy.set("");
            newAgencies.set("");
            message.set("Recorded review " + made.id());
            selectAfterLoad(made.id());
        });
    }

    public void recordPanelDecision() {
        CaseReview r = selected.get();
        if (r == null) {
            return;
        }
        boolean rapid = panelRapidReview.get();
        String reason = panelReason.get();
        LocalDate on = panelDecidedOn.get();
        Integer opened = openedVersion();
        act("Recording the panel decision", () -> service.recordPanelDecision(r.id(), new PanelDecision(on, rapid, reason), opened),
                done -> selectAfterLoad(r.id()));
    }

    public void recordPanelNotified() {
        recordToday("Recording the National Panel notification", service::recordPanelNotified);
    }

    public void recordReportSent() {
        recordToday("Recording the report sent", service::recordReportSent);
    }

    /** A step of the review that happened today, saved against the version shown. */
    private interface StepOn {
        CaseReview record(long reviewId, LocalDate on, Integer openedVersion);
    }

    /** Records {@code step} as done today for the chosen review, if one is chosen. */
    private void recordToday(String title, StepOn step) {
        CaseReview r = selected.get();
        if (r != null) {
            LocalDate on = today();
            Integer opened = openedVersion();
            act(title, () -> step.record(r.id(), on, opened), d -> selectAfterLoad(r.id()));
        }
    }

    public void recordLcsprDecision() {
        CaseReview r = selected.get();
        if (r == null) {
            return;
        }
        List<CriterionAnswer> answers = new ArrayList<>();
        LcsprCriterion[] all = LcsprCriterion.values();
        for (int i = 0; i < all.length; i++) {
            answers.add(new CriterionAnswer(all[i], criterionMet.get(i).get(), criterionNote.get(i).get()));
        }
        ReviewOutcome chosen = outcome.get();
        LocalDate on = decidedOn.get();
        Integer opened = openedVersion();
        act("Recording the LCSPR decision", () -> service.recordLcsprDecision(r.id(), new LcsprDecision(on, answers, chosen), opened), made -> {
            message.set(made.map(id -> "Single agency review " + id + " recorded; its three weeks run from " + on).orElse("Decision recorded"));
            selectAfterLoad(r.id());
        });
    }

    /** The row version of the review shown, so its decision forms save against what the user sees (null if none is shown). */
    Integer openedVersion() {
        CaseReviewService.Detail d = detail.get();
        return d == null ? null : d.version();
    }

    /** The chosen review as it is now, with its row version: the "Edit referral" dialog opens with this. */
    public org.hubdesk.domain.common.Versioned<CaseReview> reviewForEdit() {
        CaseReview r = selected.get();
        return r == null ? null : service.forEdit(r.id());
    }

    /**
     * Saves the referral's facts edited from {@code opened}; a problem, or a colleague's save since it
     * was opened (both versions named), comes back through {@code problem} and nothing is saved.
     */
    public void editReferral(org.hubdesk.domain.common.Versioned<CaseReview> opened, String title, String reference, String by,
            String agencies, Runnable done, java.util.function.Consumer<String> problem) {
        long id = opened.value().id();
        context.tasks().run("Saving the referral", progress -> service.editReferral(id, opened.version(), title, reference, by, agencies),
                saved -> {
                    selectAfterLoad(id);
                    done.run();
                }, problem);
    }

    /** Selects a review by id (from Home), clearing the filters if they hide it. */
    public void select(long id) {
        selectAfterLoad(id);
    }

    void selectAfterLoad(long id) {
        CaseReview stub = reviews.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (stub == null) {
            // A new review may be outside the filters: clear them so it is listed.
            kindFilter.set(null);
            statusFilter.set(null);
            overdueOnly.set(false);
        }
        CaseReviewService.Filter filter = new CaseReviewService.Filter(kindFilter.get(), statusFilter.get(), overdueOnly.get());
        context.tasks().run("Loading case reviews", () -> service.list(filter), list -> {
            reviews.setAll(list);
            selected.set(null);
            selected.set(list.stream().filter(x -> x.id() == id).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    /** Runs one service call with a progress title, then the follow-on on the FX thread; a problem goes to the message line. */
    <T> void act(String title, Callable<T> work, java.util.function.Consumer<T> then) {
        message.set("");
        context.tasks().run(title, progress -> work.call(), then, problem -> message.set(problem));
    }

    public BooleanProperty criterionMetProperty(LcsprCriterion c) {
        return criterionMet.get(c.ordinal());
    }

    public StringProperty criterionNoteProperty(LcsprCriterion c) {
        return criterionNote.get(c.ordinal());
    }
}
