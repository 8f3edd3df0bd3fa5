package org.hubdesk.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.service.plan.DeliveryPlanService;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.ui.common.UndoableEdit;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.AreaViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The delivery plan editor's state: the plan shown (the current plan, or an old version read-only),
 * per-section lists for the screen, the action plan rows, the checklist, find results and versions.
 * Every edit is one service call (one transaction, on disk when it returns) and one undo step.
 */
public final class DeliveryPlanViewModel extends AreaViewModel implements AreaModel {
    /** One row of the action plan table. */
    public record ActionRow(ActionItem action, String lead, String timescale, String status, boolean overdue) {
    }

    private final DeliveryPlanService service;

    public final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeliveryPlan> planWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<DeliveryPlan> plan = planWrapper.getReadOnlyProperty();
    private final ReadOnlyObjectWrapper<PlanVersion> viewingWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<PlanVersion> viewing = viewingWrapper.getReadOnlyProperty();
    private final Map<DeliveryPlanSection, ObservableList<EvidenceEntry>> evidence = new EnumMap<>(DeliveryPlanSection.class);
    public final ObservableList<PracticeDownload> downloads = FXCollections.observableArrayList();
    public final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    public final ObservableList<DeliveryPlan.ChecklistItem> checklist = FXCollections.observableArrayList();
    public final ObservableList<DeliveryPlan.FindHit> findHits = FXCollections.observableArrayList();
    public final ObservableList<PlanVersion.Summary> versions = FXCollections.observableArrayList();
    public final ObservableList<Person> people = FXCollections.observableArrayList();
    public final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    public final ObservableList<HubCycleChoice> hubCycles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper statusWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty status = statusWrapper.getReadOnlyProperty();
    private final ReadOnlyBooleanWrapper readOnlyWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty readOnly = readOnlyWrapper.getReadOnlyProperty();
    public final ObjectProperty<PlanComparison> comparison = new SimpleObjectProperty<>();
    /** The text of each section when the user started typing in it: one undo step per editing session. */
    private final Map<DeliveryPlanSection, String> sessionStart = new HashMap<>();
    /** The evidence, practice download and action plan edits. */
    public final PlanItemEdits items;
    /** The performance indicators "Current data and performance" pulls in. */
    public final PlanIndicators indicators;
    private String findQuery = "";

    public DeliveryPlanViewModel(UiContext context) {
        super(context);
        this.service = context.services().plans();
        for (DeliveryPlanSection s : DeliveryPlanSection.evidenceSections()) {
            evidence.put(s, FXCollections.observableArrayList());
        }
        viewingWrapper.addListener((o, a, v) -> readOnlyWrapper.set(v != null));
        this.items = new PlanItemEdits(this);
        this.indicators = new PlanIndicators(this);
    }

    private record Loaded(List<PlanSummary> plans, DeliveryPlan plan, List<PlanVersion.Summary> versions, List<Person> people,
                          List<Agency> agencies, List<HubCycleChoice> cycles) {
    }

