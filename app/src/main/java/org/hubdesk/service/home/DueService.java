package org.hubdesk.service.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueItems;
import org.hubdesk.domain.home.DueList;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingQuoracy;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.learning.LearningRecordRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.members.MembersRepository;
import org.hubdesk.store.reviews.CaseReviewRepository;
import org.jooq.DSLContext;

/**
 * Home's "what needs me this week" and {@code hubdesk due}: the due items of every area, read in
 * one transaction, selected and sorted by {@link DueList}.
 */
public final class DueService extends DatedService {

    public DueService(Database database, Clock clock) {
        super(database, clock);
    }

    /** What is due today and the {@link DueList#DEFAULT_WITHIN_DAYS} days after. */
    public List<DueItem> due() {
        return due(today(), DueList.DEFAULT_WITHIN_DAYS);
    }

    /** Everything overdue on {@code today}, due within {@code withinDays}, and each group's next meeting. */
    public List<DueItem> due(LocalDate today, int withinDays) {
        return DueList.select(database.transaction(ctx -> gather(ctx, today)), today, withinDays);
    }

    private static List<DueItem> gather(DSLContext ctx, LocalDate today) {
        List<DueItem> all = new ArrayList<>();
        MembersRepository members = new MembersRepository(ctx);
        MeetingRepository meetings = new MeetingRepository(ctx);
        Map<Long, Group> groups = members.groups().stream().collect(Collectors.toMap(Group::id, Function.identity()));
        Map<Long, Meeting> next = new java.util.HashMap<>();
        for (Meeting m : meetings.meetings(null)) {
            Group g = groups.get(m.groupId());
            DueItems.papers(m, g.name(), today).ifPresent(all::add);
            DueItems.minutes(m, g.name(), today).ifPresent(all::add);
            if (m.status() == MeetingStatus.PLANNED && !m.meetingDate().isBefore(today)) {
                next.merge(m.groupId(), m, (a, b) -> a.startDateTime().isBefore(b.startDateTime()) ? a : b);
            }
        }
        for (Meeting m : next.values().stream().sorted(Comparator.comparing(Meeting::startDateTime)).toList()) {
            Group g = groups.get(m.groupId());
            MeetingQuoracy.Status quoracy = MeetingQuoracy.evaluate(g.quorumRule(),
                    MeetingQuoracy.expected(members.register(g.id()), m.meetingDate()), meetings.attendance(m.id()));
            all.add(DueItems.nextMeeting(m, g, quoracy, today));
        }
        for (ActionLogEntry e : meetings.actionLog(null, null, null, true)) {
            DueItems.action(e, today).ifPresent(all::add);
        }
        for (CaseReview r : new CaseReviewRepository(ctx).all()) {
            all.addAll(DueItems.clocks(r, today));
        }
        for (LearningRecord r : new LearningRecordRepository(ctx).all()) {
            DueItems.impact(r, today).ifPresent(all::add);
        }
        for (Group g : groups.values()) {
            DueItems.terms(g, today).ifPresent(all::add);
        }
        return all;
    }
}
