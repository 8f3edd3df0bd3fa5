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
import org.hubdesk.domain.common.Versioned;
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
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.Rows;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The learning tracker's records, their dissemination plans and their edited 7-minute briefings. */
public final class LearningRecordRepository extends Repository {
    private static final RowMapping<LearningRecordRecord, LearningRecord> RECORDS = new RowMapping<>(LEARNING_RECORD.ID,
            LearningRecord::id, LearningRecordRepository::copy, LearningRecordRepository::toRecord);
    private static final RowMapping<LearningDisseminationActionRecord, DisseminationAction> ACTIONS = new RowMapping<>(
            LEARNING_DISSEMINATION_ACTION.ID, DisseminationAction::id, LearningRecordRepository::copy, LearningRecordRepository::toAction);

    public LearningRecordRepository(DSLContext ctx) {
        super(ctx);
    }

    public List<LearningRecord> all() {
        return RECORDS.list(ctx, DSL.noCondition(), LEARNING_RECORD.ACTIVITY_FROM, LEARNING_RECORD.ID);
    }

    public Optional<LearningRecord> find(long id) {
        return RECORDS.find(ctx, id);
    }

    public LearningRecord insert(LearningRecord record) {
        return RECORDS.insert(ctx, record, r -> r.setCreatedAt(LocalDateTime.now()));
    }

    public void update(LearningRecord record) {
        RECORDS.update(ctx, record);
    }

    /** The record with the row version a later {@link #update(LearningRecord, int)} is checked against. */
    public Optional<Versioned<LearningRecord>> findForEdit(long id) {
        return RECORDS.forEdit(ctx, id);
    }

    /** Saves an edit opened at {@code openedVersion}; a StaleEditException, nothing saved, if someone saved it since. */
    public void update(LearningRecord record, int openedVersion) {
        RECORDS.update(ctx, record, openedVersion, v -> "The learning record '" + v.activity() + "'", LearningRecordRepository::describe);
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

    public void delete(long id) {
        ctx.deleteFrom(LEARNING_BRIEFING_PART).where(LEARNING_BRIEFING_PART.LEARNING_ID.eq(id)).execute();
        ctx.deleteFrom(LEARNING_DISSEMINATION_ACTION).where(LEARNING_DISSEMINATION_ACTION.LEARNING_ID.eq(id)).execute();
        ctx.deleteFrom(LEARNING_DISSEMINATION_ROW).where(LEARNING_DISSEMINATION_ROW.LEARNING_ID.eq(id)).execute();
        RECORDS.delete(ctx, id);
    }

    private static void copy(LearningRecord rec, LearningRecordRecord r) {
        r.setSourceKind(rec.sourceKind().name());
        r.setHubCycleId(rec.hubCycleId());
        r.setSourceReference(rec.sourceReference());
        r.setSubgroup(rec.subgroup());
        r.setActivity(rec.activity());
        r.setActivityFrom(rec.activityFrom());
        r.setActivityTo(rec.activityTo());
        r.setFindings(rec.findings());
        r.setKeyMessages(rec.keyMessages());
        r.setTargetAudiences(rec.targetAudiences());
        r.setMessagesAgreedOn(rec.messagesAgreedOn());
        ImpactReview i = rec.impact();
        r.setImpactMeasures(i.measures().isEmpty() ? null
                : EnumSet.copyOf(i.measures()).stream().map(Enum::name).collect(Collectors.joining(",")));
        r.setImpactHow(i.how());
        r.setImpactDueOn(i.dueOn());
        r.setImpactOutcome(i.outcome());
        r.setImpactReviewedOn(i.reviewedOn());
    }

    private static LearningRecord toRecord(LearningRecordRecord r) {
        Set<ImpactMeasure> measures = r.getImpactMeasures() == null ? Set.of()
                : Arrays.stream(r.getImpactMeasures().split(",")).map(ImpactMeasure::valueOf).collect(Collectors.toSet());
        LearningSourceKind kind = LearningSourceKind.valueOf(r.getSourceKind());
        String reference = r.getSourceReference();
        if (kind == LearningSourceKind.HUB_CYCLE && r.getHubCycleId() == null) {
            // The hub cycle was removed from the programme; the learning stays on the tracker.
            kind = LearningSourceKind.OTHER_REFLECTIVE;
            reference = reference == null ? "Learning Hub cycle (removed)" : reference;
        }
        return new LearningRecord(r.getId(), kind, r.getHubCycleId(), reference, r.getSubgroup(), r.getActivity(),
                r.getActivityFrom(), r.getActivityTo(), r.getFindings(), r.getKeyMessages(), r.getTargetAudiences(),
                r.getMessagesAgreedOn(), new ImpactReview(measures, r.getImpactHow(), r.getImpactDueOn(), r.getImpactOutcome(),
                        r.getImpactReviewedOn()));
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
                .forEach(r -> actions.computeIfAbsent(r.getLearningId(), k -> new ArrayList<>()).add(toAction(r)));
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

    private static void copy(DisseminationAction a, LearningDisseminationActionRecord r) {
        r.setAudience(a.audience().name());
        r.setMethod(a.method());
        r.setOwner(a.owner());
        r.setDueOn(a.dueOn());
        r.setDone(a.done());
    }

    private static DisseminationAction toAction(LearningDisseminationActionRecord r) {
        return new DisseminationAction(r.getId(), r.getLearningId(), Audience.valueOf(r.getAudience()), r.getMethod(), r.getOwner(),
                r.getDueOn(), Boolean.TRUE.equals(r.getDone()), r.getSortOrder());
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
