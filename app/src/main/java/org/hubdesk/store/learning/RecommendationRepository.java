package org.hubdesk.store.learning;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.PERSON;
import static org.hubdesk.schema.Tables.RECOMMENDATION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.hubdesk.schema.tables.records.RecommendationRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.TableRepository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.Rows;
import org.hubdesk.store.actions.ActionRepository;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/** Hub recommendations and the actions in the shared log that carry them out. */
public final class RecommendationRepository extends TableRepository<RecommendationRecord, Recommendation> {
    private static final RowMapping<RecommendationRecord, Recommendation> RECOMMENDATIONS = NamedColumns.of(RECOMMENDATION.ID,
            Recommendation.class).column("text", RECOMMENDATION.RECOMMENDATION_TEXT).column("level", RECOMMENDATION.RECOMMENDATION_LEVEL)
            .notWritten("hubCycleId").mapping();

    public RecommendationRepository(DSLContext ctx) {
        super(ctx, RECOMMENDATIONS, v -> "The recommendation '" + shortened(v.text()) + "'",
                v -> "'" + shortened(v.text()) + "', " + v.level() + ", " + v.boardDecision()
                        + (v.agreedOn() == null ? "" : " on " + v.agreedOn()) + ", learned: '" + shortened(v.whatWasLearned()) + "'");
    }

    /** The hub's order of recommendations: cycle by cycle, each cycle's as agreed. */
    private static final OrderField<?>[] HUB_ORDER = {RECOMMENDATION.HUB_CYCLE_ID, RECOMMENDATION.SORT_ORDER, RECOMMENDATION.ID};

    /** An action of a recommendation with the names a paper prints beside it. */
    public record ActionLine(long recommendationId, ActionItem action, String leadName, String leadAgency) {
    }

    public List<Recommendation> forCycle(long cycleId) {
        return forCycles(List.of(cycleId));
    }

    /** The cycles' recommendations, cycle by cycle, each cycle's in the hub's order. */
    public List<Recommendation> forCycles(Collection<Long> cycleIds) {
        return RECOMMENDATIONS.list(ctx, RECOMMENDATION.HUB_CYCLE_ID.in(cycleIds), HUB_ORDER);
    }

    public List<Recommendation> all() {
        return RECOMMENDATIONS.list(ctx, DSL.noCondition(), HUB_ORDER);
    }

    public int nextSortOrder(long cycleId) {
        return Rows.nextOrder(ctx, RECOMMENDATION.SORT_ORDER, RECOMMENDATION.HUB_CYCLE_ID.eq(cycleId));
    }

    /** Inserts; an id already set is kept (undo of a removal puts it back as it was). */
    public Recommendation insert(Recommendation recommendation) {
        return RECOMMENDATIONS.restore(ctx, recommendation, r -> {
            r.setHubCycleId(recommendation.hubCycleId());
            r.setCreatedAt(LocalDateTime.now());
        });
    }

    private static String shortened(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 79) + "…" : flat;
    }

    public void setSortOrder(long id, int sortOrder) {
        Rows.setOrder(ctx, RECOMMENDATION.ID, id, RECOMMENDATION.SORT_ORDER, sortOrder);
    }

    /** Removes the recommendation and its actions. */
    @Override
    public void delete(long id) {
        ctx.deleteFrom(ACTION_ITEM).where(ACTION_ITEM.RECOMMENDATION_ID.eq(id)).execute();
        super.delete(id);
    }

    // ---- actions

    /** Adds an action to the shared log, linked to the recommendation; an id already set is kept (undo). */
    public ActionItem insertAction(long recommendationId, ActionItem action) {
        return insertAction(recommendationId, action, null);
    }

    /** As {@link #insertAction(long, ActionItem)}, raised on a given day (demo history); null means now. */
    public ActionItem insertAction(long recommendationId, ActionItem action, java.time.LocalDate raisedOn) {
        return new ActionRepository(ctx).insert(action, r -> {
            r.setRecommendationId(recommendationId);
            if (raisedOn != null) {
                r.setCreatedAt(raisedOn.atTime(10, 0));
            }
        });
    }

    /** The recommendation an action belongs to, if any. */
    public Optional<Long> recommendationOf(long actionId) {
        return ctx.select(ACTION_ITEM.RECOMMENDATION_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(actionId))
                .fetchOptional(ACTION_ITEM.RECOMMENDATION_ID).filter(java.util.Objects::nonNull);
    }

    public int nextActionSortOrder(long recommendationId) {
        return Rows.nextOrder(ctx, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.RECOMMENDATION_ID.eq(recommendationId));
    }

    /** Each recommendation's actions, in their agreed order; recommendations without actions are absent. */
    public Map<Long, List<ActionItem>> actionsOf(Collection<Long> recommendationIds) {
        Map<Long, List<ActionItem>> result = new LinkedHashMap<>();
        ctx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.RECOMMENDATION_ID.in(recommendationIds))
                .orderBy(ACTION_ITEM.RECOMMENDATION_ID, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .forEach(r -> result.computeIfAbsent(r.getRecommendationId(), k -> new ArrayList<>()).add(ActionRepository.toAction(r)));
        return result;
    }

    /** The recommendations' actions with their leads' names and agencies (free-text leads as written). */
    public List<ActionLine> actionLines(Collection<Long> recommendationIds) {
        return ctx.select(ACTION_ITEM.fields()).select(PERSON.FULL_NAME, AGENCY.NAME)
                .from(ACTION_ITEM)
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.LEAD_PERSON_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(PERSON.AGENCY_ID))
                .where(ACTION_ITEM.RECOMMENDATION_ID.in(recommendationIds))
                .orderBy(ACTION_ITEM.RECOMMENDATION_ID, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .fetch(r -> {
                    ActionItemRecord action = r.into(ACTION_ITEM);
                    return new ActionLine(action.getRecommendationId(), ActionRepository.toAction(action),
                            r.get(PERSON.FULL_NAME) != null ? r.get(PERSON.FULL_NAME) : action.getLeadText(), r.get(AGENCY.NAME));
                });
    }
}
