package org.hubdesk.store.meetings;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.AGENDA_ITEM;
import static org.hubdesk.schema.Tables.AGENDA_TEMPLATE;
import static org.hubdesk.schema.Tables.AGENDA_TEMPLATE_ITEM;
import static org.hubdesk.schema.Tables.ATTENDANCE;
import static org.hubdesk.schema.Tables.DECISION;
import static org.hubdesk.schema.Tables.MEETING;
import static org.hubdesk.schema.Tables.MEETING_NOTE;
import static org.hubdesk.schema.Tables.PARTNERSHIP_GROUP;
import static org.hubdesk.schema.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaItemKind;
import org.hubdesk.domain.meetings.AgendaTemplate;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.meetings.TemplateItem;
import org.hubdesk.schema.tables.records.AgendaItemRecord;
import org.hubdesk.schema.tables.records.AgendaTemplateItemRecord;
import org.hubdesk.schema.tables.records.AgendaTemplateRecord;
import org.hubdesk.schema.tables.records.AttendanceRecord;
import org.hubdesk.schema.tables.records.DecisionRecord;
import org.hubdesk.schema.tables.records.MeetingNoteRecord;
import org.hubdesk.schema.tables.records.MeetingRecord;
import org.hubdesk.store.ChildRows;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.Rows;
import org.hubdesk.store.actions.ActionRepository;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Meetings, their agendas, attendance, decisions, notes, minutes and actions; inside the caller's transaction. */
public final class MeetingRepository extends Repository {
    private static final RowMapping<MeetingRecord, Meeting> MEETINGS = NamedColumns.of(MEETING.ID, Meeting.class).mapping();
    private static final RowMapping<AgendaItemRecord, AgendaItem> ITEMS = NamedColumns.of(AGENDA_ITEM.ID, AgendaItem.class)
            .column("minutes", AGENDA_ITEM.DURATION_MINUTES).column("role", AGENDA_ITEM.STANDING_ROLE)
            .column("subPoints", AGENDA_ITEM.SUB_POINTS, MeetingRepository::joinLines, MeetingRepository::splitLines).mapping();
    private static final RowMapping<DecisionRecord, Decision> DECISIONS = NamedColumns.of(DECISION.ID, Decision.class)
            .column("text", DECISION.DECISION_TEXT).mapping();
    private static final RowMapping<MeetingNoteRecord, MeetingNote> NOTES = NamedColumns.of(MEETING_NOTE.ID, MeetingNote.class)
            .column("text", MEETING_NOTE.NOTE_TEXT).mapping();

    public MeetingRepository(DSLContext ctx) {
        super(ctx);
    }

    // ---- meetings

    /** A group's meetings (all groups when {@code groupId} is null), soonest first. */
    public List<Meeting> meetings(Long groupId) {
        Condition c = groupId == null ? DSL.noCondition() : MEETING.GROUP_ID.eq(groupId);
        return MEETINGS.list(ctx, c, MEETING.MEETING_DATE, MEETING.STARTS_AT, MEETING.ID);
    }

    public List<Meeting> meetingsBetween(Long groupId, LocalDate from, LocalDate to, MeetingStatus status) {
        Condition c = MEETING.MEETING_DATE.between(from, to);
        if (groupId != null) {
            c = c.and(MEETING.GROUP_ID.eq(groupId));
        }
        if (status != null) {
            c = c.and(MEETING.STATUS.eq(status.name()));
        }
        return MEETINGS.list(ctx, c, MEETING.MEETING_DATE, MEETING.ID);
    }

    public Optional<Meeting> meeting(long id) {
        return MEETINGS.find(ctx, id);
    }

