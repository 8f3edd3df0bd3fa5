package org.hubdesk.domain.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.hub.TimelineLayout.Metrics;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    private static final Metrics M = new Metrics(100, 40, 200, 30, 20, 5, 0);
    private final List<Priority> priorities = List.of(new Priority(1, "Neglect", null, 2018), new Priority(2, "Online harm", null, 2018));
    private final List<HubCycle> cycles = List.of(
            HubCycle.standard(1, YearMonth.of(2018, 10), PhaseLengths.ONE_MONTH_EACH).withId(10),
            HubCycle.standard(2, YearMonth.of(2019, 1), PhaseLengths.ONE_MONTH_EACH).withId(11));

    @Test
    void barsSitInTheirMonthColumnsAndTheirPrioritysRow() {
        TimelineLayout layout = TimelineLayout.compute("t", priorities, cycles, YearMonth.of(2018, 10), YearMonth.of(2019, 4),
                LocalDate.of(2019, 2, 15), List.of(), M);
        assertThat(layout.months()).hasSize(7);
        assertThat(layout.rows()).extracting(TimelineLayout.Row::label).containsExactly("Neglect", "Online harm");
        TimelineLayout.Bar p2Scoping = layout.bars().stream().filter(b -> b.cycleId() == 11 && b.kind() == PhaseKind.SCOPING)
                .findFirst().orElseThrow();
        TimelineLayout.Bar p1Final = layout.bars().stream().filter(b -> b.cycleId() == 10 && b.kind() == PhaseKind.RECOMMENDATIONS)
                .findFirst().orElseThrow();
        // January 2019 is the fourth column; both bars are in it, one row apart.
        assertThat(p2Scoping.x()).isEqualTo(200 + 3 * 100 + 1);
        assertThat(p1Final.x()).isEqualTo(p2Scoping.x());
        assertThat(p2Scoping.y() - p1Final.y()).isEqualTo(40);
        assertThat(layout.years()).extracting(TimelineLayout.YearBand::label).containsExactly("2018", "2019");
        assertThat(layout.years().get(0).width()).isEqualTo(300);
        // 15 February: the 5th column, 14/28 of the way across.
        assertThat(layout.todayX()).isEqualTo(200 + 4 * 100 + 50.0);
    }

    @Test
    void phasesOutsideTheWindowAreClippedOrLeftOut() {
        TimelineLayout layout = TimelineLayout.compute("t", priorities, cycles, YearMonth.of(2019, 1), YearMonth.of(2019, 2),
                LocalDate.of(2030, 1, 1), List.of(), M);
        assertThat(layout.bars()).extracting(b -> b.cycleId() + ":" + b.kind().shortLabel())
                .containsExactlyInAnyOrder("10:Recommendations", "11:Scoping", "11:Audits");
        assertThat(layout.todayX()).isNull();
        assertThat(layout.barAt(200 + 150, M.headerHeight() + 40 + 20)).map(TimelineLayout.Bar::kind).contains(PhaseKind.AUDITS);
    }

    @Test
    void meetingMarkersFallOnTheirDay() {
        TimelineLayout layout = TimelineLayout.compute("t", priorities, cycles, YearMonth.of(2018, 10), YearMonth.of(2018, 12),
                null, List.of(new TimelineLayout.Marker(LocalDate.of(2018, 11, 1), 0, "Hub meeting"),
                        new TimelineLayout.Marker(LocalDate.of(2019, 11, 1), 0, "Outside")), M);
        assertThat(layout.markers()).singleElement().satisfies(m -> assertThat(m.x()).isEqualTo(300));
    }

    @Test
    void thePictureLegendExplainsTheMeetingMarkerOnlyWhenThereAreMarkers() {
        TimelineLayout.Metrics picture = TimelineLayout.Metrics.PICTURE;
        TimelineLayout with = TimelineLayout.compute("t", priorities, cycles, YearMonth.of(2018, 10), YearMonth.of(2018, 12),
                null, List.of(new TimelineLayout.Marker(LocalDate.of(2018, 11, 7), 0, "Hub meeting")), picture);
        assertThat(with.legend()).extracting(TimelineLayout.LegendItem::label).endsWith(TimelineLayout.MARKER_LEGEND);
        assertThat(with.legend()).filteredOn(TimelineLayout.LegendItem::meetingMarker).singleElement()
                .satisfies(item -> assertThat(item.rgb()).isEqualTo(TimelineLayout.MARKER_RGB));
        assertThat(with.legend()).allSatisfy(item -> assertThat(item.x()).isLessThan(with.width()));
        TimelineLayout without = TimelineLayout.compute("t", priorities, cycles, YearMonth.of(2018, 10), YearMonth.of(2018, 12),
                null, List.of(new TimelineLayout.Marker(LocalDate.of(2019, 11, 6), 0, "Outside")), picture);
        assertThat(without.legend()).extracting(TimelineLayout.LegendItem::label).doesNotContain(TimelineLayout.MARKER_LEGEND)
                .hasSize(PhaseKind.values().length);
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> TimelineLayout.compute("t", priorities, cycles, YearMonth.of(2019, 5), YearMonth.of(2019, 1),
                null, List.of(), M)).hasMessage("The timeline ends (2019-01) before it starts (2019-05)");
    }
}
