package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.GroupKind;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static List<AgendaItem> agendaFrom(AgendaTemplate template) {
        List<AgendaItem> items = new ArrayList<>();
        for (TemplateItem t : template.items()) {
            items.add(AgendaItem.fromTemplate(1, items.size(), t));
        }
        return items;
    }

    @Test
    void theForumTemplateIsAppendixOneItemForItem() {
        AgendaTemplate forum = AgendaTemplate.defaultFor(7, GroupKind.LEARNING_FORUM);
        assertThat(forum.items()).hasSize(13);
        assertThat(forum.items().get(0).title()).isEqualTo("Welcome, introductions, apologies");
        assertThat(forum.items().get(2).subPoints())
                .containsExactly("Domestic Homicide Reviews", "Safeguarding Adults Reviews", "Child Safeguarding Practice Reviews");
        assertThat(forum.items().stream().map(TemplateItem::minutes).toList())
                .containsExactly(5, 5, 5, 30, 30, 15, 5, 5, 5, 5, 5, 2, 2);
        assertThat(forum.items().get(12).title()).isEqualTo("AOB");
        assertThat(forum.items()).noneMatch(i -> i.title().contains("Bexley"));
        assertThat(forum.totalMinutes()).isLessThanOrEqualTo(120);
    }

    @Test
    void eachItemStartsWhenTheOneBeforeEnds() {
        AgendaTiming timing = AgendaTiming.of(LocalTime.of(10, 0), agendaFrom(AgendaTemplate.defaultFor(7, GroupKind.LEARNING_FORUM)), 120);
        assertThat(timing.items().get(0).starts()).isEqualTo(LocalTime.of(10, 0));
        assertThat(timing.items().get(3).starts()).isEqualTo(LocalTime.of(10, 15));
        assertThat(timing.items().get(4).starts()).isEqualTo(LocalTime.of(10, 45));
        assertThat(timing.items().get(5).starts()).isEqualTo(LocalTime.of(11, 15));
        assertThat(timing.items().get(12).starts()).isEqualTo(LocalTime.of(11, 57));
        assertThat(timing.ends()).isEqualTo(LocalTime.of(11, 59));
        assertThat(timing.overruns()).isFalse();
        assertThat(timing.overrunWarning()).isNull();
    }

    @Test
    void anAgendaLongerThanUsualWarnsByHowMuch() {
        List<AgendaItem> items = new ArrayList<>(agendaFrom(AgendaTemplate.defaultFor(7, GroupKind.LEARNING_FORUM)));
        items.set(5, items.get(5).withMinutes(40));
        AgendaTiming timing = AgendaTiming.of(LocalTime.of(14, 0), items, 120);
        assertThat(timing.totalMinutes()).isEqualTo(144);
        assertThat(timing.overrunMinutes()).isEqualTo(24);
        assertThat(timing.overrunWarning()).contains("24 min over the usual 2 h").contains("ends 16:24 instead of 16:00");
    }

    @Test
    void itemsOfNoOrNegativeLengthAreRefusedWithTheirTitle() {
        AgendaItem ok = AgendaItem.fromTemplate(1, 0, AgendaTemplate.LEARNING_FORUM.get(1));
        assertThatThrownBy(() -> ok.withMinutes(-5)).isInstanceOf(UserInputException.class)
                .hasMessage("'Actions from last meeting' must last at least 1 minute, not -5");
        assertThatThrownBy(() -> ok.withMinutes(0)).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> new TemplateItem("Updates", AgendaItemKind.PAPER, 0, null, null)).isInstanceOf(UserInputException.class);
    }

    @Test
    void otherGroupsGetAShortDefaultThatFitsTwoHours() {
        assertThat(AgendaTemplate.defaultFor(1, GroupKind.LEARNING_HUB).totalMinutes()).isLessThanOrEqualTo(120);
        assertThat(AgendaTemplate.defaultFor(1, GroupKind.SUBGROUP).totalMinutes()).isLessThanOrEqualTo(90);
        assertThat(AgendaTemplate.defaultFor(1, GroupKind.LEARNING_HUB).items())
                .anyMatch(i -> i.role() == StandingRole.ACTIONS_FROM_LAST_MEETING);
    }

    @Test
    void onlyPdfPapersGoInThePack() {
        AgendaItem item = AgendaItem.fromTemplate(1, 0, AgendaTemplate.LEARNING_FORUM.get(6));
        assertThat(item.withPaper("/tmp/Training.PDF").paperIsPdf()).isTrue();
        assertThat(item.withPaper("/tmp/Training.docx").paperIsPdf()).isFalse();
    }

    @Test
    void theItemClockShowsOverrun() {
        ItemClock clock = new ItemClock(java.time.Duration.ofSeconds(4 * 60 + 30), 5);
        assertThat(clock.overrunning()).isFalse();
        assertThat(clock.nearlyDone()).isTrue();
        assertThat(clock.remainingText()).isEqualTo("0:30 left");
        ItemClock over = new ItemClock(java.time.Duration.ofSeconds(6 * 60 + 5), 5);
        assertThat(over.overrunning()).isTrue();
        assertThat(over.remainingText()).isEqualTo("+1:05 over");
    }
}
