package org.hubdesk.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 15, 17, 0);

    @Test
    void keepsTheLastTenThenOneADayForAMonthThenOneAMonthForAYear() {
        List<LocalDateTime> taken = new ArrayList<>();
        // Four backups a day (09:00, 11:00, 13:00, 15:00) for two years up to today.
        for (LocalDateTime day = NOW.minusYears(2).withHour(9); !day.isAfter(NOW); day = day.plusDays(1)) {
            for (int h = 0; h < 4; h++) {
                LocalDateTime t = day.plusHours(2L * h);
                if (!t.isAfter(NOW)) {
                    taken.add(t);
                }
            }
        }
        Set<LocalDateTime> keep = BackupRetention.STANDARD.keep(taken, NOW);

        List<LocalDateTime> newest = taken.stream().sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
        assertThat(keep).containsAll(newest);
        // One a day: the last (15:00) of each of the 31 days up to today.
        for (int d = 0; d < 31; d++) {
            assertThat(keep).contains(NOW.toLocalDate().minusDays(d).atTime(15, 0));
        }
        assertThat(keep).doesNotContain(NOW.toLocalDate().minusDays(20).atTime(9, 0));
        // One a month for twelve months: the month's newest, i.e. its last day at 15:00.
        assertThat(keep).contains(LocalDateTime.of(2026, 4, 30, 15, 0), LocalDateTime.of(2026, 12, 31, 15, 0));
        assertThat(keep).doesNotContain(LocalDateTime.of(2026, 3, 31, 15, 0), LocalDateTime.of(2026, 12, 30, 15, 0));
        // 10 newest (over 3 days), 31 days (3 of them already among the newest), 12 months (March's is today's and
        // February's, the 28th, is among the days): no more.
        assertThat(keep).hasSize(10 + 31 - 3 + 12 - 2);
    }

    @Test
    void fewBackupsAreAllKeptAndOldOnesBeyondAYearGoUnlessAmongTheNewest() {
        List<LocalDateTime> taken = List.of(NOW.minusYears(3), NOW.minusYears(2), NOW.minusDays(1));
        assertThat(BackupRetention.STANDARD.keep(taken, NOW)).containsExactlyInAnyOrderElementsOf(taken);
        BackupRetention two = new BackupRetention(2, 0, 0);
        assertThat(two.keep(taken, NOW)).containsExactlyInAnyOrder(NOW.minusDays(1), NOW.minusYears(2));
        BackupRetention one = new BackupRetention(1, 31, 12);
        assertThat(one.keep(taken, NOW)).containsExactly(NOW.minusDays(1));
    }
}
