package org.hubdesk.service.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.ActionLogFilter;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaReplan;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.domain.meetings.AgendaTemplate;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceReport;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.meetings.MinutesDraft;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.report.meetings.AgendaContent;
import org.hubdesk.store.Database;
import org.hubdesk.store.actions.ActionRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * Meetings, one method per user action and one transaction each. In live mode every capture
 * (attendance, decision, action, note, moving to the next item) is its own committed
 * transaction, so a crash or a flat battery loses nothing already typed in.
 */
public final class MeetingService extends MeetingsPart {
    private final AgendaPlanning planning;
    private final MeetingExports exports;
    private final ChairRecords chair;

    public MeetingService(Database database, Clock clock) {
        super(database, clock);
        this.planning = new AgendaPlanning(database, clock);
        this.exports = new MeetingExports(database, clock);
        this.chair = new ChairRecords(database, clock);
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

    static MeetingDetail load(DSLContext ctx, long meetingId, LocalDate today) {
        return MeetingLoader.load(ctx, meetingId, today);
    }

    // ---- planning and the agenda (AgendaPlanning)

    /** Plans a meeting for today or later, its agenda made from the group's standard agenda. */
    public MeetingDetail newMeeting(long groupId, LocalDate date, LocalTime start, String place) {
        return planning.newMeeting(groupId, date, start, place);
    }

    /**
     * Fills the standing items again (open actions now; cases noted at the previous meeting since
     * this one was planned). Cases already on the agenda are not added twice.
     */
    public MeetingDetail refreshStandingItems(long meetingId) {
        return planning.refreshStandingItems(meetingId);
    }

    /** Moves a meeting; returns it as it was, for undo. */
    public Meeting reschedule(long meetingId, LocalDate date, LocalTime start, String place) {
        return planning.reschedule(meetingId, date, start, place);
    }

    /** The meeting as it is now, with its row version: open the date-and-place edit with this. */
    public Versioned<Meeting> meetingForEdit(long meetingId) {
        return database.transaction(ctx -> new MeetingRepository(ctx).meetingForEdit(meetingId)
                .orElseThrow(() -> new UserInputException("That meeting no longer exists")));
    }

    /** Moves a meeting opened at {@code openedVersion}; a StaleEditException (nothing saved) if someone saved it since. */
    public Meeting reschedule(long meetingId, LocalDate date, LocalTime start, String place, int openedVersion) {
        return planning.reschedule(meetingId, date, start, place, openedVersion);
    }

    public Meeting setStatus(long meetingId, MeetingStatus status) {
        return planning.setStatus(meetingId, status);
    }

    public Meeting markPapersSent(long meetingId, LocalDate day) {
        return planning.markPapersSent(meetingId, day);
    }

    public Meeting markMinutesSent(long meetingId, LocalDate day) {
        return planning.markMinutesSent(meetingId, day);
    }

    public AgendaTemplate template(long groupId) {
        return planning.template(groupId);
    }

    /** Saves a group's standard agenda; returns the one before, for undo. */
    public AgendaTemplate saveTemplate(AgendaTemplate template) {
        return planning.saveTemplate(template);
    }

    /** Makes a meeting's current agenda its group's standard agenda for next time. */
    public AgendaTemplate saveAgendaAsTemplate(long meetingId) {
        return planning.saveAgendaAsTemplate(meetingId);
    }

    public AgendaItem addItem(long meetingId, AgendaItem draft) {
        return planning.addItem(meetingId, draft);
    }

    /** Saves an edited item; returns it as it was, for undo. */
    public AgendaItem updateItem(AgendaItem item) {
        return planning.updateItem(item);
    }

    /** The item as it is now, with its row version: open an edit with this. */
    public Versioned<AgendaItem> itemForEdit(long itemId) {
        return database.transaction(ctx -> new MeetingRepository(ctx).itemForEdit(itemId)
                .orElseThrow(() -> new UserInputException("That agenda item no longer exists")));
    }

    /** Saves an item edited from {@code openedVersion}; a StaleEditException (nothing saved) if someone saved it since. */
    public AgendaItem updateItem(AgendaItem item, int openedVersion) {
        return planning.updateItem(item, openedVersion);
    }

    /** Removes an item (decisions and notes taken against it stay with the meeting); returns it for undo. */
    public AgendaItem removeItem(long itemId) {
        return planning.removeItem(itemId);
    }

    /** Puts back a removed item under its old id and place. */
    public void restoreItem(AgendaItem item) {
        planning.restoreItem(item);
    }

    /** Moves an item to {@code newIndex} (0-based, clamped); returns the agenda in its new order. */
    public List<AgendaItem> moveItem(long itemId, int newIndex) {
        return planning.moveItem(itemId, newIndex);
    }

    /** Notes a case for the next meeting's case learning (a sub-point of "Noting individual cases for next meeting"). */
    public AgendaItem noteCaseForNextMeeting(long meetingId, String caseReference) {
        return planning.noteCaseForNextMeeting(meetingId, caseReference);
    }


    // ---- the meeting itself (live mode)

    public Meeting startMeeting(long meetingId) {
        return onMeeting(meetingId, (ctx, repo, m) -> {
            List<AgendaItem> items = repo.items(meetingId);
            Meeting started = m.started(now(), items.isEmpty() ? null : items.get(0).id());
            repo.updateMeeting(started);
            return started;
        });
    }

    /** The chair moves to an item; its clock starts now. */
    public Meeting goToItem(long meetingId, long itemId) {
        return onMeeting(meetingId, (ctx, repo, m) -> {
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
        return onMeeting(meetingId, (ctx, repo, m) -> {
            repo.saveAttendance(a);
            return MeetingLoader.quoracy(ctx, m);
        });
    }

    public MeetingQuoracy.Status quoracy(long meetingId) {
        return onMeeting(meetingId, (ctx, repo, m) -> MeetingLoader.quoracy(ctx, m));
    }


    public Decision recordDecision(long meetingId, Long agendaItemId, String text) {
        return onMeeting(meetingId, (ctx, repo, m) ->
                repo.decisions().insert(new Decision(0, meetingId, MeetingLoader.checkItem(repo, meetingId, agendaItemId), text, now())));
    }

    public MeetingNote recordNote(long meetingId, Long agendaItemId, String text) {
        return onMeeting(meetingId, (ctx, repo, m) ->
                repo.notes().insert(new MeetingNote(0, meetingId, MeetingLoader.checkItem(repo, meetingId, agendaItemId), text, now())));
    }

    /** Adds an action to the partnership's action log, linked to this meeting and item. */
    public ActionItem recordAction(long meetingId, Long agendaItemId, String description, Long ownerPersonId, String ownerText,
                                   Timescale due) {
        ActionItem draft = ActionItem.draft(description, ownerPersonId, ownerText, due);
        if (ownerPersonId == null && draft.leadText() == null) {
            throw new UserInputException("Say who owns the action");
        }
        return onMeeting(meetingId, (ctx, repo, m) -> {
            int order = repo.meetingActions(meetingId).size();
            return repo.insertAction(draft.withSortOrder(order), meetingId, MeetingLoader.checkItem(repo, meetingId, agendaItemId));
        });
    }

    public void deleteDecision(long decisionId) {
        database.run(ctx -> new MeetingRepository(ctx).decisions().delete(decisionId));
    }

    public void deleteNote(long noteId) {
        database.run(ctx -> new MeetingRepository(ctx).notes().delete(noteId));
    }

    public void deleteAction(long actionId) {
        database.run(ctx -> new ActionRepository(ctx).delete(actionId));
    }


    /** A member declares an interest, in one item ({@code agendaItemId}) or (null) the meeting as a whole. */
    public InterestDeclaration declareInterest(long meetingId, long personId, Long agendaItemId, String text) {
        return chair.declareInterest(meetingId, personId, agendaItemId, text);
    }

    /** Takes back a declaration recorded in error. */
    public void withdrawDeclaration(long declarationId) {
        chair.withdrawDeclaration(declarationId);
    }

    /** What a re-plan would shorten now, for the chair to confirm. */
    public AgendaReplan proposeReplan(long meetingId) {
        return chair.proposeReplan(meetingId);
    }

    /** Shortens the remaining discussion items to absorb {@code overrunMinutes}, as confirmed, and records it for the minutes. */
    public AgendaReplan replan(long meetingId, int overrunMinutes) {
        return chair.replan(meetingId, overrunMinutes);
    }

    /** Ends the meeting (status held) and stores a first minutes draft unless one is already being edited. */
    public MeetingDetail endMeeting(long meetingId) {
        return onMeeting(meetingId, (ctx, repo, m) -> {
            if (m.status() == MeetingStatus.CANCELLED) {
                throw new UserInputException("A cancelled meeting cannot be ended");
            }
            repo.updateMeeting(m.ended(now()));
            MeetingDetail d = load(ctx, meetingId);
            if (repo.minutesText(meetingId).orElse(null) == null) {
                repo.saveMinutesText(meetingId, MinutesDraft.build(MeetingLoader.minutesInput(d)));
            }
            return d;
        });
    }

    // ---- minutes

    /** The minutes text: the edited one if saved, else a fresh draft from what was captured. */
    public String minutes(long meetingId) {
        return database.transaction(ctx -> minutes(ctx, meetingId));
    }

    private String minutes(DSLContext ctx, long meetingId) {
        return new MeetingRepository(ctx).minutesText(meetingId)
                .orElseGet(() -> MinutesDraft.build(MeetingLoader.minutesInput(load(ctx, meetingId))));
    }

    /** Saves edited minutes; returns the text before, for undo. */
    public String saveMinutes(long meetingId, String text) {
        return onMeeting(meetingId, (ctx, repo, m) -> {
            String before = repo.minutesText(meetingId).orElse(null);
            repo.saveMinutesText(meetingId, text == null || text.isBlank() ? null : text);
            return before;
        });
    }

    /** The minutes text as {@link #minutes} gives it, with the meeting's row version to save an edit of it against. */
    public Versioned<String> minutesForEdit(long meetingId) {
        return database.transaction(ctx -> new Versioned<>(minutes(ctx, meetingId), new MeetingRepository(ctx).version(meetingId)));
    }

    /**
     * Saves minutes edited from the meeting as opened at {@code openedVersion}; refused with a
     * StaleEditException, nothing saved, if someone saved the meeting since. Returns the new version.
     */
    public int saveMinutes(long meetingId, String text, int openedVersion) {
        return onMeeting(meetingId, (ctx, repo, m) -> {
            repo.saveMinutesText(meetingId, text == null || text.isBlank() ? null : text, openedVersion);
            return repo.version(meetingId);
        });
    }

    /** A new draft from what was captured, discarding edits (the caller asks first). */
    public String rebuildMinutesDraft(long meetingId) {
        return database.transaction(ctx -> {
            String draft = MinutesDraft.build(MeetingLoader.minutesInput(load(ctx, meetingId)));
            new MeetingRepository(ctx).saveMinutesText(meetingId, draft);
            return draft;
        });
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

    // ---- documents (MeetingExports)

    public AgendaContent agendaContent(long meetingId) {
        return exports.agendaContent(meetingId);
    }

    /** Writes the agenda as DOCX or PDF on the report engine (the partnership's branding); returns the file written. */
    public Path exportAgenda(long meetingId, ReportFormat format, Path out) {
        return exports.exportAgenda(meetingId, format, out);
    }

    /** Writes the minutes (as edited, else a fresh draft) as DOCX or PDF; returns the file written. */
    public Path exportMinutes(long meetingId, ReportFormat format, Path out) {
        return exports.exportMinutes(meetingId, format, out);
    }

    /** Writes the .ics invitation for a meeting, from the group's chair. */
    public void writeIcs(long meetingId, Path out) {
        exports.writeIcs(meetingId, out);
    }

    /**
     * Writes the meeting's invitation as Outlook takes it, a meeting request: METHOD:REQUEST, from
     * {@code organizerEmail} (null: the group's chair) to every member expected with an e-mail
     * address; METHOD:CANCEL once the meeting is cancelled. The UID is the meeting's own; each time
     * what the invitation says changes (moved, cancelled, attendees), its SEQUENCE goes up by one.
     */
    public InvitationWritten writeInvitation(long meetingId, String organizerEmail, Path out) {
        return exports.writeInvitation(meetingId, organizerEmail, out);
    }

    /** Writes the meeting pack (tagged agenda and attached PDF papers, bookmarked): its pages and any untagged papers. */
    public org.hubdesk.report.meetings.MeetingPack.Written writePack(long meetingId, Path out) {
        return exports.writePack(meetingId, out);
    }

    /** What an invitation written said: REQUEST or CANCEL, its SEQUENCE, how many were invited, who has no e-mail. */
    public record InvitationWritten(Path file, String method, int sequence, int attendees, String organizer, List<String> withoutEmail) {
        public InvitationWritten {
            withoutEmail = List.copyOf(withoutEmail);
        }
    }

}
