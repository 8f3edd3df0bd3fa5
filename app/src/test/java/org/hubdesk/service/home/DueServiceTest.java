package org.hubdesk.service.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueKind;
import org.hubdesk.domain.home.DueList;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo partnership's week, as Home and {@code hubdesk due} show it. */
class DueServiceTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    static Path dir;
    static Services services;

    @BeforeAll
    static void demo() {
        services = TestStores.openDemo(dir, 0, TODAY);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void theDemosWeekHasSomethingFromEveryArea() {
        List<DueItem> due = services.due().due(TODAY, DueList.DEFAULT_WITHIN_DAYS);
        assertThat(due).isSortedAccordingTo(DueList.ORDER);
        assertThat(due).extracting(DueItem::kind).contains(DueKind.ACTION, DueKind.CLOCK, DueKind.MEETING, DueKind.TERMS);
        assertThat(due).filteredOn(i -> i.kind() != DueKind.MEETING && !i.overdue())
                .allSatisfy(i -> assertThat(i.date()).isBetween(TODAY, TODAY.plusDays(7)));
        assertThat(due).filteredOn(DueItem::overdue).allSatisfy(i -> assertThat(i.text()).startsWith("overdue: "));
        // Each group's next meeting, once, with its quoracy.
        assertThat(due).filteredOn(i -> i.kind() == DueKind.MEETING).extracting(DueItem::text)
                .anyMatch(t -> t.startsWith("Next meeting of Learning Hub at 14:00 – "))
                .anyMatch(t -> t.startsWith("Next meeting of Multi-Agency Learning Forum at 10:00 – "))
                .allMatch(t -> t.contains("quora"));
        assertThat(due).filteredOn(i -> i.kind() == DueKind.MEETING).extracting(DueItem::text)
                .filteredOn(t -> t.contains("Learning Hub at")).hasSize(1);
        assertThat(due).filteredOn(i -> i.kind() == DueKind.ACTION).extracting(DueItem::text).allMatch(t -> t.contains("owner "));
        assertThat(due).filteredOn(i -> i.kind() == DueKind.TERMS).extracting(DueItem::text)
                .containsExactly("Terms of reference of Learning Hub due for review");
    }

    @Test
    void aLongerLookAheadOnlyAddsItems() {
        List<DueItem> week = services.due().due(TODAY, 7);
        List<DueItem> month = services.due().due(TODAY, 31);
        assertThat(month).containsAll(week);
        assertThat(month.size()).isGreaterThan(week.size());
        assertThat(month).extracting(DueItem::kind).contains(DueKind.PAPERS);
    }
}
