package org.hubdesk.service.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTemplate;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.CarryOver;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingDeadlines;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.meetings.MinutesDraft;
import org.hubdesk.domain.meetings.TemplateItem;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.report.meetings.AgendaContent;
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.meetings.DeclarationRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.meetings.ReplanRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/** Reading one meeting whole, in the caller's transaction: shared by the service's parts, the documents and the demo. */
final class MeetingLoader {

    private MeetingLoader() {
    }

    static MeetingDetail load(DSLContext ctx, long meetingId, LocalDate today) {
        MeetingRepository repo = new MeetingRepository(ctx);
        Meeting m = requireMeeting(repo, meetingId);
        Group group = new MembersRepository(ctx).groupTable().find(m.groupId()).orElseThrow(() -> new UserInputException("That group no longer exists"));
        List<AgendaItem> items = repo.items(meetingId);
        AgendaTiming timing = AgendaTiming.of(m.startsAt(), items, group.usualLengthMinutes());
        MeetingDeadlines deadlines = MeetingDeadlines.of(m.meetingDate());
        List<RegisterEntry> expected = MeetingQuoracy.expected(new MembersRepository(ctx).register(group.id()), m.meetingDate());
        Map<Long, Attendance> attendance = repo.attendance(meetingId);
        MeetingQuoracy.Status quoracy = MeetingQuoracy.evaluate(group.quorumRule(), expected, attendance);
        return new MeetingDetail(m, group, items, timing, deadlines, deadlines.missed(today, m), expected, attendance, quoracy,
                repo.decisions().of(meetingId), repo.notes().of(meetingId), repo.meetingActions(meetingId),
                new DeclarationRepository(ctx).declarations(meetingId), new ReplanRepository(ctx).replans(meetingId));
    }

    static Meeting requireMeeting(MeetingRepository repo, long meetingId) {
        return repo.meeting(meetingId).orElseThrow(() -> new UserInputException("There is no meeting with id " + meetingId));
    }

    static AgendaItem requireItem(MeetingRepository repo, long itemId) {
        return repo.item(itemId).orElseThrow(() -> new UserInputException("That agenda item no longer exists"));
    }

    /** Everyone's full name by person id, for an agenda's leads. */
    static Map<Long, String> peopleNames(DSLContext ctx) {
        Map<Long, String> names = new HashMap<>();
        new MembersRepository(ctx).people().forEach(p -> names.put(p.id(), p.fullName()));
        return names;
    }

    /** What an agenda shows of a meeting read whole, under the partnership's name. */
    static AgendaContent agendaContent(DSLContext ctx, MeetingDetail d) {
        String partnership = new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name).orElse(null);
        return new AgendaContent(partnership, d.group().name(), d.meeting(), d.timing(), d.deadlines(), peopleNames(ctx));
    }

    /**
     * Creates a meeting and its agenda with standing items filled from the group's previous
     * meeting; no date check (the demo makes past meetings through this).
     */
    static Meeting create(DSLContext ctx, long groupId, LocalDate date, LocalTime start, String place, LocalDate today) {
        MembersRepository members = new MembersRepository(ctx);
        Group group = members.groupTable().find(groupId).orElseThrow(() -> new UserInputException("That group no longer exists"));
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

    static MeetingQuoracy.Status quoracy(DSLContext ctx, Meeting m) {
        MembersRepository members = new MembersRepository(ctx);
        Group group = members.groupTable().find(m.groupId()).orElseThrow();
        List<RegisterEntry> expected = MeetingQuoracy.expected(members.register(group.id()), m.meetingDate());
        return MeetingQuoracy.evaluate(group.quorumRule(), expected, new MeetingRepository(ctx).attendance(m.id()));
    }

    static Long checkItem(MeetingRepository repo, long meetingId, Long agendaItemId) {
        if (agendaItemId == null) {
            return null;
        }
        return repo.item(agendaItemId).filter(i -> i.meetingId() == meetingId).map(AgendaItem::id)
                .orElseThrow(() -> new UserInputException("That item is not on this meeting's agenda"));
    }

    static MinutesDraft.Input minutesInput(MeetingDetail d) {
        return new MinutesDraft.Input(d.group().name(), d.meeting(), d.items(), d.expected(), d.attendance(), d.registerNames(),
                d.decisions(), d.notes(), d.actions(), d.quoracy(), d.declarations(), d.replans());
    }
}
