package org.hubdesk.domain.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    @Test
    void monthlySeriesKeepTheWeekdayOfTheMonth() {
        // The first Friday of each month: Information Highway Friday sessions.
        Recurrence monthly = new Recurrence(Recurrence.Frequency.MONTHLY, 1, LocalDate.of(2027, 4, 30));
        assertThat(monthly.dates(LocalDate.of(2027, 1, 1))).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 3, 5), LocalDate.of(2027, 4, 2));
        assertThat(monthly.describe(LocalDate.of(2027, 1, 1))).isEqualTo("every month on the first Friday, until 2027-04-30");
        // Every two months on the last Wednesday (a workshop every 2-3 months).
        Recurrence twoMonthly = new Recurrence(Recurrence.Frequency.MONTHLY, 2, LocalDate.of(2027, 7, 31));
        assertThat(twoMonthly.dates(LocalDate.of(2027, 1, 27))).containsExactly(LocalDate.of(2027, 1, 27), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 5, 26), LocalDate.of(2027, 7, 28));
        assertThat(twoMonthly.describe(LocalDate.of(2027, 1, 27))).startsWith("every 2 months on the last Wednesday");
    }

    @Test
    void weeklyAndYearlySeries() {
        assertThat(new Recurrence(Recurrence.Frequency.WEEKLY, 2, LocalDate.of(2027, 2, 1)).dates(LocalDate.of(2027, 1, 4)))
                .containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 1));
        // The yearly joint development day: the first Saturday of July.
        assertThat(new Recurrence(Recurrence.Frequency.YEARLY, 1, LocalDate.of(2029, 12, 31)).dates(LocalDate.of(2027, 7, 3)))
                .containsExactly(LocalDate.of(2027, 7, 3), LocalDate.of(2028, 7, 1), LocalDate.of(2029, 7, 7));
    }

    @Test
    void badRulesAreRefusedWithAReason() {
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 0, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("every 1 to 12");
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 1, LocalDate.of(2027, 1, 1)).dates(LocalDate.of(2027, 2, 1)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("before its first date");
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 1, LocalDate.of(2040, 1, 1)).dates(LocalDate.of(2027, 1, 1)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("more than 200");
        assertThatThrownBy(() -> Recurrence.parseFrequency("fortnightly")).hasMessageContaining("weekly, monthly or yearly");
        assertThat(EventKind.parse("learning-event")).isEqualTo(EventKind.LEARNING_EVENT);
        assertThat(EventKind.parse("Information Highway session")).isEqualTo(EventKind.INFORMATION_HIGHWAY);
    }

    @Test
    void aMonthIsLaidOutInWholeWeeksFromMonday() {
        PlannerEvent talk = new PlannerEvent(0, "Talk", EventKind.LEARNING_EVENT, LocalDate.of(2027, 3, 5).atTime(12, 30),
                LocalDate.of(2027, 3, 5).atTime(13, 30), null, null, null, null, null);
        PlannerMonth march = PlannerMonth.of(YearMonth.of(2027, 3), List.of(talk));
        assertThat(march.weeks()).hasSize(5);
        assertThat(march.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(march.weeks().get(0).get(4).events()).containsExactly(talk);
        assertThat(march.weeks().get(4).get(6).date()).isEqualTo(LocalDate.of(2027, 4, 4));
        assertThat(march.weeks().get(4).get(6).inMonth()).isFalse();
        assertThatThrownBy(() -> new PlannerEvent(0, "Late", null, talk.starts(), talk.starts(), null, null, null, null, null))
                .hasMessageContaining("must end after it starts");
    }

    @Test
    void workingDatesLeaveOutBankHolidaysAndNameThem() {
        // The first Friday of January 2027 is New Year's Day; the last Monday of May 2027 the spring bank holiday.
        Recurrence.Occurrences fridays = new Recurrence(Recurrence.Frequency.MONTHLY, 1, LocalDate.of(2027, 3, 31))
                .workingDates(LocalDate.of(2027, 1, 1));
        assertThat(fridays.dates()).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 3, 5));
        assertThat(fridays.skipped()).containsOnlyKeys(LocalDate.of(2027, 1, 1));
        assertThat(fridays.note()).isEqualTo("Left out 2027-01-01 (New Year's Day), a bank holiday.");
        Recurrence.Occurrences mondays = new Recurrence(Recurrence.Frequency.WEEKLY, 1, LocalDate.of(2027, 6, 7))
                .workingDates(LocalDate.of(2027, 5, 24));
        assertThat(mondays.dates()).containsExactly(LocalDate.of(2027, 5, 24), LocalDate.of(2027, 6, 7));
        assertThat(mondays.note()).isEqualTo("Left out 2027-05-31 (Spring bank holiday), a bank holiday.");
        assertThat(new Recurrence(Recurrence.Frequency.WEEKLY, 1, LocalDate.of(2027, 2, 1)).workingDates(LocalDate.of(2027, 1, 4))
                .note()).isEmpty();
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.YEARLY, 1, LocalDate.of(2028, 1, 1))
                .workingDates(LocalDate.of(2027, 12, 27))).isInstanceOf(UserInputException.class).hasMessageContaining("bank holiday");
    }
}
