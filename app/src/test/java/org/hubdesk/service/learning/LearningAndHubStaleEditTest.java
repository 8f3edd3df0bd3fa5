package org.hubdesk.service.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.service.hub.HubService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people editing the same hub recommendation, recommendation action, learning record or hub
 * cycle: the second save, made from an older opening, is refused with both versions and the
 * first save stays.
 */
class LearningAndHubStaleEditTest {
    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void demo() {
        services = Services.open(dir, null);
        services.demo().createDemo(0, LocalDate.of(2027, 1, 15));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRecommendationSavedFromAnOlderOpeningIsRefused() {
        RecommendationService recs = services.recommendations();
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
        RecommendationService recs = services.recommendations();
        ActionItem listed = recs.cycles().stream().flatMap(c -> recs.forCycle(c.cycleId()).stream())
                .flatMap(r -> r.actions().stream()).findFirst().orElseThrow();
        Versioned<ActionItem> mine = recs.actionForEdit(listed.id());
        Versioned<ActionItem> theirs = recs.actionForEdit(listed.id());
        recs.editAction(theirs.value().withStatus(ActionStatus.DONE, LocalDate.of(2027, 1, 15)), theirs.version());
        assertThatThrownBy(() -> recs.editAction(mine.value().withStatus(ActionStatus.IN_PROGRESS, LocalDate.of(2027, 1, 15)),
                mine.version()))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("Theirs now: '" + listed.description() + "', Done");
        assertThat(recs.actionForEdit(listed.id()).value().status()).isEqualTo(ActionStatus.DONE);
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
