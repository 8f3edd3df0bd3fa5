package org.hubdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {
    private static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    // The published England and Wales lists for these years; the rules must reproduce them exactly.
    @Test
    void rulesReproduceThePublishedListsIncludingSubstituteDays() {
        assertThat(BankHolidays.datesInYear(2019)).containsExactlyElementsOf(dates("2019-01-01", "2019-04-19", "2019-04-22",
                "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"));
        assertThat(BankHolidays.datesInYear(2020)).containsExactlyElementsOf(dates("2020-01-01", "2020-04-10", "2020-04-13",
                "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"));
        assertThat(BankHolidays.datesInYear(2021)).containsExactlyElementsOf(dates("2021-01-01", "2021-04-02", "2021-04-05",
                "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"));
        assertThat(BankHolidays.datesInYear(2022)).containsExactlyElementsOf(dates("2022-01-03", "2022-04-15", "2022-04-18",
                "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
        assertThat(BankHolidays.datesInYear(2023)).containsExactlyElementsOf(dates("2023-01-02", "2023-04-07", "2023-04-10",
                "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"));
        assertThat(BankHolidays.datesInYear(2026)).containsExactlyElementsOf(dates("2026-01-01", "2026-04-03", "2026-04-06",
                "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"));
        assertThat(BankHolidays.datesInYear(2027)).containsExactlyElementsOf(dates("2027-01-01", "2027-03-26", "2027-03-29",
                "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"));
    }

    @Test
    void substituteDaysKeepTheRightNames() {
        // 2022: Christmas on a Sunday, Boxing Day on the Monday, Christmas substitute on the Tuesday.
        assertThat(BankHolidays.inYear(2022).get(LocalDate.of(2022, 12, 26))).isEqualTo("Boxing Day");
        assertThat(BankHolidays.inYear(2022).get(LocalDate.of(2022, 12, 27))).isEqualTo("Christmas Day (substitute day)");
        assertThat(BankHolidays.inYear(2022).get(LocalDate.of(2022, 1, 3))).isEqualTo("New Year's Day");
    }

    @ParameterizedTest
    @CsvSource({"2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2038,2038-04-25", "2285,2285-03-22", "1818,1818-03-22"})
    void easterByTheComputus(int year, LocalDate easter) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void yearsFarAheadStillHaveTheirHolidays() {
        // No list that "ends next year": every year has its eight rule-made holidays.
        for (int year = 2024; year <= 2080; year++) {
            assertThat(BankHolidays.inYear(year)).as("year %d", year).hasSize(8);
            assertThat(BankHolidays.inYear(year).keySet()).allSatisfy(d -> assertThat(BankHolidays.isWeekend(d)).isFalse());
        }
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        assertThat(WorkingDayCalendar.isWorkingDay(LocalDate.of(2019, 4, 19))).isFalse();
        assertThat(WorkingDayCalendar.isWorkingDay(LocalDate.of(2019, 4, 20))).isFalse();
        assertThat(WorkingDayCalendar.isWorkingDay(LocalDate.of(2019, 4, 23))).isTrue();
        assertThat(WorkingDayCalendar.workingDaysAfter(LocalDate.of(2020, 12, 24), 1)).isEqualTo(LocalDate.of(2020, 12, 29));
        assertThat(WorkingDayCalendar.workingDaysBefore(LocalDate.of(2020, 12, 29), 1)).isEqualTo(LocalDate.of(2020, 12, 24));
        assertThat(WorkingDayCalendar.onOrBefore(LocalDate.of(2025, 12, 26))).isEqualTo(LocalDate.of(2025, 12, 24));
    }
}
