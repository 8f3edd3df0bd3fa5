package org.hubdesk.store.plan;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.DELIVERY_PLAN;
import static org.hubdesk.schema.Tables.PERSON;
import static org.hubdesk.schema.Tables.PLAN_EVIDENCE;
import static org.hubdesk.schema.Tables.PLAN_SECTION_TEXT;
import static org.hubdesk.schema.Tables.PLAN_VERSION;
import static org.hubdesk.schema.Tables.PRACTICE_DOWNLOAD;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PlanNames;
import org.hubdesk.domain.plan.PlanSnapshotCodec;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.domain.plan.PracticeDownload.Question;
import org.hubdesk.schema.tables.records.DeliveryPlanRecord;
import org.hubdesk.schema.tables.records.PlanEvidenceRecord;
import org.hubdesk.schema.tables.records.PlanVersionRecord;
import org.hubdesk.schema.tables.records.PracticeDownloadRecord;
import org.hubdesk.store.ChildRows;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.Rows;
import org.hubdesk.store.actions.ActionRepository;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Delivery plans, their section text, evidence, practice downloads, action links and versions;
 * every method runs inside the caller's transaction. Versions are only ever inserted.
 */
public final class DeliveryPlanRepository extends Repository {
    private static final RowMapping<PlanEvidenceRecord, EvidenceEntry> EVIDENCE = NamedColumns.of(PLAN_EVIDENCE.ID,
            EvidenceEntry.class).column("section", PLAN_EVIDENCE.SECTION_CODE, DeliveryPlanSection::name, DeliveryPlanSection::fromCode)
            .column("text", PLAN_EVIDENCE.BODY).column("source", PLAN_EVIDENCE.SOURCE_CODE).mapping();
    private static final RowMapping<PracticeDownloadRecord, PracticeDownload> DOWNLOADS = NamedColumns.of(PRACTICE_DOWNLOAD.ID,
            PracticeDownload.class).component("answers", DeliveryPlanRepository::copy, DeliveryPlanRepository::answers).mapping();

    public DeliveryPlanRepository(DSLContext ctx) {
        super(ctx);
    }

    // ---- plans

    public List<PlanSummary> plans() {
        return ctx.selectFrom(DELIVERY_PLAN).orderBy(DELIVERY_PLAN.UPDATED_AT.desc(), DELIVERY_PLAN.ID.desc())
                .fetch(r -> new PlanSummary(r.getId(), r.getHubCycleId(), r.getPriorityTitle(), r.getUpdatedAt()));
    }

    public long insertPlan(Long hubCycleId, String priorityTitle, LocalDateTime now) {
        DeliveryPlanRecord r = ctx.newRecord(DELIVERY_PLAN);
        r.setHubCycleId(hubCycleId);
        r.setPriorityTitle(priorityTitle);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    public boolean exists(long planId) {
        return ctx.fetchExists(DELIVERY_PLAN, DELIVERY_PLAN.ID.eq(planId));
    }

    public Optional<Long> planForHubCycle(long hubCycleId) {
        return ctx.select(DELIVERY_PLAN.ID).from(DELIVERY_PLAN).where(DELIVERY_PLAN.HUB_CYCLE_ID.eq(hubCycleId))
                .fetchOptional(DELIVERY_PLAN.ID);
    }

    public void setPriorityTitle(long planId, String title) {
        ctx.update(DELIVERY_PLAN).set(DELIVERY_PLAN.PRIORITY_TITLE, title).set(DELIVERY_PLAN.ROW_VERSION, DELIVERY_PLAN.ROW_VERSION.plus(1)).where(DELIVERY_PLAN.ID.eq(planId)).execute();
    }

    /** Records that the plan changed now (the plan list sorts by it). */
    public void touch(long planId, LocalDateTime now) {
        ctx.update(DELIVERY_PLAN).set(DELIVERY_PLAN.UPDATED_AT, now).where(DELIVERY_PLAN.ID.eq(planId)).execute();
    }

    /** The whole plan in four queries plus the names it refers to. */
    public Optional<DeliveryPlan> load(long planId) {
        DeliveryPlanRecord plan = ctx.fetchOne(DELIVERY_PLAN, DELIVERY_PLAN.ID.eq(planId));
        if (plan == null) {
            return Optional.empty();
        }
        Map<DeliveryPlanSection, String> texts = new EnumMap<>(DeliveryPlanSection.class);
        ctx.selectFrom(PLAN_SECTION_TEXT).where(PLAN_SECTION_TEXT.DELIVERY_PLAN_ID.eq(planId))
                .forEach(r -> texts.put(DeliveryPlanSection.fromCode(r.getSectionCode()), r.getBody()));
        List<EvidenceEntry> evidence = evidence().of(planId);
        List<PracticeDownload> downloads = downloads().of(planId);
        List<ActionItem> actions = actions(planId);
        Set<Long> personIds = new HashSet<>();
        actions.forEach(a -> {
            if (a.leadPersonId() != null) {
                personIds.add(a.leadPersonId());
            }
        });
        Set<Long> agencyIds = new HashSet<>();
        evidence.forEach(e -> {
            if (e.agencyId() != null) {
                agencyIds.add(e.agencyId());
            }
        });
        downloads.forEach(d -> {
            if (d.agencyId() != null) {
                agencyIds.add(d.agencyId());
            }
        });
        Map<Long, String> people = new HashMap<>();
        if (!personIds.isEmpty()) {
            ctx.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON).where(PERSON.ID.in(personIds))
                    .forEach(r -> people.put(r.value1(), r.value2()));
        }
        Map<Long, String> agencies = new HashMap<>();
        if (!agencyIds.isEmpty()) {
            ctx.select(AGENCY.ID, AGENCY.NAME).from(AGENCY).where(AGENCY.ID.in(agencyIds))
                    .forEach(r -> agencies.put(r.value1(), r.value2()));
        }
        return Optional.of(new DeliveryPlan(plan.getId(), plan.getHubCycleId(), plan.getPriorityTitle(), texts, evidence,
                downloads, actions, new PlanNames(people, agencies)));
    }

