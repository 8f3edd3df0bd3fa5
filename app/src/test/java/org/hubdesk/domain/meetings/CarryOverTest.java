package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.junit.jupiter.api.Test;

class CarryOverTest {
    private static List<AgendaItem> forumAgenda() {
        List<AgendaItem> items = new ArrayList<>();
        for (TemplateItem t : AgendaTemplate.LEARNING_FORUM) {
            items.add(AgendaItem.fromTemplate(5, items.size(), t));
        }
        return items;
    }

    @Test
    void casesNotedLastTimeBecomeThisTimesCaseLearning() {
        List<AgendaItem> previous = new ArrayList<>(forumAgenda());
        previous.set(10, previous.get(10).withSubPoints(List.of("Child J (2026/014)", "Family K (2026/019)")));
        List<String> cases = CarryOver.casesNoted(previous);
        assertThat(cases).containsExactly("Child J (2026/014)", "Family K (2026/019)");

        List<AgendaItem> next = CarryOver.fill(forumAgenda(), List.of(), cases);
        assertThat(next).hasSize(13);
        assertThat(next.get(3).caseReference()).isEqualTo("Child J (2026/014)");
        assertThat(next.get(4).caseReference()).isEqualTo("Family K (2026/019)");
        assertThat(next.get(10).subPoints()).isEmpty();
    }

    @Test
    void moreCasesThanSlotsAddSlotsAfterTheLastOne() {
        List<AgendaItem> next = CarryOver.fill(forumAgenda(), List.of(), List.of("A", "B", "C"));
        assertThat(next).hasSize(14);
        assertThat(next.get(5).title()).isEqualTo("Individual case learning 3");
        assertThat(next.get(5).caseReference()).isEqualTo("C");
        assertThat(next.get(5).minutes()).isEqualTo(30);
        assertThat(next.get(6).title()).isEqualTo("Evidencing impact of learning – updating the tracker");
        assertThat(next).extracting(AgendaItem::sortOrder).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @Test
    void openActionsAreListedUnderActionsFromLastMeeting() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        ActionItem late = new ActionItem(1, "Circulate the 7-minute briefing", 4L, null, Timescale.ofDay(LocalDate.of(2026, 3, 1)),
                null, 0, null);
        ActionItem soon = new ActionItem(2, "Book the learning event venue", null, "Business unit",
                Timescale.ofMonth(java.time.YearMonth.of(2026, 4)), null, 0, null);
        List<String> lines = CarryOver.actionLines(List.of(
                new ActionLogEntry(late, "Ada Council", 1L, "Borough Council", 3L, null, 1L, "Forum", null),
                new ActionLogEntry(soon, null, null, null, 3L, null, 1L, "Forum", null)), today);
        assertThat(lines).containsExactly("Circulate the 7-minute briefing – Ada Council, due 2026-03-01 (overdue)",
                "Book the learning event venue – Business unit, due 2026-04 (not started)");
        List<AgendaItem> next = CarryOver.fill(forumAgenda(), lines, List.of());
        assertThat(next.get(1).subPoints()).isEqualTo(lines);
        assertThat(CarryOver.fill(forumAgenda(), List.of(), List.of()).get(1).subPoints()).containsExactly("No open actions");
    }
}
