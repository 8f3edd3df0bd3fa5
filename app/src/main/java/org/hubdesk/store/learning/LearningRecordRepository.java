package org.hubdesk.store.learning;

import static org.hubdesk.schema.Tables.LEARNING_BRIEFING_PART;
import static org.hubdesk.schema.Tables.LEARNING_DISSEMINATION_ACTION;
import static org.hubdesk.schema.Tables.LEARNING_DISSEMINATION_ROW;
import static org.hubdesk.schema.Tables.LEARNING_RECORD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationPlan;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.schema.tables.records.LearningDisseminationActionRecord;
import org.hubdesk.schema.tables.records.LearningRecordRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.TableRepository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.Rows;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The learning tracker's records, their dissemination plans and their edited 7-minute briefings. */
public final class LearningRecordRepository extends TableRepository<LearningRecordRecord, LearningRecord> {
    private static final RowMapping<LearningRecordRecord, LearningRecord> RECORDS = NamedColumns.of(LEARNING_RECORD.ID,
            LearningRecord.class).component("sourceKind", (LearningSourceKind k, LearningRecordRecord r) -> r.setSourceKind(k.name()),
                    LearningRecordRepository::sourceKind)
            .component("sourceReference", (String s, LearningRecordRecord r) -> r.setSourceReference(s),
                    LearningRecordRepository::sourceReference)
            .component("impact", LearningRecordRepository::copy, LearningRecordRepository::impact).mapping();
    /** Its record and its place in the plan are set when the action is added; an edit changes what it says. */
    private static final RowMapping<LearningDisseminationActionRecord, DisseminationAction> ACTIONS = NamedColumns.of(
            LEARNING_DISSEMINATION_ACTION.ID, DisseminationAction.class).notWritten("learningId", "sortOrder").mapping();

    public LearningRecordRepository(DSLContext ctx) {
        super(ctx, RECORDS, v -> "The learning record '" + v.activity() + "'", LearningRecordRepository::describe);
    }

    public List<LearningRecord> all() {
        return RECORDS.list(ctx, DSL.noCondition(), LEARNING_RECORD.ACTIVITY_FROM, LEARNING_RECORD.ID);
    }

    public LearningRecord insert(LearningRecord record) {
        return RECORDS.insert(ctx, record, r -> r.setCreatedAt(LocalDateTime.now()));
    }

    /** The parts of a record its forms edit: key messages and audiences, and the impact review. */
    private static String describe(LearningRecord v) {
        ImpactReview i = v.impact();
        return "key messages '" + (v.keyMessages() == null ? "" : v.keyMessages()) + "'"
                + (v.targetAudiences() == null ? "" : " for " + v.targetAudiences())
                + (v.messagesAgreedOn() == null ? "" : ", agreed " + v.messagesAgreedOn())
                + (i == null || i.dueOn() == null ? "" : ", impact review due " + i.dueOn())
                + (i == null || i.outcome() == null ? "" : ", found '" + i.outcome() + "' on " + i.reviewedOn());
    }

    /** Removes the record with its dissemination plan and briefing edits. */
    @Override
    public void delete(long id) {
        ctx.deleteFrom(LEARNING_BRIEFING_PART).where(LEARNING_BRIEFING_PART.LEARNING_ID.eq(id)).execute();
        ctx.deleteFrom(LEARNING_DISSEMINATION_ACTION).where(LEARNING_DISSEMINATION_ACTION.LEARNING_ID.eq(id)).execute();
        ctx.deleteFrom(LEARNING_DISSEMINATION_ROW).where(LEARNING_DISSEMINATION_ROW.LEARNING_ID.eq(id)).execute();
        super.delete(id);
    }

    /** A learning record whose hub cycle was removed from the programme stays on the tracker, as other reflective learning. */
    private static LearningSourceKind sourceKind(LearningRecordRecord r) {
        LearningSourceKind kind = LearningSourceKind.valueOf(r.getSourceKind());
        return kind == LearningSourceKind.HUB_CYCLE && r.getHubCycleId() == null ? LearningSourceKind.OTHER_REFLECTIVE : kind;
    }

    /** ... and says where it came from in place of the cycle, unless it said so already. */
    private static String sourceReference(LearningRecordRecord r) {
        boolean cycleRemoved = LearningSourceKind.valueOf(r.getSourceKind()) == LearningSourceKind.HUB_CYCLE && r.getHubCycleId() == null;
        return cycleRemoved && r.getSourceReference() == null ? "Learning Hub cycle (removed)" : r.getSourceReference();
    }

    private static void copy(ImpactReview i, LearningRecordRecord r) {
        r.setImpactMeasures(i.measures().isEmpty() ? null
                : EnumSet.copyOf(i.measures()).stream().map(Enum::name).collect(Collectors.joining(",")));
        r.setImpactHow(i.how());
        r.setImpactDueOn(i.dueOn());
        r.setImpactOutcome(i.outcome());
        r.setImpactReviewedOn(i.reviewedOn());
    }

    private static ImpactReview impact(LearningRecordRecord r) {
        Set<ImpactMeasure> measures = r.getImpactMeasures() == null ? Set.of()
                : Arrays.stream(r.getImpactMeasures().split(",")).map(ImpactMeasure::valueOf).collect(Collectors.toSet());
        return new ImpactReview(measures, r.getImpactHow(), r.getImpactDueOn(), r.getImpactOutcome(), r.getImpactReviewedOn());
    }

