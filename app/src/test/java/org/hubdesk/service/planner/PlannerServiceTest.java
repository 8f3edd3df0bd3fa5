package org.hubdesk.service.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hubdesk.domain.calendar.BankHolidays;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.planner.EventKind;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forward planner's actions on a real store: adding round bank holidays, editing and deleting one event or a series, undo. */
class PlannerServiceTest {
    @TempDir
    Path dir;

    private Services services;
    private PlannerService planner;

    @BeforeEach
    void emptyPartnership() {
        services = Services.open(dir.resolve("empty"), null);
        services.demo().createEmpty("Test partnership");
        planner = services.planner();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static PlannerEvent event(String title, LocalDate day) {
        return new PlannerEvent(0, title, EventKind.INFORMATION_HIGHWAY, day.atTime(12, 30), day.atTime(13, 30), "Online (Teams)",
                "Multi-agency professionals", "Business unit", null, null);
    }

    @Test
    void aSeriesLeavesOutBankHolidaysAndSaysWhich() {
        // The first Friday of January 2027 is New Year's Day.
        PlannerService.Added added = planner.add(event("Information Highway Friday session", LocalDate.of(2027, 1, 1)),
                new Recurrence(Recurrence.Frequency.MONTHLY, 1, LocalDate.of(2027, 4, 30)));
        assertThat(added.events()).extracting(PlannerEvent::day)
                .containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 4, 2));
        assertThat(added.note()).isEqualTo("Left out 2027-01-01 (New Year's Day), a bank holiday.");
        assertThat(planner.events(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).isEmpty();
        // One event the user puts on a bank holiday is kept, with a note.
        PlannerService.Added one = planner.add(event("Briefing", LocalDate.of(2027, 5, 3)), null);
        assertThat(one.events()).hasSize(1);
        assertThat(one.note()).isEqualTo("2027-05-03 is a bank holiday (Early May bank holiday).");
        assertThat(planner.add(event("Briefing", LocalDate.of(2027, 5, 4)), null).note()).isEmpty();
    }

    @Test
    void editOneEventOrTheWholeSeriesAndPutItBack() {
        List<PlannerEvent> series = planner.add(event("Information Highway Friday session", LocalDate.of(2027, 2, 5)),
                new Recurrence(Recurrence.Frequency.MONTHLY, 1, LocalDate.of(2027, 4, 30))).events();
        PlannerEvent march = series.get(1);

        // This event only: moved to the Thursday with a new title; the others unchanged.
        PlannerEvent moved = new PlannerEvent(march.id(), "Information Highway: learning from Child Q", march.kind(),
                LocalDate.of(2027, 3, 4).atTime(12, 0), LocalDate.of(2027, 3, 4).atTime(13, 0), march.place(), march.audience(),
                march.organiser(), march.seriesId(), march.seriesRule());
        PlannerService.Change one = planner.edit(moved, false);
        assertThat(one.before()).containsExactly(march);
        assertThat(planner.event(march.id())).isEqualTo(moved);
        assertThat(planner.event(series.get(0).id())).isEqualTo(series.get(0));

        // The whole series: a new start time and place for every event, each keeping its date.
        PlannerEvent feb = series.get(0);
        PlannerEvent allOnline = new PlannerEvent(feb.id(), "Information Highway Friday session", feb.kind(), feb.day().atTime(13, 0),
                feb.day().atTime(14, 0), "Online (Zoom)", feb.audience(), feb.organiser(), feb.seriesId(), feb.seriesRule());
        PlannerService.Change all = planner.edit(allOnline, true);
        assertThat(all.after()).hasSize(3).allMatch(e -> e.starts().toLocalTime().equals(LocalTime.of(13, 0))
                && "Online (Zoom)".equals(e.place()) && e.seriesId().equals(feb.seriesId()));
        assertThat(all.after()).extracting(PlannerEvent::day)
                .containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 3, 4), LocalDate.of(2027, 4, 2));
        assertThat(planner.event(march.id()).title()).isEqualTo("Information Highway Friday session");

        // A whole series cannot be moved to another date in one go.
        PlannerEvent otherDay = new PlannerEvent(feb.id(), feb.title(), feb.kind(), feb.starts().plusDays(1), feb.ends().plusDays(1),
                feb.place(), feb.audience(), feb.organiser(), feb.seriesId(), feb.seriesRule());
        assertThatThrownBy(() -> planner.edit(otherDay, true)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("keeps its dates");

        // Undo of the series edit, then of the one-event edit: back to what was added.
        planner.putBack(all.before());
        assertThat(planner.event(march.id())).isEqualTo(moved);
        planner.putBack(one.before());
        assertThat(planner.events(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactlyElementsOf(series);
    }

    @Test
    void deleteOneEventOrTheWholeSeriesAndRestoreThemUnderTheirIds() {
        List<PlannerEvent> series = planner.add(event("Workshop", LocalDate.of(2027, 2, 3)),
                new Recurrence(Recurrence.Frequency.MONTHLY, 2, LocalDate.of(2027, 8, 31))).events();
        PlannerEvent single = planner.add(event("Learning event", LocalDate.of(2027, 3, 10)), null).events().get(0);
        LocalDate from = LocalDate.of(2027, 1, 1);
        LocalDate to = LocalDate.of(2027, 12, 31);
        assertThat(series).hasSize(4);

        assertThat(planner.delete(series.get(1).id(), false)).containsExactly(series.get(1));
        assertThat(planner.events(from, to)).hasSize(4).doesNotContain(series.get(1));
        planner.restore(List.of(series.get(1)));
        assertThat(planner.event(series.get(1).id())).isEqualTo(series.get(1));

        List<PlannerEvent> gone = planner.delete(series.get(2).id(), true);
        assertThat(gone).containsExactlyElementsOf(series);
        assertThat(planner.events(from, to)).containsExactly(single);
        planner.restore(gone);
        assertThat(planner.events(from, to)).hasSize(5).containsAll(series);

        // A single event's "whole series" is itself.
        assertThat(planner.delete(single.id(), true)).containsExactly(single);
        assertThatThrownBy(() -> planner.delete(single.id(), false)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("no event with id " + single.id());
        // A later add does not take a restored id.
        planner.restore(List.of(single));
        PlannerEvent later = planner.add(event("Later", LocalDate.of(2027, 9, 1)), null).events().get(0);
        assertThat(later.id()).isNotIn(series.stream().map(PlannerEvent::id).toList()).isNotEqualTo(single.id());
    }

    @Test
    void theDemoPlannerHasNothingOnABankHoliday() {
        try (Services demo = Services.open(dir.resolve("demo"), null)) {
            // January 2027 begins on a Friday that is New Year's Day: the demo's first Information Highway session.
            demo.demo().createDemo(0, LocalDate.of(2027, 1, 11));
            List<PlannerEvent> year = demo.planner().events(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
            assertThat(year).isNotEmpty().noneMatch(e -> BankHolidays.isBankHoliday(e.day()));
            List<PlannerEvent> highway = year.stream().filter(e -> e.kind() == EventKind.INFORMATION_HIGHWAY).toList();
            assertThat(highway.get(0).day()).isEqualTo(LocalDate.of(2027, 2, 5));
            assertThat(highway).hasSize(11).allMatch(e -> e.day().getDayOfWeek() == DayOfWeek.FRIDAY);
            assertThat(year).filteredOn(e -> e.kind() == EventKind.TRAINING || e.kind() == EventKind.LEARNING_EVENT)
                    .allMatch(e -> e.day().getDayOfWeek().getValue() <= 5);
        }
    }
}
