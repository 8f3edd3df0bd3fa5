package org.hubdesk.service.learning;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.service.DatedService;
import org.hubdesk.service.actions.ActionService;
import org.hubdesk.store.Database;
import org.hubdesk.store.actions.ActionRepository;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.RecommendationRepository;
import org.jooq.DSLContext;

/**
 * The Learning Hub's recommendations to the Partnership Board and their actions. One public
 * method per user action, one transaction each; edits return what undo needs to put back.
 */
public final class RecommendationService extends DatedService {

    public RecommendationService(Database database, Clock clock) {
        super(database, clock);
    }

    /** A hub cycle as the Learning screen lists it: its priority, year and months. */
    public record CycleChoice(long cycleId, String priorityTitle, String yearLabel, int partnershipYear, YearMonth firstMonth,
                              YearMonth lastMonth) {
        @Override
        public String toString() {
            return priorityTitle + " (" + firstMonth + " to " + lastMonth + ")";
        }
    }

    /** A removed recommendation with its actions, for undo. */
    public record Removed(Recommendation recommendation, List<ActionItem> actions) {
        public Removed {
            actions = List.copyOf(actions);
        }
    }

    /** A removed action and the recommendation it belonged to, for undo. */
    public record RemovedAction(long recommendationId, ActionItem action) {
    }

    /** Every hub cycle, latest first: the screen's list. */
    public List<CycleChoice> cycles() {
        return database.transaction(ctx -> {
            HubRepository hub = new HubRepository(ctx);
            HubSettings settings = hub.settings();
            Map<Long, Priority> priorities = hub.priorities().stream().collect(Collectors.toMap(Priority::id, Function.identity()));
            List<CycleChoice> result = new ArrayList<>();
            for (HubCycle c : hub.cycles()) {
                Priority p = priorities.get(c.priorityId());
                if (p != null) {
                    result.add(new CycleChoice(c.id(), p.title(), settings.year(p.partnershipYear()).label(), p.partnershipYear(),
                            c.firstMonth(), c.lastMonth()));
                }
            }
            result.sort(Comparator.comparing(CycleChoice::firstMonth).reversed().thenComparing(CycleChoice::cycleId));
            return result;
        });
    }

    public List<RecommendationActions> forCycle(long cycleId) {
        return database.transaction(ctx -> withActions(new RecommendationRepository(ctx), List.of(cycleId)));
    }

    /** The recommendations of every cycle on a partnership year's priorities ({@code startYear} 2026 = 2026-27). */
    public List<RecommendationActions> forYear(int startYear) {
        return database.transaction(ctx -> withActions(new RecommendationRepository(ctx), cycleIdsOfYear(ctx, startYear)));
    }

    /** The cycles on a partnership year's priorities, in the order they start. */
    public static List<Long> cycleIdsOfYear(DSLContext ctx, int startYear) {
        HubRepository hub = new HubRepository(ctx);
        return HubCycle.ofYear(hub.cycles(), hub.priorities(), startYear).stream().map(HubCycle::id).toList();
    }

