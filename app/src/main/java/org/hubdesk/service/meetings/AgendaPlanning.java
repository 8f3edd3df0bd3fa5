package org.hubdesk.service.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTemplate;
import org.hubdesk.domain.meetings.CarryOver;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.meetings.TemplateItem;
import org.hubdesk.domain.members.Group;
import org.hubdesk.store.Database;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/** Planning a meeting and editing its agenda and the group's standard agenda; one transaction per action. */
final class AgendaPlanning extends MeetingsPart {
    AgendaPlanning(Database database, Clock clock) {
        super(database, clock);
    }

    /** Plans a meeting for today or later, its agenda made from the group's standard agenda. */
    public MeetingDetail newMeeting(long groupId, LocalDate date, LocalTime start, String place) {
        if (date == null || start == null) {
            throw new UserInputException("A new meeting needs a date and a start time");
        }
        if (date.isBefore(today())) {
            throw new UserInputException(date + " is in the past: a new meeting must be on " + today() + " or later");
        }
        return database.transaction(ctx -> load(ctx, MeetingLoader.create(ctx, groupId, date, start, place, today()).id()));
    }


    /**
     * Fills the standing items again (open actions now; cases noted at the previous meeting since
     * this one was planned). Cases already on the agenda are not added twice.
     */
    public MeetingDetail refreshStandingItems(long meetingId) {
        return onMeeting(meetingId, (ctx, repo, m) -> {
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
        return reschedule(meetingId, date, start, place, null);
    }

    /**
     * Moves a meeting whose details were opened at {@code openedVersion} (null: unchecked, for undo);
     * refused with a StaleEditException, nothing saved, if someone saved the meeting since.
     */
    public Meeting reschedule(long meetingId, LocalDate date, LocalTime start, String place, Integer openedVersion) {
        return onMeeting(meetingId, (ctx, repo, before) -> {
            if (!date.equals(before.meetingDate()) && date.isBefore(today()) && before.status() == MeetingStatus.PLANNED) {
                throw new UserInputException(date + " is in the past: a planned meeting can only move to " + today() + " or later");
            }
            Meeting moved = before.rescheduled(date, start, place);
            save(openedVersion, () -> repo.updateMeeting(moved), v -> repo.updateMeeting(moved, v));
            return before;
        });
    }

    public Meeting setStatus(long meetingId, MeetingStatus status) {
        return change(meetingId, before -> before.withStatus(status));
    }

    public Meeting markPapersSent(long meetingId, LocalDate day) {
        return change(meetingId, before -> before.withPapersSent(day));
    }

    public Meeting markMinutesSent(long meetingId, LocalDate day) {
        return change(meetingId, before -> before.withMinutesSent(day));
    }

    /** Saves one change of a meeting's own fields; returns the meeting as it was, for undo. */
    private Meeting change(long meetingId, UnaryOperator<Meeting> change) {
        return onMeeting(meetingId, (ctx, repo, before) -> {
            repo.updateMeeting(change.apply(before));
            return before;
        });
    }

    public AgendaTemplate template(long groupId) {
        return database.transaction(ctx -> templateOf(ctx, groupId));
    }

    /** Saves a group's standard agenda; returns the one before, for undo. */
    public AgendaTemplate saveTemplate(AgendaTemplate template) {
        return database.transaction(ctx -> {
            AgendaTemplate before = templateOf(ctx, template.groupId());
            new MeetingRepository(ctx).saveTemplate(template);
            return before;
        });
    }

    /** The group's standard agenda as saved, else the default for its kind of group. */
    private static AgendaTemplate templateOf(DSLContext ctx, long groupId) {
        Group group = new MembersRepository(ctx).groupTable().find(groupId).orElseThrow(() -> new UserInputException("That group no longer exists"));
        return new MeetingRepository(ctx).template(groupId).orElseGet(() -> AgendaTemplate.defaultFor(groupId, group.kind()));
    }

    /** Makes a meeting's current agenda its group's standard agenda for next time. */
    public AgendaTemplate saveAgendaAsTemplate(long meetingId) {
        MeetingDetail d = database.transaction(ctx -> load(ctx, meetingId));
        List<TemplateItem> items = d.items().stream()
                .map(i -> new TemplateItem(i.title(), i.kind(), i.minutes(),
                        i.role() == StandingRole.ACTIONS_FROM_LAST_MEETING ? List.of() : i.subPoints(), i.role()))
                .toList();
        return saveTemplate(new AgendaTemplate(d.group().id(), items));
    }

    // ---- agenda items

    public AgendaItem addItem(long meetingId, AgendaItem draft) {
        return onMeeting(meetingId, (ctx, repo, meeting) -> {
            int order = repo.items(meetingId).size();
            return repo.insertItem(new AgendaItem(0, meetingId, order, draft.title(), draft.kind(), draft.leadPersonId(), draft.leadText(),
                    draft.minutes(), draft.subPoints(), draft.paperPath(), draft.caseReference(), draft.role()));
        });
    }

    /** Saves an edited item; returns it as it was, for undo. */
    public AgendaItem updateItem(AgendaItem item) {
        return updateItem(item, null);
    }

    /** Saves an item edited from its {@code openedVersion} (null: unchecked, for undo); a StaleEditException if someone saved it since. */
    public AgendaItem updateItem(AgendaItem item, Integer openedVersion) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            AgendaItem before = MeetingLoader.requireItem(repo, item.id());
            save(openedVersion, () -> repo.updateItem(item), v -> repo.updateItem(item, v));
            return before;
        });
    }

    /** Removes an item (decisions and notes taken against it stay with the meeting); returns it for undo. */
    public AgendaItem removeItem(long itemId) {
        return database.transaction(ctx -> {
            MeetingRepository repo = new MeetingRepository(ctx);
            AgendaItem gone = MeetingLoader.requireItem(repo, itemId);
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
            AgendaItem item = MeetingLoader.requireItem(repo, itemId);
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
        return onMeeting(meetingId, (ctx, repo, meeting) -> {
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
}
