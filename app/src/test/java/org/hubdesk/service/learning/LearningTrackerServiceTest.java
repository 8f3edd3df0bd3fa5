package org.hubdesk.service.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.ImpactMeasure;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.junit.jupiter.api.BeforeEach;
import org.hubdesk.testing.FreshDemoTest;
import org.junit.jupiter.api.Test;

/** The learning tracker stored in a real H2 file: the demo's records and one finding taken round the loop. */
class LearningTrackerServiceTest extends FreshDemoTest {
    private LearningTrackerService tracker;

    @BeforeEach
    void tracker() {
        tracker = services.learningTracker();
    }

    @Test
    void theDemoHasRecordsInEveryStageSomeLinkedToItsHubCycles() {
        List<TrackerLine> lines = tracker.tracker();
        assertThat(lines).extracting(TrackerLine::stage).containsAll(EnumSet.allOf(LearningStage.class));
        Set<Long> cycles = Set.copyOf(services.hub().programme().cycles().stream().map(c -> c.id()).toList());
        assertThat(lines).filteredOn(l -> l.record().sourceKind() == LearningSourceKind.HUB_CYCLE).isNotEmpty()
                .allSatisfy(l -> assertThat(cycles).contains(l.record().hubCycleId()));
        assertThat(lines).anySatisfy(l -> assertThat(l.overdue()).contains("impact review due"));
    }

    @Test
    void aCaseReviewsLearningIsSentOnToTheTrackerOnce() {
        var review = services.reviews().list(org.hubdesk.service.reviews.CaseReviewService.Filter.all()).stream()
                .filter(r -> r.learning() != null && !r.learning().isBlank()).findFirst().orElseThrow();
        LearningRecord r = tracker.addFromCaseReview(review.id());
        assertThat(r.sourceKind()).isEqualTo(LearningSourceKind.CASE_REVIEW);
        assertThat(r.findings()).isEqualTo(review.learning());
        assertThat(r.sourceReference()).contains(review.kind().label()).contains("review " + review.id());
        assertThat(tracker.line(r.id()).stage()).isEqualTo(LearningStage.IDENTIFIED);
        assertThatThrownBy(() -> tracker.addFromCaseReview(review.id())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("already on the tracker");

        var silent = services.reviews().list(org.hubdesk.service.reviews.CaseReviewService.Filter.all()).stream()
                .filter(x -> x.learning() == null || x.learning().isBlank()).findFirst().orElseThrow();
        assertThatThrownBy(() -> tracker.addFromCaseReview(silent.id())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("no learning written yet");
        assertThatThrownBy(() -> tracker.addFromCaseReview(99_999)).hasMessageContaining("no case review 99999");
    }

    @Test
    void oneFindingFromAHubRecommendationGoesRoundTheLoop() {
        RecommendationActions rec = services.recommendations().cycles().stream()
                .flatMap(c -> services.recommendations().forCycle(c.cycleId()).stream()).findFirst().orElseThrow();
        LearningRecord r = tracker.addFromRecommendation(rec.recommendation().id());
        assertThat(r.hubCycleId()).isEqualTo(rec.recommendation().hubCycleId());
        assertThat(tracker.line(r.id()).stage()).isEqualTo(LearningStage.IDENTIFIED);
        // Sent once: a second time is refused with the record it already made.
        assertThatThrownBy(() -> tracker.addFromRecommendation(rec.recommendation().id())).isInstanceOf(UserInputException.class)
                .hasMessage("That recommendation's learning is already on the tracker, as learning " + r.id());

        tracker.agreeMessages(r.id(), "Use one chronology.", "Social workers", LocalDate.now());
        assertThat(tracker.line(r.id()).stage()).isEqualTo(LearningStage.MESSAGES_AGREED);

        tracker.saveRow(r.id(), new DisseminationRow(Audience.WORKFORCE, "Change practice", "Re-audit shows it"));
        DisseminationAction m = tracker.addMethod(new DisseminationAction(0, r.id(), Audience.WORKFORCE, "SCP newsletter", "Business unit",
                LocalDate.now().plusDays(7), false, 0));
        assertThat(tracker.line(r.id()).stage()).isEqualTo(LearningStage.DISSEMINATING);
        assertThat(tracker.plan(r.id()).row(Audience.WORKFORCE).measuresOfSuccess()).isEqualTo("Re-audit shows it");
        tracker.editMethod(m.markedDone(true));
        assertThat(tracker.line(r.id()).stage()).isEqualTo(LearningStage.AWAITING_IMPACT_REVIEW);

        SevenMinuteBriefing draft = tracker.briefing(r.id());
        assertThat(draft.part(3)).isEqualTo("Use one chronology.");
        assertThat(draft.part(6)).contains("SCP newsletter");
        tracker.saveBriefing(r.id(), draft.with(4, "Bring one case to supervision."));
        assertThat(tracker.briefing(r.id()).part(4)).isEqualTo("Bring one case to supervision.");
        // An unedited part still follows the record.
        tracker.agreeMessages(r.id(), "Use one chronology, shared.", "Social workers", LocalDate.now());
        assertThat(tracker.briefing(r.id()).part(3)).isEqualTo("Use one chronology, shared.");

        LocalDate due = LocalDate.now().plusDays(10);
        tracker.planImpactReview(r.id(), new ImpactReview(Set.of(ImpactMeasure.MULTI_AGENCY_AUDIT), "Re-audit", due, null, null));
        assertThat(dueBy(due))
                .extracting(l -> l.record().id()).contains(r.id());
        tracker.recordImpactOutcome(r.id(), "8 of 10 cases now have one chronology", due);
        assertThat(tracker.line(r.id()).stage()).isEqualTo(LearningStage.CLOSED);
        assertThat(dueBy(due))
                .extracting(l -> l.record().id()).doesNotContain(r.id());
    }

    private List<TrackerLine> dueBy(LocalDate day) {
        return services.database().transaction(ctx -> LearningTrackerService.reviewsDueBy(ctx, day, LocalDate.now()));
    }

    @Test
    void unknownRecordsAndCyclesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> tracker.line(9999)).isInstanceOf(UserInputException.class).hasMessageContaining("learning list");
        assertThatThrownBy(() -> tracker.add(LearningRecord.identified(LearningSourceKind.HUB_CYCLE, 9999L, null, null, "x",
                LocalDate.now(), null, null))).isInstanceOf(UserInputException.class).hasMessageContaining("hub cycle 9999");
    }