    public boolean agencyExists(long agencyId) {
        return ctx.fetchExists(AGENCY, AGENCY.ID.eq(agencyId));
    }

    public boolean personExists(long personId) {
        return ctx.fetchExists(PERSON, PERSON.ID.eq(personId));
    }

    // ---- section text

    public String sectionText(long planId, DeliveryPlanSection section) {
        return ctx.select(PLAN_SECTION_TEXT.BODY).from(PLAN_SECTION_TEXT)
                .where(PLAN_SECTION_TEXT.DELIVERY_PLAN_ID.eq(planId), PLAN_SECTION_TEXT.SECTION_CODE.eq(section.name()))
                .fetchOptional(PLAN_SECTION_TEXT.BODY).orElse("");
    }

    public void setSectionText(long planId, DeliveryPlanSection section, String body) {
        int updated = ctx.update(PLAN_SECTION_TEXT).set(PLAN_SECTION_TEXT.BODY, body)
                .where(PLAN_SECTION_TEXT.DELIVERY_PLAN_ID.eq(planId), PLAN_SECTION_TEXT.SECTION_CODE.eq(section.name()))
                .execute();
        if (updated == 0) {
            ctx.insertInto(PLAN_SECTION_TEXT, PLAN_SECTION_TEXT.DELIVERY_PLAN_ID, PLAN_SECTION_TEXT.SECTION_CODE, PLAN_SECTION_TEXT.BODY)
                    .values(planId, section.name(), body).execute();
        }
    }

    // ---- evidence

    /** The plan's evidence, in its order; one put back under the plan keeps its old id (undo). */
    public ChildRows<PlanEvidenceRecord, EvidenceEntry> evidence() {
        return new ChildRows<>(ctx, EVIDENCE, PLAN_EVIDENCE.DELIVERY_PLAN_ID, PLAN_EVIDENCE.SORT_ORDER, PLAN_EVIDENCE.ID);
    }

    public List<EvidenceEntry> evidenceIn(long planId, DeliveryPlanSection section) {
        return EVIDENCE.list(ctx, inSection(planId, section), PLAN_EVIDENCE.SORT_ORDER, PLAN_EVIDENCE.ID);
    }

    public int nextEvidenceOrder(long planId, DeliveryPlanSection section) {
        return Rows.nextOrder(ctx, PLAN_EVIDENCE.SORT_ORDER, inSection(planId, section));
    }

    private static Condition inSection(long planId, DeliveryPlanSection section) {
        return PLAN_EVIDENCE.DELIVERY_PLAN_ID.eq(planId).and(PLAN_EVIDENCE.SECTION_CODE.eq(section.name()));
    }

    public void setEvidenceOrder(long id, int order) {
        Rows.setOrder(ctx, PLAN_EVIDENCE.ID, id, PLAN_EVIDENCE.SORT_ORDER, order);
    }

    // ---- practice downloads

