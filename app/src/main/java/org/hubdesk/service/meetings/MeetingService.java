package org.hubdesk.service.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.ActionLogFilter;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTemplate;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceReport;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.CarryOver;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.meetings.MinutesDraft;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.meetings.TemplateItem;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.report.meetings.AgendaContent;
import org.hubdesk.report.meetings.MeetingIcs;
import org.hubdesk.domain.meetings.Invitees;
import org.hubdesk.store.meetings.InvitationRepository;
import org.hubdesk.report.meetings.MeetingPack;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.service.report.ReportService;
import org.hubdesk.store.Database;
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.actions.ActionRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * Meetings, one method per user action and one transaction each. In live mode every capture
 * (attendance, decision, action, note, moving to the next item) is its own committed
 * transaction, so a crash or a flat battery loses nothing already typed in.
 */
public final class MeetingService {
    private final Database database;
    private final Clock clock;
    private final ReportService documents;

    public MeetingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.documents = new ReportService(database, MeetingDocuments.catalogue(), database.directory());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    // ---- reading

    public List<MeetingSummary> meetings(Long groupId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Map<Long, String> groupNames = new HashMap<>();
            new MembersRepository(ctx).groups().forEach(g -> groupNames.put(g.id(), g.name()));
            Map<Long, int[]> totals = repo.agendaTotals();
            List<MeetingSummary> out = new ArrayList<>();
            for (Meeting m : repo.meetings(groupId)) {
                int[] t = totals.getOrDefault(m.id(), new int[2]);
                out.add(new MeetingSummary(m, groupNames.get(m.groupId()), MeetingDeadlines.of(m.meetingDate()), t[0], t[1]));
            }
            return out;
        });
    }

    /**
     * The meetings, held or planned (cancelled ones left out), of every group of one kind between
     * two days, soonest first: the Learning Hub's are the markers on the hub timeline.
     */
    public List<MeetingSummary> meetingsOfKind(GroupKind kind, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserInputException("Give a first and a last day, the last not before the first");
        }
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Map<Long, int[]> totals = repo.agendaTotals();
            List<MeetingSummary> out = new ArrayList<>();
            for (Group group : new MembersRepository(ctx).groups()) {
                if (group.kind() != kind) {
                    continue;
                }
                for (Meeting m : repo.meetingsBetween(group.id(), from, to, null)) {
                    if (m.status() != MeetingStatus.CANCELLED) {
                        int[] t = totals.getOrDefault(m.id(), new int[2]);
                        out.add(new MeetingSummary(m, group.name(), MeetingDeadlines.of(m.meetingDate()), t[0], t[1]));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing((MeetingSummary s) -> s.meeting().startDateTime()));
            return out;
        });
    }

    public MeetingDetail meeting(long meetingId) {
        return database.transaction(ctx -> load(ctx, meetingId));
    }

    private MeetingDetail load(DSLContext ctx, long meetingId) {
        return load(ctx, meetingId, today());
    }

    static MeetingDetail load(DSLContext ctx, long meetingId, LocalDate today) {
        MeetingRepository repo = new MeetingRepository(ctx);
        Meeting m = requireMeeting(repo, meetingId);
        Group group = new MembersRepository(ctx).group(m.groupId()).orElseThrow(() -> new UserInputException("That group no longer exists"));
        List<AgendaItem> items = repo.items(meetingId);
        AgendaTiming timing = AgendaTiming.of(m.startsAt(), items, group.usualLengthMinutes());
        MeetingDeadlines deadlines = MeetingDeadlines.of(m.meetingDate());
        List<RegisterEntry> expected = MeetingQuoracy.expected(new MembersRepository(ctx).register(group.id()), m.meetingDate());
        Map<Long, Attendance> attendance = repo.attendance(meetingId);
        MeetingQuoracy.Status quoracy = MeetingQuoracy.evaluate(group.quorumRule(), expected, attendance);
        return new MeetingDetail(m, group, items, timing, deadlines, deadlines.missed(today, m), expected, attendance, quoracy,
                repo.decisions(meetingId), repo.notes(meetingId), repo.meetingActions(meetingId));
    }

    private static Meeting requireMeeting(MeetingRepository repo, long meetingId) {
        return repo.meeting(meetingId).orElseThrow(() -> new UserInputException("There is no meeting with id " + meetingId));
    }

    // ---- planning

    /** Plans a meeting for today or later, its agenda made from the group's standard agenda. */
    public MeetingDetail newMeeting(long groupId, LocalDate date, LocalTime start, String place) {
        if (date == null || start == null) {
            throw new UserInputException("A new meeting needs a date and a start time");
        }
        if (date.isBefore(today())) {
            throw new UserInputException(date + " is in the past: a new meeting must be on " + today() + " or later");
        }
        return database.transaction(ctx -> load(ctx, create(ctx, groupId, date, start, place, today()).id()));
    }

    /**
     * Creates a meeting and its agenda with standing items filled from the group's previous
     * meeting; no date check (the demo makes past meetings through this).
     */
    static Meeting create(DSLContext ctx, long groupId, LocalDate date, LocalTime start, String place, LocalDate today) {
        MembersRepository members = new MembersRepository(ctx);
        Group group = members.group(groupId).orElseThrow(() -> new UserInputException("That group no longer exists"));
        MeetingRepository repo = new MeetingRepository(ctx);
        Meeting meeting = repo.insertMeeting(Meeting.planned(group.id(), date, start, place));
        AgendaTemplate template = repo.template(group.id()).orElseGet(() -> AgendaTemplate.defaultFor(group.id(), group.kind()));
        List<AgendaItem> agenda = new ArrayList<>();
        for (TemplateItem t : template.items()) {
            agenda.add(AgendaItem.fromTemplate(meeting.id(), agenda.size(), t));
        }
        List<String> cases = repo.previousMeeting(group.id(), date).map(p -> CarryOver.casesNoted(repo.items(p.id()))).orElse(List.of());
        List<String> actions = CarryOver.actionLines(repo.openActionsOfGroupBefore(group.id(), date), today);
        for (AgendaItem item : CarryOver.fill(agenda, actions, cases,
                org.hubdesk.service.learning.LearningTrackerService.impactAgendaLines(ctx, date, today),
                org.hubdesk.service.reviews.CaseReviewService.forumAgendaLines(ctx, date, today))) {
            repo.insertItem(item);
        }
        return meeting;
    }

    /**
     * Fills the standing items again (open actions now; cases noted at the previous meeting since
     * this one was planned). Cases already on the agenda are not added twice.
     */
    public MeetingDetail refreshStandingItems(long meetingId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting m = requireMeeting(repo, meetingId);
            List<AgendaItem> agenda = repo.items(meetingId);
            List<String> placed = agenda.stream().map(AgendaItem::caseReference).filter(java.util.Objects::nonNull).toList();
            List<String> cases = repo.previousMeeting(m.groupId(), m.meetingDate()).map(p -> CarryOver.casesNoted(repo.items(p.id())))
                    .orElse(List.of()).stream().filter(c -> !placed.contains(c)).toList();
            List<String> actions = CarryOver.actionLines(repo.openActionsOfGroupBefore(m.groupId(), m.meetingDate()), today());
            for (AgendaItem item : CarryOver.fill(agenda, actions, cases,
                    org.hubdesk.service.learning.LearningTrackerService.impactAgendaLines(ctx, m.meetingDate(), today()),
                    org.hubdesk.service.reviews.CaseReviewService.forumAgendaLines(ctx, m.meetingDate(), today()))) {
                if (item.id() == 0) {
                    repo.insertItem(item);
                } else {
                    repo.updateItem(item);
                }
            }
            return load(ctx, meetingId);
        });
    }

    /** Moves a meeting; returns it as it was, for undo. */
    public Meeting reschedule(long meetingId, LocalDate date, LocalTime start, String place) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting before = requireMeeting(repo, meetingId);
            if (!date.equals(before.meetingDate()) && date.isBefore(today()) && before.status() == MeetingStatus.PLANNED) {
                throw new UserInputException(date + " is in the past: a planned meeting can only move to " + today() + " or later");
            }
            repo.updateMeeting(before.rescheduled(date, start, place));
            return before;
        });
    }

    public Meeting setStatus(long meetingId, MeetingStatus status) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting before = requireMeeting(repo, meetingId);
            repo.updateMeeting(before.withStatus(status));
            return before;
        });
    }

    public Meeting markPapersSent(long meetingId, LocalDate day) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting before = requireMeeting(repo, meetingId);
            repo.updateMeeting(before.withPapersSent(day));
            return before;
        });
    }

    public Meeting markMinutesSent(long meetingId, LocalDate day) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting before = requireMeeting(repo, meetingId);
            repo.updateMeeting(before.withMinutesSent(day));
            return before;
        });
    }

    public AgendaTemplate template(long groupId) {
        return database.transaction(ctx -> {
            Group group = new MembersRepository(ctx).group(groupId).orElseThrow(() -> new UserInputException("That group no longer exists"));
            return new MeetingRepository(ctx).template(groupId).orElseGet(() -> AgendaTemplate.defaultFor(groupId, group.kind()));
        });
    }

    /** Saves a group's standard agenda; returns the one before, for undo. */
    public AgendaTemplate saveTemplate(AgendaTemplate template) {
        return database.transaction(ctx -> {
            Group group = new MembersRepository(ctx).group(template.groupId())
                    .orElseThrow(() -> new UserInputException("That group no longer exists"));
            MeetingRepository repo = new MeetingRepository(ctx);
            AgendaTemplate before = repo.template(group.id()).orElseGet(() -> AgendaTemplate.defaultFor(group.id(), group.kind()));
            repo.saveTemplate(template);
            return before;
        });
    }

    /** Makes a meeting's current agenda its group's standard agenda for next time. */
    public AgendaTemplate saveAgendaAsTemplate(long meetingId) {
        MeetingDetail d = meeting(meetingId);
        List<TemplateItem> items = d.items().stream()
                .map(i -> new TemplateItem(i.title(), i.kind(), i.minutes(),
                        i.role() == StandingRole.ACTIONS_FROM_LAST_MEETING ? List.of() : i.subPoints(), i.role()))
                .toList();
        return saveTemplate(new AgendaTemplate(d.group().id(), items));
    }

    // ---- agenda items

    public AgendaItem addItem(long meetingId, AgendaItem draft) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            requireMeeting(repo, meetingId);
            int order = repo.items(meetingId).size();
            return repo.insertItem(new AgendaItem(0, meetingId, order, draft.title(), draft.kind(), draft.leadPersonId(), draft.leadText(),
                    draft.minutes(), draft.subPoints(), draft.paperPath(), draft.caseReference(), draft.role()));
        });
    }

    /** Saves an edited item; returns it as it was, for undo. */
    public AgendaItem updateItem(AgendaItem item) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            AgendaItem before = repo.item(item.id()).orElseThrow(() -> new UserInputException("That agenda item no longer exists"));
            repo.updateItem(item);
            return before;
        });
    }

    /** Removes an item (decisions and notes taken against it stay with the meeting); returns it for undo. */
    public AgendaItem removeItem(long itemId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            AgendaItem gone = repo.item(itemId).orElseThrow(() -> new UserInputException("That agenda item no longer exists"));
            repo.deleteItem(itemId);
            List<AgendaItem> rest = repo.items(gone.meetingId());
            repo.updateSortOrders(rest);
            return gone;
        });
    }

    /** Puts back a removed item under its old id and place. */
    public void restoreItem(AgendaItem item) {
        database.run(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            List<AgendaItem> items = new ArrayList<>(repo.items(item.meetingId()));
            AgendaItem restored = repo.insertItem(item);
            items.add(Math.min(item.sortOrder(), items.size()), restored);
            repo.updateSortOrders(items);
        });
    }

    /** Moves an item to {@code newIndex} (0-based, clamped); returns the agenda in its new order. */
    public List<AgendaItem> moveItem(long itemId, int newIndex) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            AgendaItem item = repo.item(itemId).orElseThrow(() -> new UserInputException("That agenda item no longer exists"));
            List<AgendaItem> items = new ArrayList<>(repo.items(item.meetingId()));
            items.removeIf(i -> i.id() == itemId);
            items.add(Math.max(0, Math.min(newIndex, items.size())), item);
            repo.updateSortOrders(items);
            return repo.items(item.meetingId());
        });
    }

    /** Notes a case for the next meeting's case learning (a sub-point of "Noting individual cases for next meeting"). */
    public AgendaItem noteCaseForNextMeeting(long meetingId, String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            throw new UserInputException("Give the case a reference or a short anonymised name");
        }
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            requireMeeting(repo, meetingId);
            AgendaItem item = repo.items(meetingId).stream().filter(i -> i.role() == StandingRole.CASES_FOR_NEXT_MEETING).findFirst()
                    .orElseGet(() -> repo.insertItem(new AgendaItem(0, meetingId, repo.items(meetingId).size(),
                            "Noting individual cases for next meeting", null, null, null, 5, List.of(), null, null,
                            StandingRole.CASES_FOR_NEXT_MEETING)));
            List<String> points = new ArrayList<>(item.subPoints());
            points.add(caseReference.strip());
            AgendaItem updated = item.withSubPoints(points);
            repo.updateItem(updated);
            return updated;
        });
    }

    // ---- the meeting itself (live mode)

    public Meeting startMeeting(long meetingId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting m = requireMeeting(repo, meetingId);
            List<AgendaItem> items = repo.items(meetingId);
            Meeting started = m.started(now(), items.isEmpty() ? null : items.get(0).id());
            repo.updateMeeting(started);
            return started;
        });
    }

    /** The chair moves to an item; its clock starts now. */
    public Meeting goToItem(long meetingId, long itemId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting m = requireMeeting(repo, meetingId);
            AgendaItem item = repo.item(itemId).filter(i -> i.meetingId() == meetingId)
                    .orElseThrow(() -> new UserInputException("That item is not on this meeting's agenda"));
            if (m.currentItemId() != null && m.currentItemId() == item.id()) {
                return m;
            }
            Meeting moved = m.atItem(item.id(), now());
            repo.updateMeeting(moved);
            return moved;
        });
    }

    /** Records a member's attendance and returns the quoracy that follows. */
    public MeetingQuoracy.Status checkIn(long meetingId, long personId, AttendanceStatus status, Long deputyPersonId, String deputyName) {
        Attendance a = new Attendance(meetingId, personId, status, deputyPersonId, deputyName);
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting m = requireMeeting(repo, meetingId);
            repo.saveAttendance(a);
            return quoracy(ctx, m);
        });
    }

    public MeetingQuoracy.Status quoracy(long meetingId) {
        return database.transaction(ctx -> quoracy(ctx, requireMeeting(new MeetingRepository(ctx), meetingId)));
    }

    private static MeetingQuoracy.Status quoracy(DSLContext ctx, Meeting m) {
        MembersRepository members = new MembersRepository(ctx);
        Group group = members.group(m.groupId()).orElseThrow();
        List<RegisterEntry> expected = MeetingQuoracy.expected(members.register(group.id()), m.meetingDate());
        return MeetingQuoracy.evaluate(group.quorumRule(), expected, new MeetingRepository(ctx).attendance(m.id()));
    }

    public Decision recordDecision(long meetingId, Long agendaItemId, String text) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            requireMeeting(repo, meetingId);
            return repo.insertDecision(new Decision(0, meetingId, checkItem(repo, meetingId, agendaItemId), text, now()));
        });
    }

    public MeetingNote recordNote(long meetingId, Long agendaItemId, String text) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            requireMeeting(repo, meetingId);
            return repo.insertNote(new MeetingNote(0, meetingId, checkItem(repo, meetingId, agendaItemId), text, now()));
        });
    }

    /** Adds an action to the partnership's action log, linked to this meeting and item. */
    public ActionItem recordAction(long meetingId, Long agendaItemId, String description, Long ownerPersonId, String ownerText,
                                   Timescale due) {
        ActionItem draft = ActionItem.draft(description, ownerPersonId, ownerText, due);
        if (ownerPersonId == null && draft.leadText() == null) {
            throw new UserInputException("Say who owns the action");
        }
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            requireMeeting(repo, meetingId);
            int order = repo.meetingActions(meetingId).size();
            return repo.insertAction(draft.withSortOrder(order), meetingId, checkItem(repo, meetingId, agendaItemId));
        });
    }

    public void deleteDecision(long decisionId) {
        database.run(ctx -> new MeetingRepository(ctx).deleteDecision(decisionId));
    }

    public void deleteNote(long noteId) {
        database.run(ctx -> new MeetingRepository(ctx).deleteNote(noteId));
    }

    public void deleteAction(long actionId) {
        database.run(ctx -> new ActionRepository(ctx).delete(actionId));
    }

    private static Long checkItem(MeetingRepository repo, long meetingId, Long agendaItemId) {
        if (agendaItemId == null) {
            return null;
        }
        return repo.item(agendaItemId).filter(i -> i.meetingId() == meetingId).map(AgendaItem::id)
                .orElseThrow(() -> new UserInputException("That item is not on this meeting's agenda"));
    }

    /** Ends the meeting (status held) and stores a first minutes draft unless one is already being edited. */
    public MeetingDetail endMeeting(long meetingId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            Meeting m = requireMeeting(repo, meetingId);
            if (m.status() == MeetingStatus.CANCELLED) {
                throw new UserInputException("A cancelled meeting cannot be ended");
            }
            repo.updateMeeting(m.ended(now()));
            MeetingDetail d = load(ctx, meetingId);
            if (repo.minutesText(meetingId).orElse(null) == null) {
                repo.saveMinutesText(meetingId, MinutesDraft.build(minutesInput(d)));
            }
            return d;
        });
    }

    // ---- minutes

    /** The minutes text: the edited one if saved, else a fresh draft from what was captured. */
    public String minutes(long meetingId) {
        return database.transaction(ctx -> new MeetingRepository(ctx).minutesText(meetingId)
                .orElseGet(() -> MinutesDraft.build(minutesInput(load(ctx, meetingId)))));
    }

    /** Saves edited minutes; returns the text before, for undo. */
    public String saveMinutes(long meetingId, String text) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            requireMeeting(repo, meetingId);
            String before = repo.minutesText(meetingId).orElse(null);
            repo.saveMinutesText(meetingId, text == null || text.isBlank() ? null : text);
            return before;
        });
    }

    /** A new draft from what was captured, discarding edits (the caller asks first). */
    public String rebuildMinutesDraft(long meetingId) {
        return database.transaction(ctx -> {
            String draft = MinutesDraft.build(minutesInput(load(ctx, meetingId)));
            new MeetingRepository(ctx).saveMinutesText(meetingId, draft);
            return draft;
        });
    }

    static MinutesDraft.Input minutesInput(MeetingDetail d) {
        Map<Long, String> names = new HashMap<>();
        for (RegisterEntry e : d.expected()) {
            names.put(e.personId(), e.personName());
            if (e.deputyPersonId() != null) {
                names.put(e.deputyPersonId(), e.deputyName());
            }
        }
        return new MinutesDraft.Input(d.group().name(), d.meeting(), d.items(), d.expected(), d.attendance(), names, d.decisions(),
                d.notes(), d.actions(), d.quoracy());
    }

    // ---- action log and attendance

    public List<ActionLogEntry> actionLog(ActionLogFilter filter) {
        LocalDate today = today();
        boolean openOnly = filter.view() != ActionLogFilter.View.ALL;
        return database.transaction(ctx -> new MeetingRepository(ctx)
                .actionLog(filter.ownerPersonId(), filter.agencyId(), filter.groupId(), openOnly)
                .stream().filter(e -> filter.accepts(e, today)).toList());
    }

    /** Attendance at held meetings between two days (inclusive), for one group or all. */
    public AttendanceReport.Result attendanceRecord(Long groupId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserInputException("Choose a period whose end is on or after its start");
        }
        return database.transaction(ctx -> attendanceRecord(ctx, groupId, from, to));
    }

    /** As {@link #attendanceRecord(Long, LocalDate, LocalDate)}, inside a transaction already open (a report's). */
    public static AttendanceReport.Result attendanceRecord(DSLContext ctx, Long groupId, LocalDate from, LocalDate to) {
        MeetingRepository repo = new MeetingRepository(ctx);
        MembersRepository members = new MembersRepository(ctx);
        List<Meeting> held = repo.meetingsBetween(groupId, from, to, MeetingStatus.HELD);
        Map<Long, Map<Long, Attendance>> attendance = repo.attendance(held.stream().map(Meeting::id).toList());
        Map<Long, List<RegisterEntry>> registers = new LinkedHashMap<>();
        Map<Long, String> groupNames = new HashMap<>();
        members.groups().forEach(g -> groupNames.put(g.id(), g.name()));
        List<AttendanceReport.Sitting> sittings = new ArrayList<>();
        for (Meeting m : held) {
            List<RegisterEntry> register = registers.computeIfAbsent(m.groupId(), members::register);
            sittings.add(new AttendanceReport.Sitting(m.id(), m.meetingDate(), groupNames.get(m.groupId()),
                    MeetingQuoracy.expected(register, m.meetingDate()), attendance.getOrDefault(m.id(), Map.of())));
        }
        return AttendanceReport.tally(sittings);
    }

    // ---- documents

    public AgendaContent agendaContent(long meetingId) {
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            String partnership = new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name).orElse(null);
            Map<Long, String> names = new HashMap<>();
            new MembersRepository(ctx).people().forEach(p -> names.put(p.id(), p.fullName()));
            return new AgendaContent(partnership, d.group().name(), d.meeting(), d.timing(), d.deadlines(), names);
        });
    }

    /** Writes the agenda as DOCX or PDF on the report engine (the partnership's branding); returns the file written. */
    public Path exportAgenda(long meetingId, ReportFormat format, Path out) {
        requireExists(meetingId);
        return documents.export(MeetingDocuments.AGENDA, ReportScope.ofItem(meetingId), format, out, (f, m) -> { }).file();
    }

    /** Writes the minutes (as edited, else a fresh draft) as DOCX or PDF; returns the file written. */
    public Path exportMinutes(long meetingId, ReportFormat format, Path out) {
        requireExists(meetingId);
        return documents.export(MeetingDocuments.MINUTES, ReportScope.ofItem(meetingId), format, out, (f, m) -> { }).file();
    }

    private void requireExists(long meetingId) {
        database.run(ctx -> requireMeeting(new MeetingRepository(ctx), meetingId));
    }

    /** Writes the .ics invitation for a meeting, from the group's chair. */
    public void writeIcs(long meetingId, Path out) {
        writeInvitation(meetingId, null, out);
    }

    /** What an invitation written said: REQUEST or CANCEL, its SEQUENCE, how many were invited, who has no e-mail. */
    public record InvitationWritten(Path file, String method, int sequence, int attendees, String organizer, List<String> withoutEmail) {
        public InvitationWritten {
            withoutEmail = List.copyOf(withoutEmail);
        }
    }

    /**
     * Writes the meeting's invitation as Outlook takes it, a meeting request: METHOD:REQUEST, from
     * {@code organizerEmail} (null: the group's chair) to every member expected with an e-mail
     * address; METHOD:CANCEL once the meeting is cancelled. The UID is the meeting's own; each time
     * what the invitation says changes (moved, cancelled, attendees), its SEQUENCE goes up by one.
     */
    public InvitationWritten writeInvitation(long meetingId, String organizerEmail, Path out) {
        checkFolder(out);
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            String partnership = new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name).orElse(null);
            Map<Long, String> names = new HashMap<>();
            new MembersRepository(ctx).people().forEach(p -> names.put(p.id(), p.fullName()));
            AgendaContent agenda = new AgendaContent(partnership, d.group().name(), d.meeting(), d.timing(), d.deadlines(), names);
            Invitees invitees = Invitees.of(d.group().name(), d.expected(), organizerEmail);
            String uid = meetingUid(d.meeting(), partnership);
            String fingerprint = MeetingIcs.fingerprint(agenda, invitees, uid);
            InvitationRepository sent = new InvitationRepository(ctx);
            InvitationRepository.LastSent last = sent.lastSent(meetingId);
            int sequence = Invitees.sequence(last.sequence(), last.fingerprint(), fingerprint);
            writeFile(out, MeetingIcs.invitation(agenda, invitees, uid, clock.instant(), sequence).getBytes(StandardCharsets.UTF_8));
            sent.sent(meetingId, sequence, fingerprint);
            return new InvitationWritten(out, d.meeting().status() == MeetingStatus.CANCELLED ? "CANCEL" : "REQUEST", sequence,
                    invitees.attendees().size(), invitees.organizer().email(), invitees.withoutEmail());
        });
    }

    /** One UID per meeting for ever, so updates and cancellations reach the event Outlook already holds. */
    private static String meetingUid(Meeting m, String partnership) {
        return "hubdesk-meeting-" + m.id() + "-" + m.groupId() + "@" + uidDomain(partnership);
    }

    private static String uidDomain(String partnership) {
        String slug = partnership == null ? "hubdesk" : partnership.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "hubdesk" : slug) + ".hubdesk.invalid";
    }

    /** Writes the meeting pack (agenda and attached PDF papers, bookmarked); returns its page count. */
    public int writePack(long meetingId, Path out) {
        AgendaContent agenda = agendaContent(meetingId);
        MeetingPack.papers(agenda.timing());
        checkFolder(out);
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream stream = Files.newOutputStream(tmp)) {
            int pages = MeetingPack.write(agenda, stream);
            stream.close();
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return pages;
        } catch (IOException e) {
            throw new UserInputException("Cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort: a stray .part file is harmless.
            }
        }
    }

    private static void writeFile(Path out, byte[] bytes) {
        checkFolder(out);
        try {
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new UserInputException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void checkFolder(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException("The folder " + folder + " does not exist");
        }
    }
}
