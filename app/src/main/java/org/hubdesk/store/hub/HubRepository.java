package org.hubdesk.store.hub;

import static org.hubdesk.schema.Tables.CYCLE_MEMBER;
import static org.hubdesk.schema.Tables.HUB_ACTIVITY;
import static org.hubdesk.schema.Tables.HUB_CYCLE;
import static org.hubdesk.schema.Tables.HUB_PHASE;
import static org.hubdesk.schema.Tables.HUB_PHASE_LENGTH;
import static org.hubdesk.schema.Tables.PARTNERSHIP;
import static org.hubdesk.schema.Tables.PRIORITY;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.common.Versioned;
import java.util.Set;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.hub.PhaseKind;
import org.hubdesk.domain.hub.PhaseLengths;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.schema.tables.records.HubActivityRecord;
import org.hubdesk.schema.tables.records.HubCycleRecord;
import org.hubdesk.schema.tables.records.HubPhaseRecord;
import org.hubdesk.schema.tables.records.PriorityRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.Rows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Priorities, hub cycles, their phases, activities and members; runs in the caller's transaction. */
public final class HubRepository extends Repository {
    private static final RowMapping<PriorityRecord, Priority> PRIORITIES = NamedColumns.of(PRIORITY.ID, Priority.class).mapping();

    public HubRepository(DSLContext ctx) {
        super(ctx);
    }

    // ---- settings

    public HubSettings settings() {
        EnumMap<PhaseKind, Integer> months = new EnumMap<>(PhaseKind.class);
        for (PhaseKind kind : PhaseKind.values()) {
            months.put(kind, 1);
        }
        ctx.selectFrom(HUB_PHASE_LENGTH).forEach(r -> months.put(PhaseKind.valueOf(r.getPhaseKind()), r.getLengthMonths()));
        Integer yearStart = ctx.select(PARTNERSHIP.YEAR_START_MONTH).from(PARTNERSHIP).orderBy(PARTNERSHIP.ID).limit(1)
                .fetchOne(PARTNERSHIP.YEAR_START_MONTH);
        return new HubSettings(new PhaseLengths(months), yearStart == null ? HubSettings.DEFAULT.yearStartMonth() : yearStart);
    }

    public void saveSettings(HubSettings settings) {
        ctx.deleteFrom(HUB_PHASE_LENGTH).execute();
        for (PhaseKind kind : PhaseKind.values()) {
            ctx.insertInto(HUB_PHASE_LENGTH, HUB_PHASE_LENGTH.PHASE_KIND, HUB_PHASE_LENGTH.LENGTH_MONTHS)
                    .values(kind.name(), settings.phaseLengths().of(kind)).execute();
        }
        ctx.update(PARTNERSHIP).set(PARTNERSHIP.YEAR_START_MONTH, settings.yearStartMonth()).execute();
    }

    // ---- priorities

    public List<Priority> priorities() {
        return PRIORITIES.list(ctx, DSL.noCondition(), PRIORITY.PARTNERSHIP_YEAR, PRIORITY.ID);
    }

    public Optional<Priority> priority(long id) {
        return PRIORITIES.find(ctx, id);
    }

    public Priority insertPriority(Priority priority) {
        return PRIORITIES.restore(ctx, priority, r -> r.setCreatedAt(LocalDateTime.now()));
    }

    public void updatePriority(Priority priority) {
        ctx.update(PRIORITY).set(PRIORITY.TITLE, priority.title()).set(PRIORITY.DESCRIPTION, priority.description())
                .set(PRIORITY.PARTNERSHIP_YEAR, priority.partnershipYear()).where(PRIORITY.ID.eq(priority.id())).execute();
    }

    /** Deletes a priority with its cycles, phases, activities and members. */
    public void deletePriority(long id) {
        PRIORITIES.delete(ctx, id);
    }

    // ---- cycles

    public List<HubCycle> cycles() {
        return load(null);
    }

    public Optional<HubCycle> cycle(long id) {
        return load(id).stream().findFirst();
    }

    /** The cycle with the row version a later {@link #lockedVersion} is compared with. */
    public Optional<Versioned<HubCycle>> cycleForEdit(long id) {
        Integer version = ctx.select(HUB_CYCLE.ROW_VERSION).from(HUB_CYCLE).where(HUB_CYCLE.ID.eq(id)).fetchOne(HUB_CYCLE.ROW_VERSION);
        return version == null ? Optional.empty() : cycle(id).map(c -> new Versioned<>(c, version));
    }

    /** Every cycle's row version by its id: the timeline's side panel saves against the version it loaded. */
    public java.util.Map<Long, Integer> versions() {
        return ctx.select(HUB_CYCLE.ID, HUB_CYCLE.ROW_VERSION).from(HUB_CYCLE).fetchMap(HUB_CYCLE.ID, HUB_CYCLE.ROW_VERSION);
    }

