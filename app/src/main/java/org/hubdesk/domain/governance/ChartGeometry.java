package org.hubdesk.domain.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.members.Group;

/**
 * The one layout rule of the governance chart, in points: where each group's box sits, the path
 * of each "reports to" line and what each box says. The screen places its buttons with it and the
 * report's picture draws with it, so both show the same chart.
 */
public final class ChartGeometry {
    public static final double BOX_WIDTH = 210;
    public static final double BOX_HEIGHT = 92;
    public static final double SLOT = 232;
    public static final double LEVEL = 130;
    public static final double MARGIN = 20;

    private ChartGeometry() {
    }

    public static double left(GovernanceChart.Box b) {
        return MARGIN + b.x() * SLOT - BOX_WIDTH / 2;
    }

    public static double top(GovernanceChart.Box b) {
        return MARGIN + b.level() * LEVEL;
    }

    public static double width(GovernanceChart chart) {
        return MARGIN * 2 + Math.max(1, chart.slots()) * SLOT;
    }

    public static double height(GovernanceChart chart) {
        return MARGIN * 2 + Math.max(0, chart.levels() - 1) * LEVEL + BOX_HEIGHT;
    }

    /** A link's elbow line from the top of the reporting group's box to the bottom of the box above: x1, y1, x2, y2, ... */
    public static double[] path(GovernanceChart chart, GovernanceChart.Link link) {
        GovernanceChart.Box from = chart.box(link.from());
        GovernanceChart.Box to = chart.box(link.to());
        double x1 = left(from) + BOX_WIDTH / 2;
        double y1 = top(from);
        double x2 = left(to) + BOX_WIDTH / 2;
        double y2 = top(to) + BOX_HEIGHT;
        double mid = (y1 + y2) / 2;
        return new double[] {x1, y1, x1, mid, x2, mid, x2, y2};
    }

    /** What a box says: the group's name; its kind and how often it meets; its terms' review. */
    public static List<String> lines(Group g, LocalDate today) {
        List<String> out = new ArrayList<>();
        out.add(g.name());
        String kind = g.kind().label().equalsIgnoreCase(g.name()) ? "" : g.kind().label();
        String meets = g.meetingFrequency() == null ? "" : "meets " + g.meetingFrequency().toLowerCase(Locale.ROOT);
        String second = kind.isEmpty() ? meets : meets.isEmpty() ? kind : kind + " · " + meets;
        if (!second.isEmpty()) {
            out.add(second);
        }
        out.add(reviewText(g, today));
        return out;
    }

    /** Whether the box shows an overdue review (it also says so in words: colour is never the only signal). */
    public static boolean overdue(Group g, LocalDate today) {
        return g.termsReviewDate() != null && g.termsReviewDate().isBefore(today);
    }

    public static String reviewText(Group g, LocalDate today) {
        if (g.termsReviewDate() == null) {
            return "no review date set";
        }
        return overdue(g, today) ? "terms review overdue since " + g.termsReviewDate() : "terms review due " + g.termsReviewDate();
    }

    /** The chart in words, one sentence a group, sorted: for a screen reader, a report's text and a picture's alt text. */
    public static List<String> sentences(GovernanceChart chart) {
        List<String> out = new ArrayList<>();
        for (GovernanceChart.Box b : chart.boxes()) {
            Group g = b.group();
            GovernanceChart.Box upBox = g.reportsToGroupId() == null ? null : chart.box(g.reportsToGroupId());
            out.add(upBox == null ? g.name() + " reports to no other group here."
                    : g.name() + " reports to the " + upBox.group().name() + ".");
        }
        return out.stream().sorted().toList();
    }
}
