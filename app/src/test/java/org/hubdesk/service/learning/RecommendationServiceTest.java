package org.hubdesk.service.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.testing.FreshDemoTest;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.hub.HubService;

/** Recommendations and their actions stored in a real H2 file, and the demo's. */
class RecommendationServiceTest extends FreshDemoTest {
    private RecommendationService recs;

    @BeforeEach
    void recommendations() {
        recs = services.recommendations();
    }

    /** A cycle the demo gave no recommendations: one still before its recommendations month. */
    private long emptyCycle() {
        return recs.cycles().stream().filter(c -> recs.forCycle(c.cycleId()).isEmpty()).findFirst().orElseThrow().cycleId();
    }

    @Test
    void theDemoGivesCyclesThatReachedTheirRecommendationsTwoToFourEachWithActionsLedByDemoPeople() {
        YearMonth now = YearMonth.now();
        List<Long> people = services.members().people().stream().map(p -> p.id()).toList();
        int withRecommendations = 0;
        for (HubCycle cycle : services.hub().programme().cycles()) {
            List<RecommendationActions> list = recs.forCycle(cycle.id());
            if (cycle.lastMonth().isBefore(now)) {
                assertThat(list).hasSizeBetween(2, 4);
                assertThat(list).allSatisfy(r -> assertThat(r.recommendation().boardDecision()).isNotEqualTo(BoardDecision.PROPOSED));
            }
            if (cycle.lastMonth().isAfter(now)) {
                assertThat(list).isEmpty();
            }
            for (RecommendationActions r : list) {
                withRecommendations++;
                if (r.recommendation().boardDecision() != BoardDecision.NOT_AGREED) {
                    assertThat(r.actions()).isNotEmpty();
                }
                assertThat(r.actions()).allSatisfy(a -> assertThat(people).contains(a.leadPersonId()));
            }
        }
        assertThat(withRecommendations).isPositive();
        // The actions are in the shared log, so the action tracker sees them.
        long linked = recs.forYear(recs.cycles().get(0).partnershipYear()).stream().mapToLong(r -> r.actions().size()).sum();
        assertThat(services.actions().all().size()).isGreaterThanOrEqualTo((int) linked);
    }

