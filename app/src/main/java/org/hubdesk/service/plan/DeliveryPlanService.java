package org.hubdesk.service.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.FileLinks;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanSnapshotCodec;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.actions.ActionRepository;
import org.hubdesk.store.plan.DeliveryPlanRepository;
import org.hubdesk.domain.plan.PlanSummary;
import org.jooq.DSLContext;

/**
 * The delivery plan editor's actions: one public method per user action, each one transaction,
 * each returning what its undo needs (the value before, or what was removed). Every change is
 * committed before the method returns, so it is on disk when the screen shows it.
 */
public final class DeliveryPlanService extends DatedService {
    /** The most a version's text may hold (the column's size). */
    static final int MAX_SNAPSHOT = 1_000_000;

    public DeliveryPlanService(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    public DeliveryPlanService(Database database, Clock clock) {
        super(database, clock);
    }

    // ---- plans

    public List<PlanSummary> plans() {
        return database.transaction(ctx -> new DeliveryPlanRepository(ctx).plans());
    }

    /** A new, empty plan for a priority (and optionally a hub cycle, which may have only one plan). */
    public DeliveryPlan createPlan(String priorityTitle, Long hubCycleId) {
        String title = DeliveryPlan.requirePriority(priorityTitle);
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            if (hubCycleId != null && repo.planForHubCycle(hubCycleId).isPresent()) {
                throw new UserInputException("This hub cycle already has a delivery plan; open that one instead");
            }
            long id = repo.insertPlan(hubCycleId, title, now());
            return repo.load(id).orElseThrow();
        });
    }

    /** The plan of a hub cycle, if it has one. */
    public java.util.Optional<Long> planForHubCycle(long hubCycleId) {
        return database.transaction(ctx -> new DeliveryPlanRepository(ctx).planForHubCycle(hubCycleId));
    }

    public DeliveryPlan load(long planId) {
        return database.transaction(ctx -> new DeliveryPlanRepository(ctx).load(planId)).orElseThrow(() ->
                new UserInputException("There is no delivery plan number " + planId + "; it may have been removed"));
    }

    /** Sets the priority; returns the one before. */
    public String setPriority(long planId, String title) {
        String clean = DeliveryPlan.requirePriority(title);
        return edit(planId, repo -> {
            String before = requirePlan(repo, planId).priorityTitle();
            repo.setPriorityTitle(planId, clean);
            return before;
        });
    }

    /** Saves the text of a text section; returns the text before. */
    public String setSectionText(long planId, DeliveryPlanSection section, String text) {
        String clean = DeliveryPlan.requireSectionText(section, text);
        return edit(planId, repo -> {
            String before = repo.sectionText(planId, section);
            repo.setSectionText(planId, section, clean);
            return before;
        });
    }

    // ---- evidence

    /** Adds an entry at the end of its section; returns it as stored (with its id). */
    public EvidenceEntry addEvidence(long planId, EvidenceEntry draft) {
        checkLink(draft.fileLink());
        return edit(planId, repo -> {
            checkAgency(repo, draft.agencyId());
            return repo.evidence().restore(planId, draft.withId(0).withSortOrder(repo.nextEvidenceOrder(planId, draft.section())));
        });
    }

    /** Saves an edited entry; returns the entry before. A link is only re-checked when it changed. */
    public EvidenceEntry updateEvidence(EvidenceEntry entry) {
        return onEvidence(entry.id(), (repo, before, planId) -> {
            if (entry.fileLink() != null && !entry.fileLink().equals(before.fileLink())) {
                checkLink(entry.fileLink());
            }
            checkAgency(repo, entry.agencyId());
            repo.evidence().update(before.section() == entry.section() ? entry.withSortOrder(before.sortOrder())
                    : entry.withSortOrder(repo.nextEvidenceOrder(planId, entry.section())));
            return before;
        });
    }

    /** Removes an entry; returns it, so undo can put it back with {@link #restoreEvidence}. */
    public EvidenceEntry removeEvidence(long evidenceId) {
        return onEvidence(evidenceId, removing(repo -> repo.evidence().delete(evidenceId)));
    }

    /** Puts back a removed entry exactly as it was (same id and place). Does not check its link again. */
    public void restoreEvidence(long planId, EvidenceEntry entry) {
        edit(planId, repo -> repo.evidence().restore(planId, entry));
    }

    /**
     * Moves an entry up (negative) or down (positive) within its section; returns the section's order
     * before, for undo through {@link #reorderEvidence}. Moving past either end does nothing.
     */
    public List<Long> moveEvidence(long evidenceId, int delta) {
        return onEvidence(evidenceId, (repo, entry, planId) -> {
            List<Long> before = repo.evidenceIn(planId, entry.section()).stream().map(EvidenceEntry::id).toList();
            writeOrder(moved(before, evidenceId, delta), repo::setEvidenceOrder);
            return before;
        });
    }

    /** Puts a section's entries in the given order; returns the order before. */
    public List<Long> reorderEvidence(long planId, DeliveryPlanSection section, List<Long> orderedIds) {
        return edit(planId, repo -> {
            List<Long> before = repo.evidenceIn(planId, section).stream().map(EvidenceEntry::id).toList();
            requireSameItems(before, orderedIds);
            writeOrder(orderedIds, repo::setEvidenceOrder);
            return before;
        });
    }

    // ---- practice downloads

    public PracticeDownload addPracticeDownload(long planId, PracticeDownload draft) {
        return edit(planId, repo -> {
            checkAgency(repo, draft.agencyId());
            return repo.downloads().restore(planId, draft.withId(0).withSortOrder(repo.nextDownloadOrder(planId)));
        });
    }

    public PracticeDownload updatePracticeDownload(PracticeDownload download) {
        return onDownload(download.id(), (repo, before, planId) -> {
            checkAgency(repo, download.agencyId());
            repo.downloads().update(download);
            return before;
        });
    }

    public PracticeDownload removePracticeDownload(long downloadId) {
        return onDownload(downloadId, removing(repo -> repo.downloads().delete(downloadId)));
    }

    public void restorePracticeDownload(long planId, PracticeDownload download) {
        edit(planId, repo -> repo.downloads().restore(planId, download));
    }

    // ---- the action plan

    /** Adds an action to the end of the plan's action plan (and so to the shared action log). */
    public ActionItem addAction(long planId, ActionItem draft) {
        return edit(planId, repo -> {
            checkLead(repo, draft.leadPersonId());
            return repo.insertAction(planId, draft.withId(0).withSortOrder(repo.nextActionOrder(planId)));
        });
    }

    /** The action as it is now, with its row version, to save an edit against with {@link #updateAction(ActionItem, int)}. */
    public org.hubdesk.domain.common.Versioned<ActionItem> actionForEdit(long actionId) {
        return database.transaction(ctx -> new ActionRepository(ctx).findForEdit(actionId).orElseThrow(() -> gone("action")));
    }

    /** Saves an edited action; returns the action before. */
    public ActionItem updateAction(ActionItem action) {
        return updateAction(action, null);
    }

    /**
     * Saves an edited action made from what was opened at {@code openedVersion} (null: unchecked);
     * refused with a StaleEditException, nothing saved, if someone saved the action since. Returns the action before.
     */
    public ActionItem updateAction(ActionItem action, Integer openedVersion) {
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            long planId = repo.planOfAction(action.id()).orElseThrow(() -> gone("action"));
            ActionRepository actions = new ActionRepository(ctx);
            ActionItem before = actions.find(action.id()).orElseThrow(() -> gone("action"));
            checkLead(repo, action.leadPersonId());
            ActionItem after = action.status() == before.status() ? action : action.withStatus(action.status(), today());
            save(openedVersion, () -> actions.update(after), v -> actions.update(after, v));
            repo.touch(planId, now());
            return before;
        });
    }

    public ActionItem setActionStatus(long actionId, ActionStatus status) {
        return database.transaction(ctx -> {
            ActionRepository actions = new ActionRepository(ctx);
            ActionItem before = actions.find(actionId).orElseThrow(() -> gone("action"));
            actions.update(before.withStatus(status, today()));
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            repo.planOfAction(actionId).ifPresent(planId -> repo.touch(planId, now()));
            return before;
        });
    }

    public ActionItem removeAction(long actionId) {
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            long planId = repo.planOfAction(actionId).orElseThrow(() -> gone("action"));
            ActionItem before = new ActionRepository(ctx).find(actionId).orElseThrow(() -> gone("action"));
            new ActionRepository(ctx).delete(actionId);
            repo.touch(planId, now());
            return before;
        });
    }

    public void restoreAction(long planId, ActionItem action) {
        edit(planId, repo -> repo.insertAction(planId, action));
    }

    /** Moves an action up or down the action plan; returns the order before. */
    public List<Long> moveAction(long actionId, int delta) {
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            long planId = repo.planOfAction(actionId).orElseThrow(() -> gone("action"));
            List<Long> before = repo.actions(planId).stream().map(ActionItem::id).toList();
            writeOrder(moved(before, actionId, delta), repo::setActionOrder);
            repo.touch(planId, now());
            return before;
        });
    }

    public List<Long> reorderActions(long planId, List<Long> orderedIds) {
        return edit(planId, repo -> {
            List<Long> before = repo.actions(planId).stream().map(ActionItem::id).toList();
            requireSameItems(before, orderedIds);
            writeOrder(orderedIds, repo::setActionOrder);
            return before;
        });
    }

    // ---- versions

    /** Keeps the plan as it is now under a name; the version never changes afterwards. */
    public PlanVersion snapshot(long planId, String name) {
        String clean = PlanVersion.requireName(name);
        return database.transaction(ctx -> snapshot(ctx, planId, clean, now()));
    }

    /** The snapshot step inside a caller's transaction (the demo data uses it too). */
    public static PlanVersion snapshot(DSLContext ctx, long planId, String name, LocalDateTime at) {
        DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
        DeliveryPlan plan = requirePlan(repo, planId);
        if (PlanSnapshotCodec.encode(plan).length() > MAX_SNAPSHOT) {
            throw new UserInputException("This plan is too large to keep as a version (over " + MAX_SNAPSHOT
                    + " characters); move long text into linked documents");
        }
        return repo.insertVersion(planId, PlanVersion.requireName(name), at, plan);
    }

    public List<PlanVersion.Summary> versions(long planId) {
        return database.transaction(ctx -> new DeliveryPlanRepository(ctx).versions(planId));
    }

    /** An old version, to be shown read-only. */
    public PlanVersion openVersion(long versionId) {
        return database.transaction(ctx -> new DeliveryPlanRepository(ctx).version(versionId).orElseThrow(() -> gone("version")));
    }

    /** Compares two versions, or a version with the plan as it is now ({@code newerVersionId} null). */
    public PlanComparison compare(long olderVersionId, Long newerVersionId) {
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            PlanVersion older = repo.version(olderVersionId).orElseThrow(() -> gone("version"));
            if (newerVersionId == null) {
                return PlanComparison.compare(older.name(), older.plan(), "Now", requirePlan(repo, older.planId()));
            }
            PlanVersion newer = repo.version(newerVersionId).orElseThrow(() -> gone("version"));
            if (newer.planId() != older.planId()) {
                throw new UserInputException("Those two versions belong to different delivery plans");
            }
            return PlanComparison.compare(older.name(), older.plan(), newer.name(), newer.plan());
        });
    }

    /** Search across every section of the plan. */
    public List<DeliveryPlan.FindHit> find(long planId, String query) {
        return load(planId).find(query);
    }

    // ---- the performance indicators "Current data and performance" pulls in

    /** The ids of the indicators chosen for the plan's "Current data and performance", in order. */
    public List<Long> chosenIndicators(long planId) {
        return database.transaction(ctx -> new org.hubdesk.store.plan.PlanIndicatorRepository(ctx).chosen(planId));
    }

    /** Chooses the indicators (in this order) whose trend charts and latest values the plan's export shows. */
    public void chooseIndicators(long planId, List<Long> indicatorIds) {
        database.run(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            if (!repo.exists(planId)) {
                throw gone("delivery plan");
            }
            java.util.Set<Long> known = new java.util.HashSet<>(new org.hubdesk.store.assurance.PerformanceRepository(ctx).indicators()
                    .stream().map(org.hubdesk.domain.assurance.Indicator::id).toList());
            List<Long> ids = indicatorIds.stream().distinct().toList();
            if (!known.containsAll(ids)) {
                throw gone("performance indicator");
            }
            new org.hubdesk.store.plan.PlanIndicatorRepository(ctx).choose(planId, ids);
            repo.touch(planId, now());
        });
    }

    // ---- helpers

    private <T> T edit(long planId, Function<DeliveryPlanRepository, T> work) {
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            if (!repo.exists(planId)) {
                throw gone("delivery plan");
            }
            T result = work.apply(repo);
            repo.touch(planId, now());
            return result;
        });
    }

    /** Work on one part of a plan (an evidence entry, a practice download): the part as stored and its plan's id. */
    private interface PartWork<P, T> {
        T apply(DeliveryPlanRepository repo, P before, long planId);
    }

    /** Work that deletes a part and hands back the part as it was, so undo can put it back. */
    private static <P> PartWork<P, P> removing(Consumer<DeliveryPlanRepository> delete) {
        return (repo, before, planId) -> {
            delete.accept(repo);
            return before;
        };
    }

    private <T> T onEvidence(long evidenceId, PartWork<EvidenceEntry, T> work) {
        return onPart("evidence entry", repo -> repo.evidence().find(evidenceId), repo -> repo.evidence().parentOf(evidenceId), work);
    }

    private <T> T onDownload(long downloadId, PartWork<PracticeDownload, T> work) {
        return onPart("practice download", repo -> repo.downloads().find(downloadId), repo -> repo.downloads().parentOf(downloadId), work);
    }

    /**
     * One transaction over a part of a plan found by its own id, which must still exist ({@code what} names it
     * otherwise); the plan it belongs to is marked changed, as {@link #edit} does.
     */
    private <P, T> T onPart(String what, Function<DeliveryPlanRepository, Optional<P>> find, ToLongFunction<DeliveryPlanRepository> planOf,
                            PartWork<P, T> work) {
        return database.transaction(ctx -> {
            DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
            P before = find.apply(repo).orElseThrow(() -> gone(what));
            long planId = planOf.applyAsLong(repo);
            T result = work.apply(repo, before, planId);
            repo.touch(planId, now());
            return result;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static DeliveryPlan requirePlan(DeliveryPlanRepository repo, long planId) {
        return repo.load(planId).orElseThrow(() -> gone("delivery plan"));
    }

    private static UserInputException gone(String what) {
        return new UserInputException("That " + what + " no longer exists (it may have been removed in another window)");
    }

    private static void checkLink(String link) {
        if (link != null) {
            FileLinks.requireExisting(link);
        }
    }

    private static void checkAgency(DeliveryPlanRepository repo, Long agencyId) {
        if (agencyId != null && !repo.agencyExists(agencyId)) {
            throw gone("agency");
        }
    }

    private static void checkLead(DeliveryPlanRepository repo, Long personId) {
        if (personId != null && !repo.personExists(personId)) {
            throw new UserInputException("The lead chosen is no longer in the registers; choose another or type a name");
        }
    }

    private static List<Long> moved(List<Long> order, long id, int delta) {
        List<Long> list = new ArrayList<>(order);
        int from = list.indexOf(id);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, id);
        return list;
    }

    private static void requireSameItems(List<Long> before, List<Long> ordered) {
        if (before.size() != ordered.size() || !new java.util.HashSet<>(before).equals(new java.util.HashSet<>(ordered))) {
            throw new UserInputException("The list changed while you were reordering it; try again");
        }
    }

    private static void writeOrder(List<Long> ids, java.util.function.BiConsumer<Long, Integer> setOrder) {
        for (int i = 0; i < ids.size(); i++) {
            setOrder.accept(ids.get(i), i);
        }
    }
}