    private static List<RecommendationActions> withActions(RecommendationRepository repo, List<Long> cycleIds) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (Long id : cycleIds) {
            recommendations.addAll(repo.forCycle(id));
        }
        Map<Long, List<ActionItem>> actions = repo.actionsOf(recommendations.stream().map(Recommendation::id).toList());
        return recommendations.stream().map(r -> new RecommendationActions(r, actions.getOrDefault(r.id(), List.of()))).toList();
    }

    // ---- recommendations

    /** Adds a recommendation at the end of its cycle's list. */
    public Recommendation add(Recommendation recommendation) {
        return database.transaction(ctx -> {
            if (new HubRepository(ctx).cycle(recommendation.hubCycleId()).isEmpty()) {
                throw new UserInputException("That hub cycle no longer exists");
            }
            RecommendationRepository repo = new RecommendationRepository(ctx);
            return repo.insert(recommendation.withSortOrder(repo.nextSortOrder(recommendation.hubCycleId())));
        });
    }

    /** Saves an edit (its place in the list is kept); returns the version before, for undo. */
    public Recommendation edit(Recommendation recommendation) {
        return edit(recommendation, null);
    }

    /** The recommendation as it is now, with its row version: open an edit with this. */
    public Versioned<Recommendation> forEdit(long recommendationId) {
        return database.transaction(ctx -> new RecommendationRepository(ctx).findForEdit(recommendationId)
                .orElseThrow(() -> new UserInputException("That recommendation no longer exists")));
    }

    /**
     * Saves an edit made from the recommendation as opened at {@code openedVersion} (null: unchecked,
     * for undo); refused with a StaleEditException, nothing saved, if someone saved it since.
     */
    public Recommendation edit(Recommendation recommendation, Integer openedVersion) {
        return database.transaction(ctx -> {
            RecommendationRepository repo = new RecommendationRepository(ctx);
            Recommendation before = find(repo, recommendation.id());
            if (before.hubCycleId() != recommendation.hubCycleId()) {
                throw new UserInputException("A recommendation stays with the hub cycle that made it");
            }
            save(openedVersion, () -> repo.update(recommendation.withSortOrder(before.sortOrder())),
                    v -> repo.update(recommendation, v));
            return before;
        });
    }

    /** Removes a recommendation and its actions; returns both, so undo can put them back. */
    public Removed remove(long recommendationId) {
        return database.transaction(ctx -> {
            RecommendationRepository repo = new RecommendationRepository(ctx);
            Recommendation before = find(repo, recommendationId);
            List<ActionItem> actions = repo.actionsOf(List.of(recommendationId)).getOrDefault(recommendationId, List.of());
            repo.delete(recommendationId);
            return new Removed(before, actions);
        });
    }

    /** Puts a removed recommendation and its actions back under their old ids. */
    public void restore(Removed removed) {
        database.run(ctx -> {
            RecommendationRepository repo = new RecommendationRepository(ctx);
            repo.insert(removed.recommendation());
            removed.actions().forEach(a -> repo.insertAction(removed.recommendation().id(), a));
        });
    }

    /** Puts a cycle's recommendations in the order given (every one of them, once); returns the order before. */
    public List<Long> reorder(long cycleId, List<Long> recommendationIds) {
        return database.transaction(ctx -> {
            RecommendationRepository repo = new RecommendationRepository(ctx);
            List<Long> before = repo.forCycle(cycleId).stream().map(Recommendation::id).toList();
            if (recommendationIds.size() != before.size() || !recommendationIds.containsAll(before)) {
                throw new UserInputException("The new order must list each of the cycle's " + before.size() + " recommendations once");
            }
            for (int i = 0; i < recommendationIds.size(); i++) {
                repo.setSortOrder(recommendationIds.get(i), i);
            }
            return before;
        });
    }

    private static Recommendation find(RecommendationRepository repo, long id) {
        return repo.find(id).orElseThrow(() -> new UserInputException("That recommendation no longer exists"));
    }

    // ---- actions

    /** Adds an action to the shared action log, tied to the recommendation. */
    public ActionItem addAction(long recommendationId, ActionItem action) {
        return database.transaction(ctx -> {
            RecommendationRepository repo = new RecommendationRepository(ctx);
            find(repo, recommendationId);
            return repo.insertAction(recommendationId, action.withSortOrder(repo.nextActionSortOrder(recommendationId)));
        });
    }

    /** Saves an edit of a recommendation's action; returns the version before, for undo. */
    public ActionItem editAction(ActionItem action) {
        return database.transaction(ctx -> ActionService.change(ctx, action.id(), (actions, before) -> actions.update(action)));
    }

    public RemovedAction removeAction(long actionId) {
        return database.transaction(ctx -> {
            RecommendationRepository repo = new RecommendationRepository(ctx);
            ActionRepository actions = new ActionRepository(ctx);
            ActionItem before = ActionService.require(actions, actionId);
            long recommendationId = repo.recommendationOf(actionId)
                    .orElseThrow(() -> new UserInputException("That action does not belong to a recommendation"));
            actions.delete(actionId);
            return new RemovedAction(recommendationId, before);
        });
    }

    public void restoreAction(RemovedAction removed) {
        database.run(ctx -> new RecommendationRepository(ctx).insertAction(removed.recommendationId(), removed.action()));
    }
}
