package org.hubdesk.service.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.calendar.WorkingDayCalendar;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.meetings.MinutesDraft;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * The demo's meetings: the Multi-Agency Learning Forum quarterly (second Tuesday of March, June,
 * September, December) and the Learning Hub monthly (first Wednesday), held ones with attendance,
 * decisions, notes, actions and minutes, and the next ones planned. With {@code years} N, N years
 * of them (benchmarks); all content invented.
 */
public final class MeetingsDemo implements DemoContributor {
    static final String FORUM = "Multi-Agency Learning Forum";
    static final String HUB = "Learning Hub";

    private static final String[] DECISIONS = {
        "Agreed to run a multi-agency learning event on the themes of the two cases in the spring",
        "Agreed the tracker entries for the last review; impact to be measured by a re-audit in six months",
        "Agreed that a 7-minute briefing be written on the case learning discussed",
        "Agreed the training programme for the coming quarter as presented",
        "Agreed to ask the Partnership Board to endorse the recommendations"};
    private static final String[] ACTIONS = {
        "Circulate the 7-minute briefing to all member agencies",
        "Update the learning tracker with today's case learning",
        "Book the venue for the multi-agency learning event",
        "Share the single-agency training figures for the quarter",
        "Bring the re-audit findings to the next meeting",
        "Draft the recommendations paper for the Partnership Board"};
    private static final String[] NOTES = {
        "Members reflected that information sharing at the front door worked well once the strategy discussion was held",
        "The group noted that the voice of the child was hard to find in the records of two agencies",
        "Discussion of how schools could be involved earlier in the case learning",
        "The chair thanked the practitioners who presented the case"};
    private static final String[] CASES = {"Child A (ref 24/031)", "Sibling group B (ref 24/047)", "Young person C (ref 25/002)",
        "Child D (ref 25/019)", "Family E (ref 25/033)", "Young person F (ref 25/041)"};
    private static final String[] DEPUTIES = {"Detective Sergeant Rowan Hale", "Nurse Consultant Imogen Pryce", "Team Manager Caleb Ward"};

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        LocalDate today = facts.today();
        int months = years > 0 ? years * 12 : 9;
        LocalDate from = today.minusMonths(months);
        Long forum = facts.groupIdsByName().get(FORUM);
        Long hub = facts.groupIdsByName().get(HUB);
        int seed = 0;
        if (forum != null) {
            for (LocalDate day : forumDays(from, today.plusMonths(7))) {
                seed = makeMeeting(ctx, forum, day, LocalTime.of(10, 0), "Civic Offices, Committee Room 2", today, seed);
            }
        }
        if (hub != null) {
            for (LocalDate day : hubDays(years > 0 ? from : today.minusMonths(4), today.plusMonths(3))) {
                seed = makeMeeting(ctx, hub, day, LocalTime.of(14, 0), "Online: Teams link in the invitation", today, seed);
            }
        }
        if (years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS) {
            // A large partnership's decade: every other group meets too, at its own frequency.
            MembersRepository members = new MembersRepository(ctx);
            for (Long groupId : facts.groupIdsByName().values()) {
                if (groupId.equals(forum) || groupId.equals(hub)) {
                    continue;
                }
                String frequency = members.groupTable().find(groupId).map(g -> g.meetingFrequency()).orElse("Monthly");
                for (LocalDate day : daysAtFrequency(frequency, from, today.plusMonths(4))) {
                    seed = makeMeeting(ctx, groupId, day, LocalTime.of(9, 30), "Civic Offices, Meeting Room 4", today, seed);
                }
            }
        }
    }

    /** Second Thursdays: every month but August, every other month, or once a quarter. */
    static List<LocalDate> daysAtFrequency(String frequency, LocalDate from, LocalDate to) {
        String f = frequency == null ? "" : frequency.toLowerCase(java.util.Locale.ROOT);
        int every = f.contains("quarter") ? 3 : f.contains("alternate") || f.contains("other") ? 2 : 1;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.getMonthValue() % every == 0 && (every > 1 || m.getMonthValue() != 8)) {
                days.add(nextWorkingDay(m.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY))));
            }
        }
        return days;
    }

    static List<LocalDate> forumDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.getMonthValue() % 3 == 0) {
                days.add(nextWorkingDay(m.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY))));
            }
        }
        return days;
    }

    static List<LocalDate> hubDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.getMonthValue() != 8) { // no hub in August
                days.add(nextWorkingDay(m.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY))));
            }
        }
        return days;
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!WorkingDayCalendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private int makeMeeting(DSLContext ctx, long groupId, LocalDate day, LocalTime start, String place, LocalDate today, int seed) {
        Meeting meeting = MeetingLoader.create(ctx, groupId, day, start, place, today);
        MeetingRepository repo = new MeetingRepository(ctx);
        List<AgendaItem> items = repo.items(meeting.id());
        if (!day.isBefore(today)) {
            return seed;
        }
        // A held meeting: papers went out on time, attendance taken, business captured.
        meeting = meeting.withPapersSent(MeetingService.load(ctx, meeting.id(), today).deadlines().papersDue());
        List<RegisterEntry> expected = new MembersRepository(ctx).register(groupId).stream().filter(e -> e.isCurrentOn(day)).toList();
        for (RegisterEntry e : expected) {
            int r = (seed++ * 37 + (int) e.personId() * 11) % 20;
            AttendanceStatus status = r < 14 ? AttendanceStatus.PRESENT : r < 17 ? AttendanceStatus.APOLOGIES
                    : r < 19 ? AttendanceStatus.DEPUTY_ATTENDING : AttendanceStatus.ABSENT;
            if (status == AttendanceStatus.DEPUTY_ATTENDING) {
                repo.saveAttendance(new Attendance(meeting.id(), e.personId(), status, e.deputyPersonId(),
                        e.deputyPersonId() == null ? DEPUTIES[seed % DEPUTIES.length] : null));
            } else {
                repo.saveAttendance(new Attendance(meeting.id(), e.personId(), status, null, null));
            }
        }
        List<AgendaItem> discussion = items.stream().filter(i -> i.role() == StandingRole.CASE_LEARNING
                || i.kind() == org.hubdesk.domain.meetings.AgendaItemKind.DISCUSSION).toList();
        List<Long> owners = expected.stream().filter(RegisterEntry::core).map(RegisterEntry::personId).toList();
        long ageDays = today.toEpochDay() - day.toEpochDay();
        for (int k = 0; k < Math.min(2, discussion.size()); k++) {
            AgendaItem item = discussion.get(discussion.size() > 2 ? k + 1 : k);
            repo.notes().insert(new MeetingNote(0, meeting.id(), item.id(), NOTES[(seed + k) % NOTES.length], day.atTime(start).plusMinutes(20 + k * 30)));
            repo.decisions().insert(new Decision(0, meeting.id(), item.id(), DECISIONS[(seed + k) % DECISIONS.length],
                    day.atTime(start).plusMinutes(25 + k * 30)));
            Long owner = owners.isEmpty() ? null : owners.get((seed + k) % owners.size());
            LocalDate due = day.plusWeeks(4 + 2L * k);
            ActionStatus status = ageDays > 120 ? ActionStatus.DONE : k == 0 && ageDays > 30 ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
            ActionItem action = new ActionItem(0, ACTIONS[(seed + k) % ACTIONS.length], owner, owner == null ? "Business unit" : null,
                    Timescale.ofDay(due), status, k, status == ActionStatus.DONE ? due.minusDays(3) : null);
            repo.insertAction(action, meeting.id(), item.id());
        }
        List<String> cases = List.of(CASES[seed % CASES.length], CASES[(seed + 1) % CASES.length]);
        items.stream().filter(i -> i.role() == StandingRole.CASES_FOR_NEXT_MEETING).findFirst()
                .ifPresent(i -> repo.updateItem(i.withSubPoints(cases)));
        seed += 3;
        Meeting held = meeting.started(day.atTime(start), items.isEmpty() ? null : items.get(0).id()).ended(day.atTime(start).plusMinutes(118));
        LocalDate minutesDue = MeetingService.load(ctx, meeting.id(), today).deadlines().minutesDue();
        repo.updateMeeting(today.isAfter(minutesDue) ? held.withMinutesSent(minutesDue.minusDays(2)) : held);
        repo.saveMinutesText(meeting.id(), MinutesDraft.build(MeetingLoader.minutesInput(MeetingService.load(ctx, meeting.id(), today))));
        return seed;
    }
}