    /** A hub cycle a new plan can belong to (one without a plan yet), as the New plan dialog lists it. */
    public record HubCycleChoice(long cycleId, String priorityTitle, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private List<HubCycleChoice> cyclesWithoutPlan(List<PlanSummary> all) {
        java.util.Set<Long> taken = new java.util.HashSet<>();
        all.forEach(p -> {
            if (p.hubCycleId() != null) {
                taken.add(p.hubCycleId());
            }
        });
        var programme = context.services().hub().programme();
        List<HubCycleChoice> choices = new ArrayList<>();
        for (var cycle : programme.cycles()) {
            if (!taken.contains(cycle.id())) {
                String title = programme.titleOf(cycle.priorityId());
                choices.add(new HubCycleChoice(cycle.id(), title, cycle.firstMonth() + " to " + cycle.lastMonth() + ": " + title));
            }
        }
        choices.sort(java.util.Comparator.comparing(HubCycleChoice::label).reversed());
        return choices;
    }

    /** Loads the plan list and the plan to show (the one shown before, else the most recently changed). */
    @Override
    public void load() {
        long wanted = planWrapper.get() == null ? -1 : planWrapper.get().id();
        context.tasks().run("Loading delivery plans", () -> {
            List<PlanSummary> all = service.plans();
            long id = all.stream().anyMatch(p -> p.id() == wanted) ? wanted : all.isEmpty() ? -1 : all.get(0).id();
            DeliveryPlan p = id < 0 ? null : service.load(id);
            return new Loaded(all, p, id < 0 ? List.of() : service.versions(id), context.services().members().people(),
                    context.services().members().agencies(), cyclesWithoutPlan(all));
        }, loaded -> {
            plans.setAll(loaded.plans());
            people.setAll(loaded.people());
            agencies.setAll(loaded.agencies());
            hubCycles.setAll(loaded.cycles());
            versions.setAll(loaded.versions());
            if (viewingWrapper.get() == null) {
                apply(loaded.plan());
            }
        });
    }

    public void openPlan(long planId) {
        if (planWrapper.get() != null && planWrapper.get().id() == planId && viewingWrapper.get() == null) {
            return;
        }
        viewingWrapper.set(null);
        undo.clear();
        context.tasks().run("Opening delivery plan", () -> new Object[] {service.load(planId), service.versions(planId)}, r -> {
            versions.setAll(castVersions(r[1]));
            apply((DeliveryPlan) r[0]);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<PlanVersion.Summary> castVersions(Object o) {
        return (List<PlanVersion.Summary>) o;
    }

    /** Rebuilds the screen's lists from a plan: what the benchmark times as "building the editor's model". */
    public void apply(DeliveryPlan p) {
        planWrapper.set(p);
        if (p == null) {
            evidence.values().forEach(List::clear);
            downloads.clear();
            actions.clear();
            checklist.clear();
            findHits.clear();
            return;
        }
        Map<DeliveryPlanSection, List<EvidenceEntry>> bySection = new EnumMap<>(DeliveryPlanSection.class);
        for (EvidenceEntry e : p.evidence()) {
            bySection.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(e);
        }
        evidence.forEach((s, list) -> {
            List<EvidenceEntry> fresh = bySection.getOrDefault(s, List.of());
            if (!fresh.equals(list)) {
                list.setAll(fresh);
            }
        });
        if (!p.downloads().equals(downloads)) {
            downloads.setAll(p.downloads());
        }
        LocalDate today = context.today();
        List<ActionRow> rows = new ArrayList<>(p.actions().size());
        for (ActionItem a : p.actions()) {
            String lead = p.leadLabel(a);
            rows.add(new ActionRow(a, lead == null ? "" : lead, a.timescale() == null ? "" : a.timescale().toString(),
                    a.statusLabel(today), a.isOverdue(today)));
        }
        if (!rows.equals(actions)) {
            actions.setAll(rows);
        }
        checklist.setAll(p.checklist());
        findHits.setAll(p.find(findQuery));
    }

    // ---- plans

    /** Creates a plan (synchronously, so the dialog can show a problem and keep what was typed). */
    public void createPlan(String priority, Long hubCycleId) {
        DeliveryPlan created = service.createPlan(priority, hubCycleId);
        viewingWrapper.set(null);
        undo.clear();
        versions.clear();
        apply(created);
        load();
    }

    // ---- section text: saved as typed (the view debounces), one undo step per editing session

    /** Saves a text section now; called by the view at most every few hundred milliseconds while typing. */
    public void saveText(DeliveryPlanSection section, String text) {
        DeliveryPlan p = editable();
        String clean = DeliveryPlan.requireSectionText(section, text);
        if (clean.equals(p.text(section))) {
            return;
        }
        sessionStart.putIfAbsent(section, p.text(section));
        long id = p.id();
        apply(p.withText(section, clean));
        context.tasks().run("Saving", () -> service.setSectionText(id, section, clean), before -> statusWrapper.set("Saved"));
    }

    /** Ends an editing session (focus left the section): records one undo step for everything typed in it. */
    public void commitText(DeliveryPlanSection section) {
        String before = sessionStart.remove(section);
        DeliveryPlan p = planWrapper.get();
        if (before == null || p == null || before.equals(p.text(section))) {
            return;
        }
        String after = p.text(section);
        long id = p.id();
        undo.done(edit("edit " + shortTitle(section),
                () -> service.setSectionText(id, section, before), () -> service.setSectionText(id, section, after)));
    }

    public void setPriority(String title) {
        DeliveryPlan p = editable();
        String clean = DeliveryPlan.requirePriority(title);
        if (clean.equals(p.priorityTitle())) {
            return;
        }
        String before = service.setPriority(p.id(), clean);
        undo.done(edit("edit priority", () -> service.setPriority(p.id(), before), () -> service.setPriority(p.id(), clean)));
        reload();
    }

    /** Puts the empty sections into 'Is there any evidence missing?' as bullets, after what is there. */
    public void addMissingToQuestion() {
        DeliveryPlan p = editable();
        String draft = p.missingEvidenceDraft();
        if (draft.isEmpty()) {
            statusWrapper.set("Every evidence section has something in it");
            return;
        }
        String current = p.text(DeliveryPlanSection.EVIDENCE_MISSING);
        saveText(DeliveryPlanSection.EVIDENCE_MISSING, current.isEmpty() ? draft : current + "\n" + draft);
        commitText(DeliveryPlanSection.EVIDENCE_MISSING);
    }

    // ---- find

    public void find(String query) {
        findQuery = query == null ? "" : query;
        DeliveryPlan p = planWrapper.get();
        findHits.setAll(p == null ? List.of() : p.find(findQuery));
        statusWrapper.set(findQuery.isBlank() ? "" : findHits.size() + (findHits.size() == 1 ? " match" : " matches") + " for '" + findQuery.strip() + "'");
    }

    // ---- versions

    public void snapshot(String name) {
        long id = editable().id();
        PlanVersion v = service.snapshot(id, name);
        versions.add(v.summary());
        statusWrapper.set("Kept version '" + v.name() + "'");
    }

    /** Shows an old version in the editor, read-only. */
    public void openVersion(PlanVersion.Summary summary) {
        context.tasks().run("Opening version", () -> service.openVersion(summary.id()), v -> {
            viewingWrapper.set(v);
            apply(v.plan());
            statusWrapper.set("Viewing '" + v.name() + "' (read-only)");
        });
    }

    public void backToCurrent() {
        if (viewingWrapper.get() == null) {
            return;
        }
        long id = viewingWrapper.get().planId();
        viewingWrapper.set(null);
        context.tasks().run("Opening delivery plan", () -> service.load(id), p -> {
            apply(p);
            statusWrapper.set("");
        });
    }

    /** Compares two versions, or a version with the plan now ({@code newer} null); the result lands in {@link #comparisonProperty}. */
    public void compare(PlanVersion.Summary older, PlanVersion.Summary newer) {
        PlanVersion.Summary first = older;
        PlanVersion.Summary second = newer;
        if (newer != null && newer.takenAt().isBefore(older.takenAt())) {
            first = newer;
            second = older;
        }
        long a = first.id();
        Long b = second == null ? null : second.id();
        context.tasks().run("Comparing versions", () -> service.compare(a, b), comparison::set);
    }

    // ---- export (the report engine's 'delivery-plan' report)

    /** Exports the current plan to {@code file} (.docx or .pdf) in the background. */
    public void export(java.nio.file.Path file) {
        long id = editable().id();
        org.hubdesk.report.ReportFormat format = org.hubdesk.report.ReportFormat.ofFile(file);
        if (format == null) {
            throw new org.hubdesk.domain.common.UserInputException("Save the plan as a .docx or a .pdf file");
        }
        context.tasks().run("Exporting the delivery plan", () -> context.services().reports().export("delivery-plan",
                org.hubdesk.service.report.ReportScope.ofItem(id), format, file, org.hubdesk.service.report.ExportProgress.NONE),
                done -> statusWrapper.set("Saved " + done.file()));
    }

    // ---- helpers

    DeliveryPlan editable() {
        DeliveryPlan p = planWrapper.get();
        if (p == null) {
            throw new org.hubdesk.domain.common.UserInputException("Create or open a delivery plan first");
        }
        if (viewingWrapper.get() != null) {
            throw new org.hubdesk.domain.common.UserInputException("This is an old version and cannot be changed; go back to the current plan to edit");
        }
        return p;
    }

    /** Reloads the current plan from the store after an edit. */
    public void reload() {
        DeliveryPlan p = planWrapper.get();
        if (p == null || viewingWrapper.get() != null) {
            return;
        }
        long id = p.id();
        context.tasks().run("Loading delivery plan", () -> service.load(id), loaded -> {
            if (viewingWrapper.get() == null && planWrapper.get() != null && planWrapper.get().id() == id) {
                apply(loaded);
                statusWrapper.set("Saved");
            }
        });
    }

    <T> void run(String title, Callable<T> work, java.util.function.Consumer<T> then) {
        context.tasks().run(title, work, result -> {
            then.accept(result);
            reload();
        });
    }

    UndoableEdit edit(String name, Callable<?> undoWork, Callable<?> redoWork) {
        return UndoableEdit.of(name, () -> {
            backToCurrentIfViewing();
            run("Undoing " + name, undoWork, r -> statusWrapper.set("Undone: " + name));
        }, () -> {
            backToCurrentIfViewing();
            run("Redoing " + name, redoWork, r -> statusWrapper.set("Redone: " + name));
        });
    }

    private void backToCurrentIfViewing() {
        if (viewingWrapper.get() != null) {
            viewingWrapper.set(null);
        }
    }

    static String shortTitle(DeliveryPlanSection s) {
        String t = s.title();
        return t.length() > 40 ? t.substring(0, 38) + "…" : t.toLowerCase(java.util.Locale.ROOT);
    }

    // ---- properties

    DeliveryPlanService service() {
        return service;
    }

    public ObservableList<EvidenceEntry> evidence(DeliveryPlanSection section) {
        return evidence.get(section);
    }

    public String agencyName(Long id) {
        if (id == null) {
            return null;
        }
        return agencies.stream().filter(a -> a.id() == id).map(Agency::name).findFirst()
                .orElseGet(() -> planWrapper.get() == null ? null : planWrapper.get().names().agency(id));
    }
}
