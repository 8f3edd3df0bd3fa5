package org.hubdesk.ui.learning;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationPlan;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.learning.LearningReports;
import org.hubdesk.service.learning.LearningTrackerService;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.ui.shell.UiContext;

/**
 * The learning tracker's state: every record with its stage and what is late, filtered; and for
 * the chosen record its key messages, its dissemination plan (seed 004 Appendix C), its 7-minute
 * briefing and its impact review. Each save is one service call off the FX thread, after which
 * the record is shown again from the store; what the user typed stays in the form on an error.
 */
public final class TrackerViewModel {
    private final List<TrackerLine> all = new ArrayList<>();
    public final ObservableList<TrackerLine> lines = FXCollections.observableArrayList();
    public final ObjectProperty<LearningStage> stageFilter = new SimpleObjectProperty<>();
    public final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    public final ObjectProperty<TrackerLine> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<DisseminationPlan> plan = new SimpleObjectProperty<>();
    public final BooleanProperty loaded = new SimpleBooleanProperty(false);
    public final StringProperty message = new SimpleStringProperty("");
    /** The chosen record's row version when its forms were filled or last saved from here. */
    private int openedVersion;

    public final StringProperty keyMessages = new SimpleStringProperty("");
    public final StringProperty audiences = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> agreedOn = new SimpleObjectProperty<>();
    /** Per audience: the dissemination plan row's purpose and measures of success, as the screen edits them. */
    public final Map<Audience, StringProperty> purpose = new EnumMap<>(Audience.class);
    public final Map<Audience, StringProperty> measures = new EnumMap<>(Audience.class);
    public final ObjectProperty<Audience> methodAudience = new SimpleObjectProperty<>(Audience.WORKFORCE);
    public final StringProperty method = new SimpleStringProperty("");
    public final StringProperty methodOwner = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> methodDue = new SimpleObjectProperty<>();
    public final List<StringProperty> briefing = new ArrayList<>();
    public final Map<ImpactMeasure, BooleanProperty> impactMeasures = new EnumMap<>(ImpactMeasure.class);
    public final StringProperty impactHow = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> impactDue = new SimpleObjectProperty<>();
    public final StringProperty outcome = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> reviewedOn = new SimpleObjectProperty<>();

    private final UiContext context;
    private final LearningTrackerService tracker;

    public TrackerViewModel(UiContext context) {
        this.context = context;
        this.tracker = context.services().learningTracker();
        for (Audience a : Audience.values()) {
            purpose.put(a, new SimpleStringProperty(""));
            measures.put(a, new SimpleStringProperty(""));
        }
        for (int i = 0; i < SevenMinuteBriefing.HEADINGS.size(); i++) {
            briefing.add(new SimpleStringProperty(""));
        }
        for (ImpactMeasure m : ImpactMeasure.values()) {
            impactMeasures.put(m, new SimpleBooleanProperty(false));
        }
        stageFilter.addListener((o, a, b) -> applyFilters());
        overdueOnly.addListener((o, a, b) -> applyFilters());
        selected.addListener((o, a, l) -> {
            if (l != null && (a == null || a.record().id() != l.record().id())) {
                loadDetail(l.record().id());
            }
        });
    }

    public LocalDate today() {
        return context.today();
    }

    private Long wanted;

    /** Chooses the record with this id (Home asked for it), now if it is listed, else once the list has loaded. */
    public void open(long id) {
        stageFilter.set(null);
        overdueOnly.set(false);
        wanted = id;
        if (all.stream().anyMatch(l -> l.record().id() == id)) {
            wanted = null;
            select(id);
        }
    }

    /** Reloads every record; keeps the chosen one if it is still there. */
    public void load() {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().record().id();
        context.tasks().run("Loading the learning tracker", tracker::tracker, list -> {
            all.clear();
            all.addAll(list);
            loaded.set(true);
            applyFilters();
            Long pick = wanted != null ? wanted : keep;
            wanted = null;
            select(pick);
        });
    }

    private void applyFilters() {
        LearningStage stage = stageFilter.get();
        lines.setAll(all.stream().filter(l -> stage == null || l.stage() == stage).filter(l -> !overdueOnly.get() || l.isOverdue()).toList());
    }

    private void select(Long id) {
        TrackerLine pick = lines.stream().filter(l -> id != null && l.record().id() == id).findFirst()
                .orElse(id == null && !lines.isEmpty() ? lines.get(0) : null);
        if (pick == null && id != null) {
            // Chosen but filtered out: show it anyway rather than losing the user's place.
            pick = all.stream().filter(l -> l.record().id() == id).findFirst().orElse(null);
        }
        selected.set(pick);
    }

    private void loadDetail(long id) {
        // The version is read first: if a colleague saves between the two reads, the forms' next save is refused, not lost.
        context.tasks().run("Loading learning " + id, () -> new Detail(tracker.forEdit(id).version(), tracker.line(id), tracker.briefing(id)), d -> {
            if (selected.get() != null && selected.get().record().id() == id) {
                openedVersion = d.version();
                fill(d);
            }
        });
    }

    private record Detail(int version, TrackerLine line, SevenMinuteBriefing briefing) {
    }

    /**
     * Saves one of the record's own forms against the version the user opened; a colleague's save
     * since is refused with both versions (in the message line) and the forms keep the typing.
     */
    private void actOnRecord(String title, java.util.function.IntFunction<Versioned<LearningRecord>> save, Runnable then) {
        int opened = openedVersion;
        act(title, () -> save.apply(opened), saved -> {
            openedVersion = saved.version();
            then.run();
        });
    }

