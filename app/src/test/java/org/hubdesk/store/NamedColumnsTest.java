package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubdesk.schema.Tables.DECISION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.domain.assurance.Polarity;
import org.hubdesk.domain.governance.TermsReview;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.PhaseKind;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaItemKind;
import org.hubdesk.domain.meetings.Decision;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingNote;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.meetings.Replan;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.LearningSource;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.schema.tables.records.DecisionRecord;
import org.hubdesk.store.PartnershipRepository.PartnershipInfo;
import org.hubdesk.store.actions.ActionRepository;
import org.hubdesk.store.assurance.AuditCalendarRepository;
import org.hubdesk.store.assurance.PerformanceRepository;
import org.hubdesk.store.governance.GovernanceRepository;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.LearningRecordRepository;
import org.hubdesk.store.learning.RecommendationRepository;
import org.hubdesk.store.meetings.DeclarationRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.meetings.ReplanRepository;
import org.hubdesk.store.members.MembersRepository;
import org.hubdesk.store.plan.DeliveryPlanRepository;
import org.hubdesk.store.planner.PlannerRepository;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value type the repositories keep through {@link NamedColumns} goes into its table and
 * comes back equal, each field set to something other than its default: a column renamed, or a
 * component renamed, retyped or added without its column, fails here and not in a user's data.
 */
class NamedColumnsTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);
    private static final LocalDateTime AT = LocalDateTime.of(2027, 3, 9, 14, 30);

    @TempDir
    Path dir;

    @Test
    void everyMappedValueComesBackAsItWasStored() {
        try (Database db = TestStores.database(dir)) {
            db.run(ctx -> {
                PartnershipRepository partnerships = new PartnershipRepository(ctx);
                PartnershipInfo partnership = partnerships.create("Round Trip Partnership", true);
                assertThat(partnerships.current()).contains(partnership);

                MembersRepository members = new MembersRepository(ctx);
                Agency agency = members.insertAgency(new Agency(0, "Round Trip Police", AgencyKind.POLICE, true));
                assertThat(members.agencies()).containsExactly(agency);
                Person chair = members.personTable().insert(new Person(0, "Ada Chair", "Superintendent", agency.id(), "ada@x.org", "0100"));
                Person deputy = members.personTable().insert(new Person(0, "Ben Deputy", "Inspector", agency.id(), "ben@x.org", "0200"));
                assertThat(members.personTable().find(chair.id())).contains(chair);
                Group board = members.groupTable().insert(new Group(0, "Board", GroupKind.PARTNERSHIP_BOARD, "Oversight", "Quarterly", 120,
                        QuorumRule.STATUTORY_PARTNERS, null, DAY));
                Group hub = members.groupTable().insert(new Group(0, "Hub", GroupKind.LEARNING_HUB, "Learning", "Monthly", 90,
                        QuorumRule.HALF_OF_CORE, board.id(), DAY.plusYears(1)));
                assertThat(members.groupTable().find(hub.id())).contains(hub);
                Membership membership = members.memberships().insert(new Membership(0, hub.id(), chair.id(), true, MemberRole.DEPUTY_CHAIR,
                        deputy.id(), deputy.id(), DAY, DAY.plusYears(2)));
                assertThat(members.memberships().find(membership.id())).contains(membership);

                MeetingRepository meetings = new MeetingRepository(ctx);
                Meeting meeting = meetings.insertMeeting(new Meeting(0, hub.id(), DAY, LocalTime.of(10, 0), "Room 1", MeetingStatus.HELD,
                        DAY.minusDays(7), DAY.plusDays(7), AT, AT.plusHours(2), null, AT.plusMinutes(5)));
                AgendaItem item = meetings.insertItem(new AgendaItem(0, meeting.id(), 3, "Item", AgendaItemKind.DECISION, chair.id(),
                        "Ada", 25, List.of("First", "Second"), "papers/item.pdf", "CR-1", StandingRole.CASE_LEARNING));
                assertThat(meetings.item(item.id())).contains(item);
                Meeting current = new Meeting(meeting.id(), hub.id(), DAY, LocalTime.of(10, 0), "Room 1", MeetingStatus.HELD,
                        DAY.minusDays(7), DAY.plusDays(7), AT, AT.plusHours(2), item.id(), AT.plusMinutes(5));
                meetings.updateMeeting(current);
                assertThat(meetings.meeting(meeting.id())).contains(current);
                Decision decision = meetings.decisions().insert(new Decision(0, meeting.id(), item.id(), "Agreed", AT));
                assertThat(meetings.decisions().of(meeting.id())).containsExactly(decision);
                MeetingNote note = meetings.notes().insert(new MeetingNote(0, meeting.id(), item.id(), "Noted", AT));
                assertThat(meetings.notes().of(meeting.id())).containsExactly(note);
                DeclarationRepository declarations = new DeclarationRepository(ctx);
                InterestDeclaration declaration = declarations.insert(new InterestDeclaration(0, meeting.id(), deputy.id(), item.id(),
                        "Knows the family", AT));
                assertThat(declarations.declarations(meeting.id())).containsExactly(declaration);
                ReplanRepository replans = new ReplanRepository(ctx);
                Replan replan = replans.insert(new Replan(0, meeting.id(), item.id(), AT, AT.plusHours(3), "Ran over"));
                assertThat(replans.replans(meeting.id())).containsExactly(replan);

                GovernanceRepository governance = new GovernanceRepository(ctx);
                TermsReview review = governance.insertReview(new TermsReview(0, hub.id(), DAY, DAY.plusYears(1), "Reviewed"));
                assertThat(governance.reviews(hub.id())).containsExactly(review);

                PlannerRepository planner = new PlannerRepository(ctx);
                PlannerEvent event = planner.insert(new PlannerEvent(0, "Training", EventKind.WORKSHOP, AT, AT.plusHours(1), "Hall",
                        "Everyone", "Ada", "series-1", "FREQ=WEEKLY"), AT);
                assertThat(planner.event(event.id())).contains(event);

                HubRepository hubs = new HubRepository(ctx);
                Priority priority = hubs.insertPriority(new Priority(0, "Neglect", "Early help", 2027));
                assertThat(hubs.priority(priority.id())).contains(priority);
                HubCycle cycle = hubs.insertCycle(new HubCycle(0, priority.id(),
                        List.of(new HubPhase(0, PhaseKind.SCOPING, YearMonth.of(2027, 4), 2, List.of())), chair.id(), List.of()));

                LearningRecordRepository learning = new LearningRecordRepository(ctx);
                LearningRecord record = learning.insert(new LearningRecord(0, LearningSourceKind.AUDIT, null, "Audit 4", "Neglect",
                        "Audit of referrals", DAY, DAY.plusDays(30), "Findings", "Messages", "Workforce", DAY.plusDays(40),
                        new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT, ImpactMeasure.SINGLE_AGENCY_AUDIT), "Re-audit",
                                DAY.plusMonths(6), "Better", DAY.plusMonths(7))));
                assertThat(learning.find(record.id())).contains(record);
                DisseminationAction spread = learning.insertAction(new DisseminationAction(0, record.id(), Audience.WORKFORCE,
                        "Briefing", "Ben", DAY.plusDays(50), true, 0));
                assertThat(learning.action(spread.id())).contains(spread);

                RecommendationRepository recommendations = new RecommendationRepository(ctx);
                Recommendation recommendation = recommendations.insert(new Recommendation(0, cycle.id(), "Learned", "Do better",
                        RecommendationLevel.STRATEGIC, BoardDecision.AGREED, DAY, 4));
                assertThat(recommendations.find(recommendation.id())).contains(recommendation);

                DeliveryPlanRepository plans = new DeliveryPlanRepository(ctx);
                long planId = plans.insertPlan(cycle.id(), "Neglect", AT);
                EvidenceEntry evidence = plans.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.CASE_REVIEWS, "Seen",
                        LearningSource.VOICE_OF_THE_CHILD, agency.id(), DAY, "files/a.pdf", 2));
                assertThat(plans.evidence().find(evidence.id())).contains(evidence);
                PracticeDownload download = plans.downloads().restore(planId, new PracticeDownload(0, "Strategy meeting", DAY, agency.id(),
                        Map.of(PracticeDownload.Question.WENT_WELL, "Shared", PracticeDownload.Question.NEEDS_TO_CHANGE, "Timing"), 1));
                assertThat(plans.downloads().find(download.id())).contains(download);

                ActionRepository actions = new ActionRepository(ctx);
                ActionItem byDay = actions.insert(new ActionItem(0, "By a day", chair.id(), "Ada", Timescale.ofDay(DAY),
                        ActionStatus.DONE, 5, DAY.plusDays(1)));
                ActionItem byMonth = actions.insert(new ActionItem(0, "By a month", null, "Ben", Timescale.ofMonth(YearMonth.of(2027, 6)),
                        ActionStatus.IN_PROGRESS, 6, null));
                assertThat(actions.find(byDay.id())).contains(byDay);
                assertThat(actions.find(byMonth.id())).contains(byMonth);

                AuditCalendarRepository calendar = new AuditCalendarRepository(ctx);
                CalendarEntry entry = calendar.save(new CalendarEntry(0, YearMonth.of(2027, 5), CalendarEntry.Kind.OBSERVATION, "Neglect",
                        "Ada", "Police, Health", "Template 2", "Found", CalendarEntry.FedBackTo.PERFORMANCE_GROUP));
                assertThat(calendar.between(YearMonth.of(2027, 5), YearMonth.of(2027, 5))).containsExactly(entry);

                PerformanceRepository performance = new PerformanceRepository(ctx);
                Indicator indicator = performance.save(new Indicator(0, "Referrals", "Neglect", "Police", "per 10,000",
                        Polarity.LOWER_IS_BETTER, 12.5));
                assertThat(performance.indicators()).containsExactly(indicator);
            });
        }
    }

    @Test
    void aComponentWithoutItsColumnFailsWhenTheMappingIsBuilt() {
        record Renamed(long id, long meetingId, Long agendaItemId, String wording, LocalDateTime recordedAt) {
        }
        record Retyped(long id, long meetingId, Long agendaItemId, String decisionText, LocalDate recordedAt) {
        }
        assertThatThrownBy(() -> NamedColumns.<DecisionRecord, Renamed>of(DECISION.ID, Renamed.class).mapping())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no column wording");
        assertThatThrownBy(() -> NamedColumns.<DecisionRecord, Retyped>of(DECISION.ID, Retyped.class).mapping())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recorded_at");
        assertThatThrownBy(() -> NamedColumns.of(DECISION.ID, Decision.class).column("text", DECISION.DECISION_TEXT)
                .notWritten("meeting").mapping())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Decision has no component meeting");
    }

    @Test
    void componentNamesAreTheColumnNamesInSnakeCase() {
        assertThat(NamedColumns.snakeCase("groupId")).isEqualTo("group_id");
        assertThat(NamedColumns.snakeCase("currentItemStartedAt")).isEqualTo("current_item_started_at");
        assertThat(NamedColumns.snakeCase("id")).isEqualTo("id");
    }
}
