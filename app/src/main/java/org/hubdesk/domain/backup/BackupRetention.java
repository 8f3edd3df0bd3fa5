package org.hubdesk.domain.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which rolling backups to keep: the newest {@code lastN}, the newest of each day for
 * {@code days} days, and the newest of each month for {@code months} months. Everything else is
 * pruned. Pure: the dates in, the ones to keep out.
 */
public record BackupRetention(int lastN, int days, int months) {
    public static final BackupRetention STANDARD = new BackupRetention(10, 31, 12);

    public BackupRetention {
        if (lastN < 1 || days < 0 || months < 0) {
            throw new IllegalArgumentException("keep at least the newest backup");
        }
    }

    /** The backups (by when they were taken) to keep as of {@code now}; the rest may be deleted. */
    public Set<LocalDateTime> keep(List<LocalDateTime> taken, LocalDateTime now) {
        List<LocalDateTime> newestFirst = taken.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(lastN, newestFirst.size())));
        LocalDate firstDay = now.toLocalDate().minusDays(days - 1L);
        YearMonth firstMonth = YearMonth.from(now).minusMonths(months - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        Set<YearMonth> monthsSeen = new HashSet<>();
        for (LocalDateTime t : newestFirst) {
            LocalDate day = t.toLocalDate();
            if (days > 0 && !day.isBefore(firstDay) && daysSeen.add(day)) {
                keep.add(t);
            }
            YearMonth month = YearMonth.from(t);
            if (months > 0 && !month.isBefore(firstMonth) && monthsSeen.add(month)) {
                keep.add(t);
            }
        }
        return keep;
    }
}
