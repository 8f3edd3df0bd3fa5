package org.hubdesk.domain.assurance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reporting by exception (seed 002 section 8): a quarter's figure is flagged when it is on the
 * wrong side of the indicator's target, or when it is more than {@link #TOLERANCE} away from the
 * average of the four quarters before it (in the worse direction; either direction for an
 * indicator where neither is better). The README states the same rule.
 */
public record PerformanceException(Indicator indicator, IndicatorValue value, Reason reason, double comparedWith, String text) {
    public static final double TOLERANCE = 0.20;

    public enum Reason { TARGET, TREND }

    /** The exceptions of one quarter of one indicator, given all its values (any order). */
    public static List<PerformanceException> of(Indicator indicator, List<IndicatorValue> values, Quarter quarter) {
        List<IndicatorValue> sorted = values.stream().sorted(Comparator.comparing(IndicatorValue::quarter)).toList();
        Optional<IndicatorValue> now = sorted.stream().filter(v -> v.quarter().equals(quarter)).findFirst();
        if (now.isEmpty()) {
            return List.of();
        }
        IndicatorValue v = now.get();
        List<PerformanceException> found = new ArrayList<>();
        Polarity p = indicator.polarity();
        Double target = indicator.target();
        if (target != null && p != Polarity.NEITHER) {
            boolean missed = p == Polarity.HIGHER_IS_BETTER ? v.value() < target : v.value() > target;
            if (missed) {
                found.add(new PerformanceException(indicator, v, Reason.TARGET, target, indicator.format(v.value())
                        + (p == Polarity.HIGHER_IS_BETTER ? " is below" : " is above") + " the target of " + indicator.format(target)));
            }
        }
        List<IndicatorValue> before = sorted.stream().filter(x -> x.quarter().compareTo(quarter) < 0).toList();
        if (before.size() >= 4) {
            double mean = before.subList(before.size() - 4, before.size()).stream().mapToDouble(IndicatorValue::value).average().orElse(0);
            if (mean != 0) {
                double change = (v.value() - mean) / Math.abs(mean);
                boolean worse = switch (p) {
                    case HIGHER_IS_BETTER -> change < -TOLERANCE;
                    case LOWER_IS_BETTER -> change > TOLERANCE;
                    case NEITHER -> Math.abs(change) > TOLERANCE;
                };
                if (worse) {
                    found.add(new PerformanceException(indicator, v, Reason.TREND, mean, indicator.format(v.value()) + " is "
                            + Math.round(Math.abs(change) * 100) + "% " + (change > 0 ? "above" : "below")
                            + " the average of the last four quarters (" + indicator.format(Math.round(mean * 10) / 10.0) + ")"));
                }
            }
        }
        return found;
    }
}
