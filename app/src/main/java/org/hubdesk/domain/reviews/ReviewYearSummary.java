package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.PartnershipYear;

/**
 * A partnership year's case reviews as the board and the annual report count them: the reviews
 * received in the year by kind, and the statutory clocks that fell due in it met or missed.
 * A clock is counted once its day has passed (or it was done); one still running is not.
 */
public record ReviewYearSummary(List<CaseReview> reviews, Map<ReviewKind, Integer> byKind, Map<ClockKind, int[]> clocks) {

    /** @param end the last day counted: the year's end, or today while the year runs */
    public static ReviewYearSummary of(List<CaseReview> all, PartnershipYear year, LocalDate end) {
        List<CaseReview> inYear = all.stream().filter(r -> year.contains(r.received())).toList();
        Map<ReviewKind, Integer> byKind = new EnumMap<>(ReviewKind.class);
        Map<ClockKind, int[]> clocks = new EnumMap<>(ClockKind.class);
        for (CaseReview r : inYear) {
            byKind.merge(r.kind(), 1, Integer::sum);
            for (ReviewClock c : r.clocks()) {
                TrafficLight light = c.light(end);
                if (light == TrafficLight.MET || light == TrafficLight.MISSED || light == TrafficLight.RED) {
                    int[] counts = clocks.computeIfAbsent(c.kind(), k -> new int[2]);
                    counts[light == TrafficLight.MET ? 0 : 1]++;
                }
            }
        }
        return new ReviewYearSummary(inYear, byKind, clocks);
    }

    public int count(ReviewKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int met(ClockKind kind) {
        return clocks.getOrDefault(kind, new int[2])[0];
    }

    public int missed(ClockKind kind) {
        return clocks.getOrDefault(kind, new int[2])[1];
    }

    /** "3 of 4 National Panel notifications in time" style lines, one per clock that fell due. */
    public List<String> clockLines() {
        return clocks.entrySet().stream().map(e -> {
            int met = e.getValue()[0];
            int total = met + e.getValue()[1];
            return e.getKey().label() + " (" + e.getKey().allowance().inWords() + "): met " + met + " of " + total;
        }).toList();
    }
}