    private void fill(Detail d) {
        LearningRecord r = d.line().record();
        keyMessages.set(nz(r.keyMessages()));
        audiences.set(nz(r.targetAudiences()));
        agreedOn.set(r.messagesAgreedOn() == null ? today() : r.messagesAgreedOn());
        for (Audience a : Audience.values()) {
            DisseminationRow row = d.line().plan().row(a);
            purpose.get(a).set(nz(row.purpose()));
            measures.get(a).set(nz(row.measuresOfSuccess()));
        }
        method.set("");
        methodOwner.set("");
        methodDue.set(null);
        for (int i = 0; i < briefing.size(); i++) {
            briefing.get(i).set(d.briefing().part(i));
        }
        ImpactReview impact = r.impact();
        impactMeasures.forEach((m, p) -> p.set(impact.measures().contains(m)));
        impactHow.set(nz(impact.how()));
        impactDue.set(impact.dueOn());
        outcome.set(nz(impact.outcome()));
        reviewedOn.set(impact.reviewedOn() == null ? today() : impact.reviewedOn());
        plan.set(d.line().plan());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Long chosenId() {
        return selected.get() == null ? null : selected.get().record().id();
    }

    private <T> void act(String title, Callable<T> work, Consumer<T> then) {
        Long id = chosenId();
        if (id == null) {
            return;
        }
        message.set("");
        context.tasks().run(title, progress -> work.call(), done -> {
            then.accept(done);
            reloadKeeping(id);
        }, problem -> message.set(problem));
    }

    private void reloadKeeping(long id) {
        context.tasks().run("Loading the learning tracker", tracker::tracker, list -> {
            all.clear();
            all.addAll(list);
            applyFilters();
            // The same record stays chosen, so the forms keep what else the user has typed; only the plan and stage refresh.
            select(id);
            if (selected.get() != null) {
                plan.set(selected.get().plan());
            }
        });
    }

    /** Makes a tracker record of a hub recommendation's learning and chooses it; {@code onProblem} hears a refusal. */
    public void addFromRecommendation(long recommendationId, Runnable then, Consumer<String> onProblem) {
        context.tasks().run("Sending the learning to the tracker", progress -> tracker.addFromRecommendation(recommendationId), made -> {
            stageFilter.set(null);
            overdueOnly.set(false);
            message.set("Learning " + made.id() + " recorded from the recommendation: agree its key messages next");
            reloadKeeping(made.id());
            then.run();
        }, onProblem);
    }

    public void saveMessages() {
        long id = chosenId() == null ? -1 : chosenId();
        String messages = keyMessages.get();
        String who = audiences.get();
        LocalDate on = agreedOn.get();
        actOnRecord("Saving the key messages", v -> tracker.agreeMessages(id, messages, who, on, v), () -> message.set("Key messages agreed on " + on));
    }

    public void saveRow(Audience audience) {
        long id = chosenId() == null ? -1 : chosenId();
        DisseminationRow row = new DisseminationRow(audience, purpose.get(audience).get(), measures.get(audience).get());
        actOnRecord("Saving the plan", v -> tracker.saveRow(id, row, v), () -> message.set(audience.shortLabel() + " saved"));
    }

    public void addMethod() {
        long id = chosenId() == null ? -1 : chosenId();
        Audience who = methodAudience.get();
        String what = method.get();
        String owner = methodOwner.get();
        LocalDate due = methodDue.get();
        actOnRecord("Adding a method", v -> tracker.addMethod(new DisseminationAction(0, id, who, what, owner, due, false, 0), v),
                () -> {
                    message.set("Method added: " + what);
                    method.set("");
                    methodOwner.set("");
                    methodDue.set(null);
                });
    }

    public void setMethodDone(DisseminationAction action, boolean done) {
        actOnRecord("Marking the method", v -> tracker.editMethod(action.markedDone(done), v),
                () -> message.set(action.method() + (done ? " done" : " not done")));
    }

    public void saveBriefing() {
        long id = chosenId() == null ? -1 : chosenId();
        SevenMinuteBriefing edited = new SevenMinuteBriefing(briefing.stream().map(StringProperty::get).toList());
        actOnRecord("Saving the briefing", v -> tracker.saveBriefing(id, edited, v), () -> message.set("Briefing saved"));
    }

    public void planImpactReview() {
        long id = chosenId() == null ? -1 : chosenId();
        Set<ImpactMeasure> chosen = EnumSet.noneOf(ImpactMeasure.class);
        impactMeasures.forEach((m, p) -> {
            if (p.get()) {
                chosen.add(m);
            }
        });
        ImpactReview review = new ImpactReview(chosen, impactHow.get(), impactDue.get(), null, null);
        actOnRecord("Planning the impact review", v -> tracker.planImpactReview(id, review, v),
                () -> message.set("Impact review planned for " + review.dueOn()));
    }

    public void recordOutcome() {
        long id = chosenId() == null ? -1 : chosenId();
        String text = outcome.get();
        LocalDate on = reviewedOn.get();
        actOnRecord("Recording the impact review", v -> tracker.recordImpactOutcome(id, text, on, v), () -> message.set("Impact review recorded: closed"));
    }

    /** Exports the chosen record's briefing or plan (a report id of {@link LearningReports}) to the file. */
    public void export(String reportId, Path file) {
        Long id = chosenId();
        if (id == null || file == null) {
            return;
        }
        ReportFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? ReportFormat.PDF : ReportFormat.DOCX;
        message.set("");
        context.tasks().run("Exporting", progress -> context.services().reports().export(reportId, new ReportScope(null, null, id),
                format, file, (fraction, text) -> progress.update(fraction, 1.0, text)), done -> message.set("Saved " + done.file().getFileName()),
                problem -> message.set("Not saved: " + problem));
    }
}
