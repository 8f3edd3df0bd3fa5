package org.hubdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartnershipYearTest {
    @Test
    void anAprilYearRunsFromAprilToMarchAndIsNamedByItsFirstYear() {
        PartnershipYear year = PartnershipYear.containing(LocalDate.of(2026, 2, 10), 4);
        assertThat(year.startYear()).isEqualTo(2025);
        assertThat(year.label()).isEqualTo("2025-26");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year.span()).isEqualTo("1 April 2025 to 31 March 2026");
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(PartnershipYear.containing(LocalDate.of(2026, 4, 1), 4)).isEqualTo(year.next());
    }

    @Test
    void aCalendarYearIsNamedByItsYear() {
        assertThat(PartnershipYear.containing(LocalDate.of(2026, 12, 31), 1).label()).isEqualTo("2026");
        assertThat(new PartnershipYear(1999, 9).label()).isEqualTo("1999-00");
    }

    @Test
    void aStartMonthOutsideTheCalendarIsRefused() {
        assertThatThrownBy(() -> new PartnershipYear(2025, 13)).hasMessageContaining("1 to 12");
    }
}