    /** The cycle's row version, its row locked until the transaction ends: a save compares it with the version it opened. */
    public int lockedVersion(long cycleId) {
        return ctx.select(HUB_CYCLE.ROW_VERSION).from(HUB_CYCLE).where(HUB_CYCLE.ID.eq(cycleId)).forUpdate().fetchSingle(HUB_CYCLE.ROW_VERSION);
    }

    public Optional<HubCycle> cycleOfPhase(long phaseId) {
        Long cycleId = ctx.select(HUB_PHASE.CYCLE_ID).from(HUB_PHASE).where(HUB_PHASE.ID.eq(phaseId)).fetchOne(HUB_PHASE.CYCLE_ID);
        return cycleId == null ? Optional.empty() : cycle(cycleId);
    }

    public Optional<HubCycle> cycleOfActivity(long activityId) {
        Long phaseId = ctx.select(HUB_ACTIVITY.PHASE_ID).from(HUB_ACTIVITY).where(HUB_ACTIVITY.ID.eq(activityId))
                .fetchOne(HUB_ACTIVITY.PHASE_ID);
        return phaseId == null ? Optional.empty() : cycleOfPhase(phaseId);
    }

    /** Four queries whatever the number of cycles, so a ten-year timeline loads at once. */
    private List<HubCycle> load(Long onlyCycleId) {
        Condition inCycles = onlyCycleId == null ? DSL.noCondition() : HUB_PHASE.CYCLE_ID.eq(onlyCycleId);
        List<HubCycleRecord> cycleRecords = ctx.selectFrom(HUB_CYCLE)
                .where(onlyCycleId == null ? DSL.noCondition() : HUB_CYCLE.ID.eq(onlyCycleId)).orderBy(HUB_CYCLE.ID).fetch();
        if (cycleRecords.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        cycleRecords.forEach(r -> ids.add(r.getId()));
        List<HubPhaseRecord> phaseRecords = ctx.selectFrom(HUB_PHASE).where(inCycles)
                .orderBy(HUB_PHASE.CYCLE_ID, HUB_PHASE.SORT_ORDER).fetch();
        Map<Long, List<Activity>> activities = new LinkedHashMap<>();
        ctx.select(HUB_ACTIVITY.fields()).from(HUB_ACTIVITY).join(HUB_PHASE).on(HUB_PHASE.ID.eq(HUB_ACTIVITY.PHASE_ID))
                .where(inCycles).orderBy(HUB_ACTIVITY.PHASE_ID, HUB_ACTIVITY.SORT_ORDER, HUB_ACTIVITY.ID)
                .fetchInto(HUB_ACTIVITY)
                .forEach(a -> activities.computeIfAbsent(a.getPhaseId(), k -> new ArrayList<>())
                        .add(new Activity(a.getId(), a.getDescription(), ActivityStatus.valueOf(a.getStatus()))));
        Map<Long, List<HubPhase>> phases = new LinkedHashMap<>();
        for (HubPhaseRecord p : phaseRecords) {
            if (ids.contains(p.getCycleId())) {
                phases.computeIfAbsent(p.getCycleId(), k -> new ArrayList<>()).add(new HubPhase(p.getId(),
                        PhaseKind.valueOf(p.getPhaseKind()), YearMonth.from(p.getFirstMonth()), p.getLengthMonths(),
                        activities.getOrDefault(p.getId(), List.of())));
            }
        }
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        ctx.selectFrom(CYCLE_MEMBER).where(onlyCycleId == null ? DSL.noCondition() : CYCLE_MEMBER.CYCLE_ID.eq(onlyCycleId))
                .orderBy(CYCLE_MEMBER.CYCLE_ID, CYCLE_MEMBER.SORT_ORDER)
                .forEach(m -> members.computeIfAbsent(m.getCycleId(), k -> new ArrayList<>()).add(m.getPersonId()));
        List<HubCycle> result = new ArrayList<>();
        for (HubCycleRecord c : cycleRecords) {
            result.add(new HubCycle(c.getId(), c.getPriorityId(), phases.getOrDefault(c.getId(), List.of()), c.getLeadPersonId(),
                    members.getOrDefault(c.getId(), List.of())));
        }
        return result;
    }

    /** Inserts a cycle with its phases, activities and members; ids already set are kept (undo). */
    public HubCycle insertCycle(HubCycle cycle) {
        HubCycleRecord r = Rows.newRecord(ctx, HUB_CYCLE.ID, cycle.id());
        r.setPriorityId(cycle.priorityId());
        r.setLeadPersonId(cycle.leadPersonId());
        r.setCreatedAt(LocalDateTime.now());
        r.insert();
        long cycleId = r.getId();
        List<HubPhase> phases = new ArrayList<>();
        for (int i = 0; i < cycle.phases().size(); i++) {
            phases.add(insertPhase(cycleId, cycle.phases().get(i), i));
        }
        replaceMembers(cycleId, cycle.memberIds());
        return new HubCycle(cycleId, cycle.priorityId(), phases, cycle.leadPersonId(), cycle.memberIds());
    }

    private HubPhase insertPhase(long cycleId, HubPhase phase, int sortOrder) {
        HubPhaseRecord p = Rows.newRecord(ctx, HUB_PHASE.ID, phase.id());
        p.setCycleId(cycleId);
        copy(phase, p, sortOrder);
        p.insert();
        return new HubPhase(p.getId(), phase.kind(), phase.firstMonth(), phase.months(), saveActivities(p.getId(), phase.activities()));
    }

    private static void copy(HubPhase phase, HubPhaseRecord p, int sortOrder) {
        p.setPhaseKind(phase.kind().name());
        p.setFirstMonth(phase.firstMonth().atDay(1));
        p.setLengthMonths(phase.months());
        p.setSortOrder(sortOrder);
    }

    /**
     * Writes a cycle as given: lead, members, each phase's months and its activities (added,
     * changed, removed). Used by every edit and by undo, which saves the cycle as it was.
     */
    public HubCycle saveCycle(HubCycle cycle) {
        ctx.update(HUB_CYCLE).set(HUB_CYCLE.LEAD_PERSON_ID, cycle.leadPersonId()).set(HUB_CYCLE.ROW_VERSION, HUB_CYCLE.ROW_VERSION.plus(1)).set(HUB_CYCLE.PRIORITY_ID, cycle.priorityId())
                .where(HUB_CYCLE.ID.eq(cycle.id())).execute();
        Set<Long> kept = new HashSet<>();
        cycle.phases().forEach(p -> kept.add(p.id()));
        ctx.deleteFrom(HUB_PHASE).where(HUB_PHASE.CYCLE_ID.eq(cycle.id())).and(HUB_PHASE.ID.notIn(kept)).execute();
        List<HubPhase> saved = new ArrayList<>();
        for (int i = 0; i < cycle.phases().size(); i++) {
            HubPhase phase = cycle.phases().get(i);
            HubPhaseRecord p = phase.id() == 0 ? null
                    : ctx.selectFrom(HUB_PHASE).where(HUB_PHASE.ID.eq(phase.id())).and(HUB_PHASE.CYCLE_ID.eq(cycle.id())).fetchOne();
            if (p == null) {
                saved.add(insertPhase(cycle.id(), phase, i));
                continue;
            }
            copy(phase, p, i);
            p.update();
            saved.add(new HubPhase(phase.id(), phase.kind(), phase.firstMonth(), phase.months(), saveActivities(phase.id(), phase.activities())));
        }
        replaceMembers(cycle.id(), cycle.memberIds());
        return new HubCycle(cycle.id(), cycle.priorityId(), saved, cycle.leadPersonId(), cycle.memberIds());
    }

    private List<Activity> saveActivities(long phaseId, List<Activity> activities) {
        Set<Long> kept = new HashSet<>();
        activities.forEach(a -> kept.add(a.id()));
        ctx.deleteFrom(HUB_ACTIVITY).where(HUB_ACTIVITY.PHASE_ID.eq(phaseId)).and(HUB_ACTIVITY.ID.notIn(kept)).execute();
        List<Activity> saved = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            HubActivityRecord r = a.id() == 0 ? null
                    : ctx.selectFrom(HUB_ACTIVITY).where(HUB_ACTIVITY.ID.eq(a.id())).and(HUB_ACTIVITY.PHASE_ID.eq(phaseId)).fetchOne();
            boolean isNew = r == null;
            if (isNew) {
                r = Rows.newRecord(ctx, HUB_ACTIVITY.ID, a.id());
                r.setPhaseId(phaseId);
            }
            r.setDescription(a.description());
            r.setStatus(a.status().name());
            r.setSortOrder(i);
            if (isNew) {
                r.insert();
            } else {
                r.update();
            }
            saved.add(new Activity(r.getId(), a.description(), a.status()));
        }
        return saved;
    }

    private void replaceMembers(long cycleId, List<Long> personIds) {
        ctx.deleteFrom(CYCLE_MEMBER).where(CYCLE_MEMBER.CYCLE_ID.eq(cycleId)).execute();
        for (int i = 0; i < personIds.size(); i++) {
            ctx.insertInto(CYCLE_MEMBER, CYCLE_MEMBER.CYCLE_ID, CYCLE_MEMBER.PERSON_ID, CYCLE_MEMBER.SORT_ORDER)
                    .values(cycleId, personIds.get(i), i).execute();
        }
    }

    public void deleteCycles(Collection<Long> cycleIds) {
        ctx.deleteFrom(HUB_CYCLE).where(HUB_CYCLE.ID.in(cycleIds)).execute();
    }
}