    @Test
    void addEditReorderAndRemoveWithUndoSurviveReopening() {
        long cycle = emptyCycle();
        Recommendation first = recs.add(Recommendation.proposed(cycle, "Chronologies were late", "Use one chronology", RecommendationLevel.OPERATIONAL));
        Recommendation second = recs.add(Recommendation.proposed(cycle, null, "Refresh the escalation protocol", RecommendationLevel.STRATEGIC));
        assertThat(second.sortOrder()).isGreaterThan(first.sortOrder());

        LocalDate agreed = LocalDate.now().minusDays(3);
        Recommendation before = recs.edit(second.decided(BoardDecision.AGREED, agreed));
        assertThat(before.boardDecision()).isEqualTo(BoardDecision.PROPOSED);

        List<Long> oldOrder = recs.reorder(cycle, List.of(second.id(), first.id()));
        assertThat(oldOrder).containsExactly(first.id(), second.id());
        assertThatThrownBy(() -> recs.reorder(cycle, List.of(second.id())))
                .isInstanceOf(UserInputException.class).hasMessageContaining("each of the cycle's 2 recommendations once");

        ActionItem action = recs.addAction(first.id(), ActionItem.draft("Publish the template", null, "Practice Review & Learning Manager",
                Timescale.parse("2027-06")));
        RecommendationService.Removed removed = recs.remove(first.id());
        assertThat(removed.actions()).extracting(ActionItem::id).containsExactly(action.id());
        assertThat(services.actions().all()).extracting(ActionItem::id).doesNotContain(action.id());
        recs.restore(removed);

        services.close();
        services = TestStores.open(dir);
        recs = services.recommendations();
        List<RecommendationActions> list = recs.forCycle(cycle);
        assertThat(list).extracting(r -> r.recommendation().text()).containsExactly("Refresh the escalation protocol", "Use one chronology");
        assertThat(list.get(0).recommendation().agreedOn()).isEqualTo(agreed);
        assertThat(list.get(1).actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(action.id());
            assertThat(a.leadText()).isEqualTo("Practice Review & Learning Manager");
            assertThat(a.timescale()).isEqualTo(Timescale.ofMonth(YearMonth.of(2027, 6)));
        });
    }

    @Test
    void actionsCanBeEditedRemovedAndPutBack() {
        long cycle = emptyCycle();
        Recommendation rec = recs.add(Recommendation.proposed(cycle, null, "Text", RecommendationLevel.OPERATIONAL));
        ActionItem a = recs.addAction(rec.id(), ActionItem.draft("First", null, "Lead", null));
        ActionItem b = recs.addAction(rec.id(), ActionItem.draft("Second", null, "Lead", null));
        assertThat(b.sortOrder()).isGreaterThan(a.sortOrder());
        ActionItem before = recs.editAction(a.withStatus(ActionStatus.DONE, LocalDate.now()));
        assertThat(before.status()).isEqualTo(ActionStatus.NOT_STARTED);
        RecommendationService.RemovedAction gone = recs.removeAction(b.id());
        assertThat(recs.forCycle(cycle).get(0).actions()).extracting(ActionItem::description).containsExactly("First");
        recs.restoreAction(gone);
        assertThat(recs.forCycle(cycle).get(0).actions()).extracting(ActionItem::description, ActionItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First", ActionStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("Second", ActionStatus.NOT_STARTED));
        assertThatThrownBy(() -> recs.addAction(999_999, ActionItem.draft("x", null, "y", null)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no longer exists");
        assertThatThrownBy(() -> recs.add(Recommendation.proposed(999_999, null, "x", RecommendationLevel.OPERATIONAL)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("hub cycle no longer exists");
    }

    @Test
    void removingAPlannedCycleRemovesItsRecommendationsButKeepsTheirActionsInTheLog() {
        var planned = services.hub().planProgramme(List.of("Respond to harmful sexual behaviour in schools"), YearMonth.now().plusMonths(20));
        long cycle = planned.get(0).cycle().id();
        Recommendation rec = recs.add(Recommendation.proposed(cycle, null, "Train designated leads", RecommendationLevel.OPERATIONAL));
        ActionItem action = recs.addAction(rec.id(), ActionItem.draft("Book the training", null, "Education lead", null));

        services.hub().removeProgramme(planned);

        assertThat(recs.cycles()).extracting(RecommendationService.CycleChoice::cycleId).doesNotContain(cycle);
        assertThat(recs.forCycle(cycle)).isEmpty();
        assertThat(services.actions().all()).extracting(ActionItem::id).contains(action.id());
    }

    // Two people editing the same recommendation, action, learning record or hub cycle: the second save,
    // made from an older opening, is refused with both versions and the first save stays.

    @Test
    void aRecommendationSavedFromAnOlderOpeningIsRefused() {
        Recommendation listed = recs.cycles().stream().flatMap(c -> recs.forCycle(c.cycleId()).stream()).findFirst().orElseThrow()
                .recommendation();
        Versioned<Recommendation> mine = recs.forEdit(listed.id());
        Versioned<Recommendation> theirs = recs.forEdit(listed.id());
        recs.edit(withText(theirs.value(), "Agree a joint protocol for strategy discussions"), theirs.version());
        assertThatThrownBy(() -> recs.edit(withText(mine.value(), "Train every team on strategy discussions"), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("The recommendation 'Agree a joint protocol for strategy discussions' was changed by someone else")
                .hasMessageContaining("Theirs now: 'Agree a joint protocol for strategy discussions', ")
                .hasMessageContaining("Yours: 'Train every team on strategy discussions', ");
        assertThat(recs.forEdit(listed.id()).value().text()).isEqualTo("Agree a joint protocol for strategy discussions");
    }

    @Test
    void aRecommendationsActionSavedFromAnOlderOpeningIsRefused() {
        ActionItem listed = recs.cycles().stream().flatMap(c -> recs.forCycle(c.cycleId()).stream())
                .flatMap(r -> r.actions().stream()).findFirst().orElseThrow();
        Versioned<ActionItem> mine = services.actions().forEdit(listed.id());
        Versioned<ActionItem> theirs = services.actions().forEdit(listed.id());
        services.actions().update(theirs.value().withStatus(ActionStatus.DONE, LocalDate.of(2027, 1, 15)), theirs.version());
        assertThatThrownBy(() -> services.actions().update(mine.value().withStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2027, 1, 15)),
                mine.version()))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("Theirs now: '" + listed.description() + "', Done");
        assertThat(services.actions().forEdit(listed.id()).value().status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void aLearningRecordsKeyMessagesSavedFromAnOlderOpeningAreRefused() {
        LearningTrackerService tracker = services.learningTracker();
        long id = tracker.tracker().get(0).record().id();
        int mine = tracker.forEdit(id).version();
        int theirs = tracker.forEdit(id).version();
        Versioned<LearningRecord> saved = tracker.agreeMessages(id, "Ask about the adults in the home", "Schools", LocalDate.of(2027, 1, 14), theirs);
        assertThat(saved.version()).isGreaterThan(theirs);
        assertThatThrownBy(() -> tracker.agreeMessages(id, "Record the voice of the child", "GPs", LocalDate.of(2027, 1, 15), mine))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: key messages 'Ask about the adults in the home' for Schools, agreed 2027-01-14")
                .hasMessageContaining("Yours: key messages 'Record the voice of the child' for GPs, agreed 2027-01-15");
        assertThat(tracker.forEdit(id).value().keyMessages()).isEqualTo("Ask about the adults in the home");
        // From the version its own save returned, the next save of the same form goes through.
        tracker.agreeMessages(id, "Ask about the adults in the home, every visit", "Schools", LocalDate.of(2027, 1, 14), saved.version());
        assertThat(tracker.forEdit(id).value().keyMessages()).isEqualTo("Ask about the adults in the home, every visit");
    }

    @Test
    void aHubCyclesMembersSavedFromAnOlderOpeningAreRefused() {
        HubService hub = services.hub();
        long cycleId = hub.programme().cycles().get(0).id();
        List<Person> people = services.members().people();
        Versioned<HubCycle> mine = hub.cycleForEdit(cycleId);
        Versioned<HubCycle> theirs = hub.cycleForEdit(cycleId);
        hub.setMembers(cycleId, List.of(people.get(0).id(), people.get(1).id()), theirs.version());
        assertThatThrownBy(() -> hub.setMembers(cycleId, List.of(people.get(2).id()), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining(", members " + people.get(0).fullName() + ", " + people.get(1).fullName() + ". Yours: ")
                .hasMessageEndingWith(", members " + people.get(2).fullName() + ". Open it again to see their change, then make yours on top of it.");
        assertThat(hub.cycleForEdit(cycleId).value().memberIds()).containsExactly(people.get(0).id(), people.get(1).id());
    }

    private static Recommendation withText(Recommendation r, String text) {
        return new Recommendation(r.id(), r.hubCycleId(), r.whatWasLearned(), text, r.level(), r.boardDecision(), r.agreedOn(), r.sortOrder());
    }
}
