package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.members.GroupKind;
import org.junit.jupiter.api.Test;

/** The predicted end of a running meeting and the chair's re-plan, on the Forum's standard agenda. */
class MeetingPaceTest {
    static final LocalDateTime DAY = LocalDateTime.of(2027, 3, 9, 0, 0);

    static List<AgendaItem> forum() {
        List<AgendaItem> items = new ArrayList<>();
        for (TemplateItem t : AgendaTemplate.defaultFor(7, GroupKind.LEARNING_FORUM).items()) {
            items.add(AgendaItem.fromTemplate(1, items.size(), t).withId(100 + items.size()));
        }
        return items;
    }

    @Test
    void predictedEndIsNowPlusWhatIsLeftOfTheItemAndTheItemsAfterIt() {
        List<AgendaItem> items = forum(); // 119 minutes from 10:00, planned end 11:59
        LocalDateTime plannedEnd = DAY.withHour(11).withMinute(59);
        // At 10:25, 10 minutes into "Individual case learning 1" (item 4, 30 min): 20 left + 74 after it.
        MeetingPace onTime = MeetingPace.of(items, 3, Duration.ofMinutes(10), DAY.withHour(10).withMinute(25), plannedEnd);
        assertThat(onTime.predictedEnd()).isEqualTo(DAY.withHour(11).withMinute(59));
        assertThat(onTime.overrunMinutes()).isZero();
        assertThat(onTime.summary()).isEqualTo("Predicted end 11:59 · on time");

        // At 10:57, 42 minutes into it: the item has overrun by 12, so the rest starts now.
        MeetingPace late = MeetingPace.of(items, 3, Duration.ofMinutes(42), DAY.withHour(10).withMinute(57), plannedEnd);
        assertThat(late.predictedEnd()).isEqualTo(DAY.withHour(12).withMinute(11));
        assertThat(late.overrunMinutes()).isEqualTo(12);
        assertThat(late.summary()).isEqualTo("Predicted end 12:11 · 12 min over (planned 11:59)");

        // Ahead: the welcome done in 2 of its 5 minutes... and 30 seconds of a late start count as a minute over.
        MeetingPace ahead = MeetingPace.of(items, 1, Duration.ZERO, DAY.withHour(10).withMinute(2), plannedEnd);
        assertThat(ahead.overrunMinutes()).isEqualTo(-3);
        assertThat(ahead.summary()).endsWith("3 min ahead");
        MeetingPace partMinute = MeetingPace.of(items, 0, Duration.ZERO, DAY.withHour(10).withMinute(0).withSecond(30), plannedEnd);
        assertThat(partMinute.overrunMinutes()).isEqualTo(1);
    }

    @Test
    void aReplanShortensTheRemainingDiscussionItemsInProportion() {
        List<AgendaItem> items = forum();
        // At item 4 and 12 minutes over: the discussion items after it are case learning 2 (30),
        // impact (15) and noting cases (5) = 50 minutes; papers, information, dates and AOB are fixed.
        AgendaReplan plan = AgendaReplan.plan(items, 3, 12);
        assertThat(plan.changes()).extracting(c -> c.item().title() + " " + c.before() + "→" + c.after())
                .containsExactly("Individual case learning 2 30→23", "Evidencing impact of learning – updating the tracker 15→11",
                        "Noting individual cases for next meeting 5→4");
        assertThat(plan.shortfallMinutes()).isZero();
        List<AgendaItem> after = plan.apply(items);
        int saved = items.stream().mapToInt(AgendaItem::minutes).sum() - after.stream().mapToInt(AgendaItem::minutes).sum();
        assertThat(saved).isEqualTo(12);
        assertThat(after.get(12).title()).isEqualTo("AOB");
        assertThat(after.get(12).minutes()).isEqualTo(2);
        assertThat(after.get(3).minutes()).as("the item under way is not re-planned").isEqualTo(30);
        assertThat(plan.summary()).startsWith("12 min over: Individual case learning 2 30→23 min, ");
    }

    @Test
    void aReplanKeepsAMinuteAPieceAndSaysWhatItCannotRecover() {
        List<AgendaItem> items = forum();
        // At "Noting individual cases" (item 11) nothing after it is a discussion item.
        AgendaReplan none = AgendaReplan.plan(items, 10, 8);
        assertThat(none.changesAnything()).isFalse();
        assertThat(none.shortfallMinutes()).isEqualTo(8);
        assertThat(none.summary()).isEqualTo("8 min over, and no discussion items left to shorten");

        // At item 6, 60 minutes over: "Noting individual cases" (5) can give only 4.
        AgendaReplan most = AgendaReplan.plan(items, 5, 60);
        assertThat(most.changes()).singleElement().satisfies(c -> assertThat(c.after()).isEqualTo(AgendaReplan.MINIMUM_MINUTES));
        assertThat(most.shortfallMinutes()).isEqualTo(56);
        assertThat(most.summary()).endsWith("; still 56 min over");

        assertThat(AgendaReplan.plan(items, 3, 0).summary()).isEqualTo("The meeting is on time: nothing to re-plan");
        assertThat(AgendaReplan.plan(items, 3, -4).changesAnything()).isFalse();
    }

    @Test
    void theFirstReplanKeepsThePlannedEnd() {
        LocalDateTime agendaEnd = DAY.withHour(11).withMinute(47);
        Replan first = new Replan(1, 1, 103L, DAY.withHour(10).withMinute(57), DAY.withHour(11).withMinute(59), "12 min over: …");
        Replan second = new Replan(2, 1, 105L, DAY.withHour(11).withMinute(30), DAY.withHour(11).withMinute(59), "3 min over: …");
        assertThat(Replan.plannedEnd(List.of(), agendaEnd)).isEqualTo(agendaEnd);
        assertThat(Replan.plannedEnd(List.of(first, second), agendaEnd)).isEqualTo(DAY.withHour(11).withMinute(59));
        assertThat(first.minutesLine()).isEqualTo("at 10:57, to end by 11:59 – 12 min over: …");
    }

    @Test
    void aMemberWithAnInterestInACaseIsShownToTheChairWhenItStarts() {
        List<AgendaItem> items = forum();
        AgendaItem welcome = items.get(0);
        AgendaItem caseOne = items.get(3);
        AgendaItem paper = items.get(6);
        List<InterestDeclaration> all = List.of(
                new InterestDeclaration(1, 1, 11, caseOne.id(), "manages the allocated social worker", DAY),
                new InterestDeclaration(2, 1, 12, paper.id(), "wrote the paper", DAY),
                new InterestDeclaration(3, 1, 13, null, "chairs the provider's board", DAY));
        var names = java.util.Map.of(11L, "Alex Member", 12L, "Sam Writer");
        assertThat(Declarations.askedAt(welcome)).isTrue();
        assertThat(Declarations.askedAt(caseOne)).isFalse();
        assertThat(Declarations.chairAlert(caseOne, all, names)).containsExactly("Alex Member: manages the allocated social worker");
        assertThat(Declarations.chairAlert(paper, all, names)).as("only case-learning items alert the chair").isEmpty();
        assertThat(Declarations.chairAlert(items.get(4), all, names)).isEmpty();
        assertThat(Declarations.forItem(all, null)).extracting(InterestDeclaration::personId).containsExactly(13L);
    }
}
