package org.hubdesk.domain.home;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;

/**
 * What "needs me this week" means: everything overdue, everything due from today to
 * {@code within} days ahead, and the next meeting of each group however far off it is (so the
 * business manager always sees it and its quoracy risk). Sorted by day, then kind, then text.
 */
public final class DueList {
    /** Home and {@code hubdesk due} look a week ahead unless told otherwise. */
    public static final int DEFAULT_WITHIN_DAYS = 7;
    public static final int MAX_WITHIN_DAYS = 366;

    public static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::date)
            .thenComparing(DueItem::kind).thenComparing(DueItem::text);

    private DueList() {
    }

    public static List<DueItem> select(Collection<DueItem> items, LocalDate today, int withinDays) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new UserInputException("Look between 0 and " + MAX_WITHIN_DAYS + " days ahead, not " + withinDays);
        }
        LocalDate last = today.plusDays(withinDays);
        return items.stream()
                .filter(i -> i.kind() == DueKind.MEETING || i.overdue() || !i.date().isAfter(last))
                .sorted(ORDER).toList();
    }

    /** The items under Home's headings, in {@link DueKind} order, each heading only if it has items. */
    public static Map<DueKind, List<DueItem>> grouped(List<DueItem> selected) {
        Map<DueKind, List<DueItem>> out = new LinkedHashMap<>();
        for (DueKind kind : DueKind.values()) {
            List<DueItem> of = selected.stream().filter(i -> i.kind() == kind).sorted(ORDER).toList();
            if (!of.isEmpty()) {
                out.put(kind, of);
            }
        }
        return out;
    }
}