    /** The record's row version, its row locked until the transaction ends: a save of its plan or briefing compares it. */
    public int lockedVersion(long id) {
        return ctx.select(LEARNING_RECORD.ROW_VERSION).from(LEARNING_RECORD).where(LEARNING_RECORD.ID.eq(id)).forUpdate()
                .fetchSingle(LEARNING_RECORD.ROW_VERSION);
    }

    /** Moves the record's version on: a checked save of its plan or briefing counts as a save of the record. */
    public void bumpVersion(long id) {
        ctx.update(LEARNING_RECORD).set(LEARNING_RECORD.ROW_VERSION, LEARNING_RECORD.ROW_VERSION.plus(1)).where(LEARNING_RECORD.ID.eq(id)).execute();
    }

    // ---- dissemination plans

    public DisseminationPlan plan(long learningId) {
        return plans(List.of(learningId)).get(learningId);
    }

    /** Each record's plan (the four rows always there, empty when nothing is written). */
    public Map<Long, DisseminationPlan> plans(Collection<Long> learningIds) {
        Map<Long, List<DisseminationRow>> rows = new HashMap<>();
        ctx.selectFrom(LEARNING_DISSEMINATION_ROW).where(LEARNING_DISSEMINATION_ROW.LEARNING_ID.in(learningIds))
                .forEach(r -> rows.computeIfAbsent(r.getLearningId(), k -> new ArrayList<>())
                        .add(new DisseminationRow(Audience.valueOf(r.getAudience()), r.getPurpose(), r.getMeasuresOfSuccess())));
        Map<Long, List<DisseminationAction>> actions = new HashMap<>();
        ctx.selectFrom(LEARNING_DISSEMINATION_ACTION).where(LEARNING_DISSEMINATION_ACTION.LEARNING_ID.in(learningIds))
                .orderBy(LEARNING_DISSEMINATION_ACTION.SORT_ORDER, LEARNING_DISSEMINATION_ACTION.ID)
                .forEach(r -> actions.computeIfAbsent(r.getLearningId(), k -> new ArrayList<>()).add(ACTIONS.toValue().apply(r)));
        Map<Long, DisseminationPlan> result = new HashMap<>();
        for (Long id : learningIds) {
            result.put(id, new DisseminationPlan(id, rows.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of())));
        }
        return result;
    }

    public void saveRow(long learningId, DisseminationRow row) {
        ctx.deleteFrom(LEARNING_DISSEMINATION_ROW).where(LEARNING_DISSEMINATION_ROW.LEARNING_ID.eq(learningId))
                .and(LEARNING_DISSEMINATION_ROW.AUDIENCE.eq(row.audience().name())).execute();
        if (!row.isEmpty()) {
            ctx.insertInto(LEARNING_DISSEMINATION_ROW).set(LEARNING_DISSEMINATION_ROW.LEARNING_ID, learningId)
                    .set(LEARNING_DISSEMINATION_ROW.AUDIENCE, row.audience().name())
                    .set(LEARNING_DISSEMINATION_ROW.PURPOSE, row.purpose())
                    .set(LEARNING_DISSEMINATION_ROW.MEASURES_OF_SUCCESS, row.measuresOfSuccess()).execute();
        }
    }

    public Optional<DisseminationAction> action(long id) {
        return ACTIONS.find(ctx, id);
    }

    public DisseminationAction insertAction(DisseminationAction a) {
        int order = Rows.nextOrder(ctx, LEARNING_DISSEMINATION_ACTION.SORT_ORDER, LEARNING_DISSEMINATION_ACTION.LEARNING_ID.eq(a.learningId()));
        return ACTIONS.insert(ctx, a, r -> {
            r.setLearningId(a.learningId());
            r.setSortOrder(order);
        });
    }

    public void updateAction(DisseminationAction a) {
        ACTIONS.update(ctx, a);
    }

    public void deleteAction(long id) {
        ACTIONS.delete(ctx, id);
    }

    // ---- 7-minute briefings

    /** The parts edited by hand, by part index (0 to 6). */
    public Map<Integer, String> briefingEdits(long learningId) {
        Map<Integer, String> parts = new HashMap<>();
        ctx.selectFrom(LEARNING_BRIEFING_PART).where(LEARNING_BRIEFING_PART.LEARNING_ID.eq(learningId))
                .forEach(r -> parts.put(r.getPartNo(), r.getPartText()));
        return parts;
    }

    public void saveBriefingEdits(long learningId, Map<Integer, String> parts) {
        ctx.deleteFrom(LEARNING_BRIEFING_PART).where(LEARNING_BRIEFING_PART.LEARNING_ID.eq(learningId)).execute();
        parts.forEach((no, text) -> ctx.insertInto(LEARNING_BRIEFING_PART).set(LEARNING_BRIEFING_PART.LEARNING_ID, learningId)
                .set(LEARNING_BRIEFING_PART.PART_NO, no).set(LEARNING_BRIEFING_PART.PART_TEXT, text).execute());
    }
}