    /** The group's latest meeting before {@code day} that was not cancelled: where standing items carry over from. */
    public Optional<Meeting> previousMeeting(long groupId, LocalDate day) {
        return ctx.selectFrom(MEETING)
                .where(MEETING.GROUP_ID.eq(groupId)).and(MEETING.MEETING_DATE.lt(day))
                .and(MEETING.STATUS.ne(MeetingStatus.CANCELLED.name()))
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.ID.desc()).limit(1)
                .fetchOptional(MEETINGS.toValue()::apply);
    }

    public Meeting insertMeeting(Meeting m) {
        return MEETINGS.insert(ctx, m, r -> r.setCreatedAt(LocalDateTime.now()));
    }

    public void updateMeeting(Meeting m) {
        MEETINGS.update(ctx, m);
    }

    /** The meeting with the row version a later {@link #updateMeeting(Meeting, int)} is checked against. */
    public Optional<Versioned<Meeting>> meetingForEdit(long id) {
        return MEETINGS.forEdit(ctx, id);
    }

    /** Saves an edit of a meeting opened at {@code openedVersion}; a StaleEditException if someone saved it since. */
    public void updateMeeting(Meeting m, int openedVersion) {
        MEETINGS.update(ctx, m, openedVersion, x -> "The meeting's date, time and place", MeetingRepository::describe);
    }

    private static String describe(Meeting m) {
        return m.meetingDate() + " at " + m.startsAt() + (m.place() == null ? "" : ", " + m.place());
    }

    public Optional<String> minutesText(long meetingId) {
        return ctx.select(MEETING.MINUTES_TEXT).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchOptional(MEETING.MINUTES_TEXT);
    }

    public void saveMinutesText(long meetingId, String text) {
        ctx.update(MEETING).set(MEETING.MINUTES_TEXT, text).set(MEETING.ROW_VERSION, MEETING.ROW_VERSION.plus(1)).set(MEETING.MINUTES_SAVED_AT, LocalDateTime.now())
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    /** The meeting's row version now: minutes opened with it are saved with {@link #saveMinutesText(long, String, int)}. */
    public int version(long meetingId) {
        return ctx.select(MEETING.ROW_VERSION).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle(MEETING.ROW_VERSION);
    }

    /** Saves minutes edited from the meeting as opened at {@code openedVersion}; a StaleEditException if someone saved it since. */
    public void saveMinutesText(long meetingId, String text, int openedVersion) {
        Rows.update(ctx, MEETING.ID, meetingId, text, (t, r) -> {
            r.setMinutesText(t);
            r.setMinutesSavedAt(LocalDateTime.now());
        }, openedVersion, MeetingRecord::getMinutesText, t -> "The minutes of this meeting", MeetingRepository::describeMinutes);
    }

    /** Minutes in a few words: how long they are and how they start. */
    private static String describeMinutes(String text) {
        if (text == null || text.isBlank()) {
            return "no minutes saved";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.split(" ").length + " words, starting '" + (flat.length() > 120 ? flat.substring(0, 119) + "…" : flat) + "'";
    }

    // ---- agenda items

    public List<AgendaItem> items(long meetingId) {
        return ITEMS.list(ctx, AGENDA_ITEM.MEETING_ID.eq(meetingId), AGENDA_ITEM.SORT_ORDER, AGENDA_ITEM.ID);
    }

    /** Per meeting: how many items and how many minutes, in one query (the meetings list over years of data). */
    public Map<Long, int[]> agendaTotals() {
        Map<Long, int[]> totals = new LinkedHashMap<>();
        ctx.select(AGENDA_ITEM.MEETING_ID, DSL.count(), DSL.sum(AGENDA_ITEM.DURATION_MINUTES))
                .from(AGENDA_ITEM).groupBy(AGENDA_ITEM.MEETING_ID)
                .forEach(r -> totals.put(r.value1(), new int[] {r.value2(), r.value3() == null ? 0 : r.value3().intValue()}));
        return totals;
    }

    public Optional<AgendaItem> item(long id) {
        return ITEMS.find(ctx, id);
    }

    public AgendaItem insertItem(AgendaItem item) {
        // The item as given, not as read back: its sub-points stay as typed until the agenda is reloaded.
        return item.withId(ITEMS.restore(ctx, item).id());
    }

    public void updateItem(AgendaItem item) {
        ITEMS.update(ctx, item);
    }

    /** The item with the row version a later {@link #updateItem(AgendaItem, int)} is checked against. */
    public Optional<Versioned<AgendaItem>> itemForEdit(long id) {
        return ITEMS.forEdit(ctx, id);
    }

    /** Saves an edit of an item opened at {@code openedVersion}; a StaleEditException if someone saved it since. */
    public void updateItem(AgendaItem item, int openedVersion) {
        ITEMS.update(ctx, item, openedVersion, x -> "The agenda item '" + x.title() + "'", MeetingRepository::describe);
    }

    private static String describe(AgendaItem i) {
        return "'" + i.title() + "', " + i.kind() + ", " + i.minutes() + " min"
                + (i.leadText() != null ? ", led by " + i.leadText() : "")
                + (i.subPoints().isEmpty() ? "" : ", " + String.join("; ", i.subPoints()));
    }

    public void updateSortOrders(List<AgendaItem> items) {
        for (int i = 0; i < items.size(); i++) {
            Rows.setOrder(ctx, AGENDA_ITEM.ID, items.get(i).id(), AGENDA_ITEM.SORT_ORDER, i);
        }
    }

    public void deleteItem(long id) {
        ctx.update(ACTION_ITEM).setNull(ACTION_ITEM.AGENDA_ITEM_ID).where(ACTION_ITEM.AGENDA_ITEM_ID.eq(id)).execute();
        ctx.update(MEETING).setNull(MEETING.CURRENT_ITEM_ID).where(MEETING.CURRENT_ITEM_ID.eq(id)).execute();
        ITEMS.delete(ctx, id);
    }

    static String joinLines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static List<String> splitLines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    // ---- templates

    public Optional<AgendaTemplate> template(long groupId) {
        Optional<AgendaTemplateRecord> t = ctx.selectFrom(AGENDA_TEMPLATE).where(AGENDA_TEMPLATE.GROUP_ID.eq(groupId)).fetchOptional();
        return t.map(tr -> new AgendaTemplate(groupId, ctx.selectFrom(AGENDA_TEMPLATE_ITEM)
                .where(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID.eq(tr.getId()))
                .orderBy(AGENDA_TEMPLATE_ITEM.SORT_ORDER)
                .fetch(MeetingRepository::toTemplateItem)));
    }

    /** Replaces the group's standard agenda. */
    public void saveTemplate(AgendaTemplate template) {
        AgendaTemplateRecord t = ctx.selectFrom(AGENDA_TEMPLATE).where(AGENDA_TEMPLATE.GROUP_ID.eq(template.groupId())).fetchOptional()
                .orElseGet(() -> {
                    AgendaTemplateRecord r = ctx.newRecord(AGENDA_TEMPLATE);
                    r.setGroupId(template.groupId());
                    r.store();
                    return r;
                });
        ctx.deleteFrom(AGENDA_TEMPLATE_ITEM).where(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID.eq(t.getId())).execute();
        int order = 0;
        for (TemplateItem item : template.items()) {
            AgendaTemplateItemRecord r = ctx.newRecord(AGENDA_TEMPLATE_ITEM);
            r.setTemplateId(t.getId());
            r.setSortOrder(order++);
            r.setTitle(item.title());
            r.setKind(item.kind().name());
            r.setDurationMinutes(item.minutes());
            r.setSubPoints(joinLines(item.subPoints()));
            r.setStandingRole(item.role().name());
            r.store();
        }
    }

    static TemplateItem toTemplateItem(AgendaTemplateItemRecord r) {
        return new TemplateItem(r.getTitle(), AgendaItemKind.valueOf(r.getKind()), r.getDurationMinutes(),
                splitLines(r.getSubPoints()), StandingRole.valueOf(r.getStandingRole()));
    }

    // ---- attendance

    public Map<Long, Attendance> attendance(long meetingId) {
        Map<Long, Attendance> byPerson = new LinkedHashMap<>();
        ctx.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(ATTENDANCE.ID)
                .forEach(r -> byPerson.put(r.getPersonId(), toAttendance(r)));
        return byPerson;
    }

    /** Attendance of many meetings at once (attendance reports over years of meetings). */
    public Map<Long, Map<Long, Attendance>> attendance(Collection<Long> meetingIds) {
        Map<Long, Map<Long, Attendance>> byMeeting = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return byMeeting;
        }
        ctx.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.in(meetingIds))
                .forEach(r -> byMeeting.computeIfAbsent(r.getMeetingId(), k -> new LinkedHashMap<>()).put(r.getPersonId(), toAttendance(r)));
        return byMeeting;
    }

    /** Records or changes one member's attendance; returns what was recorded before, if anything. */
    public Optional<Attendance> saveAttendance(Attendance a) {
        Optional<AttendanceRecord> existing = ctx.selectFrom(ATTENDANCE)
                .where(ATTENDANCE.MEETING_ID.eq(a.meetingId())).and(ATTENDANCE.PERSON_ID.eq(a.personId())).fetchOptional();
        Optional<Attendance> before = existing.map(MeetingRepository::toAttendance);
        AttendanceRecord r = existing.orElseGet(() -> ctx.newRecord(ATTENDANCE));
        r.setMeetingId(a.meetingId());
        r.setPersonId(a.personId());
        r.setStatus(a.status().name());
        r.setDeputyPersonId(a.deputyPersonId());
        r.setDeputyName(a.deputyName());
        r.setRecordedAt(LocalDateTime.now());
        r.store();
        return before;
    }

    public void clearAttendance(long meetingId, long personId) {
        ctx.deleteFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).and(ATTENDANCE.PERSON_ID.eq(personId)).execute();
    }

    static Attendance toAttendance(AttendanceRecord r) {
        return new Attendance(r.getMeetingId(), r.getPersonId(), AttendanceStatus.valueOf(r.getStatus()), r.getDeputyPersonId(),
                r.getDeputyName());
    }

    // ---- decisions and notes

    /** The meeting's decisions, in the order they were recorded. */
    public ChildRows<DecisionRecord, Decision> decisions() {
        return new ChildRows<>(ctx, DECISIONS, DECISION.MEETING_ID, DECISION.RECORDED_AT, DECISION.ID);
    }

    /** The meeting's notes, in the order they were recorded. */
    public ChildRows<MeetingNoteRecord, MeetingNote> notes() {
        return new ChildRows<>(ctx, NOTES, MEETING_NOTE.MEETING_ID, MEETING_NOTE.RECORDED_AT, MEETING_NOTE.ID);
    }

    // ---- actions (the shared action log, linked to the meeting and item where agreed)

    public ActionItem insertAction(ActionItem action, long meetingId, Long agendaItemId) {
        return new ActionRepository(ctx).insert(action, r -> {
            r.setMeetingId(meetingId);
            r.setAgendaItemId(agendaItemId);
        });
    }

    public List<ActionLogEntry> meetingActions(long meetingId) {
        return actionLog(ACTION_ITEM.MEETING_ID.eq(meetingId));
    }

    /**
     * The action log with owner, agency, meeting and group. Owner, agency and group filters and
     * "not done" are applied here; due-soon and overdue by the caller, who knows today.
     */
    public List<ActionLogEntry> actionLog(Long ownerPersonId, Long agencyId, Long groupId, boolean openOnly) {
        Condition c = DSL.noCondition();
        if (ownerPersonId != null) {
            c = c.and(ACTION_ITEM.LEAD_PERSON_ID.eq(ownerPersonId));
        }
        if (agencyId != null) {
            c = c.and(PERSON.AGENCY_ID.eq(agencyId));
        }
        if (groupId != null) {
            c = c.and(MEETING.GROUP_ID.eq(groupId));
        }
        if (openOnly) {
            c = c.and(ACTION_ITEM.STATUS.ne(ActionStatus.DONE.name()));
        }
        return actionLog(c);
    }

    /** Open actions agreed at the group's meetings before {@code day}: "Actions from last meeting". */
    public List<ActionLogEntry> openActionsOfGroupBefore(long groupId, LocalDate day) {
        return actionLog(MEETING.GROUP_ID.eq(groupId).and(MEETING.MEETING_DATE.lt(day))
                .and(ACTION_ITEM.STATUS.ne(ActionStatus.DONE.name())));
    }

    private List<ActionLogEntry> actionLog(Condition c) {
        List<ActionLogEntry> out = new ArrayList<>();
        for (Record r : ctx.select(ACTION_ITEM.fields())
                .select(PERSON.FULL_NAME, AGENCY.ID, AGENCY.NAME, MEETING.MEETING_DATE, MEETING.GROUP_ID, PARTNERSHIP_GROUP.NAME)
                .from(ACTION_ITEM)
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.LEAD_PERSON_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(PERSON.AGENCY_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .leftJoin(PARTNERSHIP_GROUP).on(PARTNERSHIP_GROUP.ID.eq(MEETING.GROUP_ID))
                .where(c)
                .orderBy(MEETING.MEETING_DATE, ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .fetch()) {
            ActionItem action = ActionRepository.toAction(r.into(ACTION_ITEM));
            out.add(new ActionLogEntry(action, r.get(PERSON.FULL_NAME), r.get(AGENCY.ID), r.get(AGENCY.NAME),
                    r.get(ACTION_ITEM.MEETING_ID), r.get(MEETING.MEETING_DATE), r.get(MEETING.GROUP_ID), r.get(PARTNERSHIP_GROUP.NAME),
                    r.get(ACTION_ITEM.AGENDA_ITEM_ID)));
        }
        return out;
    }
}