    @Test
    void removingAHubCycleKeepsItsLearningOnTheTracker() {
        TrackerLine hubLine = tracker.tracker().stream().filter(l -> l.record().sourceKind() == LearningSourceKind.HUB_CYCLE)
                .findFirst().orElseThrow();
        services.database().transaction(ctx -> {
            new org.hubdesk.store.hub.HubRepository(ctx).deleteCycles(List.of(hubLine.record().hubCycleId()));
            return null;
        });
        LearningRecord after = tracker.line(hubLine.record().id()).record();
        assertThat(after.hubCycleId()).isNull();
        assertThat(after.sourceKind()).isEqualTo(LearningSourceKind.OTHER_REFLECTIVE);
    }

    @Test
    void aDisseminationRowSavedFromAnOlderOpeningIsRefusedAndTheColleaguesRowStays() {
        LearningRecord r = tracker.tracker().get(0).record();
        Versioned<LearningRecord> mine = tracker.forEdit(r.id());
        Versioned<LearningRecord> theirs = tracker.forEdit(r.id());
        Versioned<LearningRecord> saved = tracker.saveRow(r.id(), new DisseminationRow(Audience.WORKFORCE, "Change practice", "Re-audit"),
                theirs.version());
        assertThatThrownBy(() -> tracker.saveRow(r.id(), new DisseminationRow(Audience.WORKFORCE, "Know the learning", "Survey"), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The " + Audience.WORKFORCE.shortLabel() + " row of the dissemination plan of the learning record '" + r.activity()
                        + "' was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: purpose 'Change practice', measures of success 'Re-audit'."
                        + " Yours: purpose 'Know the learning', measures of success 'Survey'."
                        + " Open it again to see their change, then make yours on top of it.");
        assertThat(tracker.plan(r.id()).row(Audience.WORKFORCE)).isEqualTo(new DisseminationRow(Audience.WORKFORCE, "Change practice", "Re-audit"));
        // A row's save moves the record on: key messages opened before it are refused too; from the version returned, saves go through.
        assertThatThrownBy(() -> tracker.agreeMessages(r.id(), "Overwrite", "All", LocalDate.now(), mine.version()))
                .isInstanceOf(StaleEditException.class);
        tracker.saveRow(r.id(), new DisseminationRow(Audience.WORKFORCE, "Know the learning", "Survey"), saved.version());
        assertThat(tracker.plan(r.id()).row(Audience.WORKFORCE).purpose()).isEqualTo("Know the learning");
    }

    @Test
    void methodsAddedOrMarkedFromAnOlderOpeningAreRefusedAndTheColleaguesMethodsStay() {
        LearningRecord r = tracker.tracker().get(0).record();
        Versioned<LearningRecord> mine = tracker.forEdit(r.id());
        tracker.addMethod(new DisseminationAction(0, r.id(), Audience.WORKFORCE, "Team briefing", "Business unit", null, false, 0),
                tracker.forEdit(r.id()).version());
        List<DisseminationAction> saved = tracker.plan(r.id()).actions();
        DisseminationAction theirs = saved.stream().filter(a -> a.method().equals("Team briefing")).findFirst().orElseThrow();

        assertThatThrownBy(() -> tracker.addMethod(new DisseminationAction(0, r.id(), Audience.WORKFORCE, "Podcast", "Business unit",
                null, false, 0), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("The dissemination methods of the learning record '" + r.activity() + "' was changed by someone else")
                .hasMessageContaining("'Team briefing' not done. Yours: ")
                .hasMessageContaining("'Team briefing' not done, 'Podcast' not done. Open it again");
        assertThatThrownBy(() -> tracker.editMethod(theirs.markedDone(true), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("'Team briefing' done. Open it again");
        assertThat(tracker.plan(r.id()).actions()).isEqualTo(saved);
    }

    @Test
    void aBriefingSavedFromAnOlderOpeningIsRefusedAndTheColleaguesBriefingStays() {
        LearningRecord r = tracker.tracker().get(0).record();
        Versioned<LearningRecord> mine = tracker.forEdit(r.id());
        SevenMinuteBriefing draft = tracker.briefing(r.id());
        tracker.saveBriefing(r.id(), draft.with(4, "Bring one case to supervision."), tracker.forEdit(r.id()).version());
        assertThatThrownBy(() -> tracker.saveBriefing(r.id(), draft.with(4, "Read the chronology first."), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("The 7-minute briefing of the learning record '" + r.activity() + "' was changed by someone else")
                .hasMessageContaining("Theirs now: 5. What you should do 'Bring one case to supervision.'."
                        + " Yours: 5. What you should do 'Read the chronology first.'.");
        assertThat(tracker.briefing(r.id()).part(4)).isEqualTo("Bring one case to supervision.");
    }
}