    /** The plan's practice downloads, in their order; one put back under the plan keeps its old id (undo). */
    public ChildRows<PracticeDownloadRecord, PracticeDownload> downloads() {
        return new ChildRows<>(ctx, DOWNLOADS, PRACTICE_DOWNLOAD.DELIVERY_PLAN_ID, PRACTICE_DOWNLOAD.SORT_ORDER,
                PRACTICE_DOWNLOAD.ID);
    }

    public int nextDownloadOrder(long planId) {
        return Rows.nextOrder(ctx, PRACTICE_DOWNLOAD.SORT_ORDER, PRACTICE_DOWNLOAD.DELIVERY_PLAN_ID.eq(planId));
    }

    /** Each question's answer has its own column; an unanswered question leaves it empty. */
    private static void copy(Map<Question, String> answers, PracticeDownloadRecord r) {
        r.setWentWell(blankToNull(answers.get(Question.WENT_WELL)));
        r.setDidNotGoWell(blankToNull(answers.get(Question.DID_NOT_GO_WELL)));
        r.setGotInTheWay(blankToNull(answers.get(Question.GOT_IN_THE_WAY)));
        r.setNeedsToBeDifferent(blankToNull(answers.get(Question.NEEDS_TO_BE_DIFFERENT)));
        r.setNeedsToChange(blankToNull(answers.get(Question.NEEDS_TO_CHANGE)));
    }

    private static Map<Question, String> answers(PracticeDownloadRecord r) {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        put(answers, Question.WENT_WELL, r.getWentWell());
        put(answers, Question.DID_NOT_GO_WELL, r.getDidNotGoWell());
        put(answers, Question.GOT_IN_THE_WAY, r.getGotInTheWay());
        put(answers, Question.NEEDS_TO_BE_DIFFERENT, r.getNeedsToBeDifferent());
        put(answers, Question.NEEDS_TO_CHANGE, r.getNeedsToChange());
        return answers;
    }

    private static void put(Map<Question, String> answers, Question q, String a) {
        if (a != null) {
            answers.put(q, a);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---- actions (rows of the shared action log linked to the plan)

    public List<ActionItem> actions(long planId) {
        return new ActionRepository(ctx).where(ACTION_ITEM.DELIVERY_PLAN_ID.eq(planId));
    }

    public int nextActionOrder(long planId) {
        return Rows.nextOrder(ctx, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.DELIVERY_PLAN_ID.eq(planId));
    }

    /** Adds an action to the shared log, linked to this plan (under its own id when restoring). */
    public ActionItem insertAction(long planId, ActionItem action) {
        return new ActionRepository(ctx).insert(action, r -> r.setDeliveryPlanId(planId));
    }

    public Optional<Long> planOfAction(long actionId) {
        return ctx.select(ACTION_ITEM.DELIVERY_PLAN_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(actionId))
                .fetchOptional(ACTION_ITEM.DELIVERY_PLAN_ID);
    }

    public void setActionOrder(long actionId, int order) {
        Rows.setOrder(ctx, ACTION_ITEM.ID, actionId, ACTION_ITEM.SORT_ORDER, order);
    }

    // ---- versions

    public PlanVersion insertVersion(long planId, String name, LocalDateTime takenAt, DeliveryPlan plan) {
        PlanVersionRecord r = ctx.newRecord(PLAN_VERSION);
        r.setDeliveryPlanId(planId);
        r.setName(name);
        r.setTakenAt(takenAt);
        r.setSnapshot(PlanSnapshotCodec.encode(plan));
        r.insert();
        return new PlanVersion(r.getId(), planId, name, takenAt, plan);
    }

    public List<PlanVersion.Summary> versions(long planId) {
        return ctx.select(PLAN_VERSION.ID, PLAN_VERSION.DELIVERY_PLAN_ID, PLAN_VERSION.NAME, PLAN_VERSION.TAKEN_AT)
                .from(PLAN_VERSION).where(PLAN_VERSION.DELIVERY_PLAN_ID.eq(planId))
                .orderBy(PLAN_VERSION.TAKEN_AT, PLAN_VERSION.ID)
                .fetch(r -> new PlanVersion.Summary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public Optional<PlanVersion> version(long versionId) {
        return ctx.selectFrom(PLAN_VERSION).where(PLAN_VERSION.ID.eq(versionId))
                .fetchOptional(r -> new PlanVersion(r.getId(), r.getDeliveryPlanId(), r.getName(), r.getTakenAt(),
                        PlanSnapshotCodec.decode(r.getSnapshot())));
    }
}
