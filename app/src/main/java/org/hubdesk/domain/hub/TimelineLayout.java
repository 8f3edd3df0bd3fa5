package org.hubdesk.domain.hub;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.UserInputException;

/**
 * Where everything on a timeline goes, in plain numbers: months across, one row per priority,
 * phases as bars, a today line and meeting markers. Computed once here and drawn by the screen
 * (JavaFX), the PNG (Java2D) and the PDF alike, so the three never disagree.
 */
public record TimelineLayout(String title, YearMonth from, YearMonth to, Metrics metrics, double width, double height,
                             List<YearBand> years, List<MonthColumn> months, List<Row> rows, List<Bar> bars,
                             Double todayX, List<Marker> markers, List<LegendItem> legend) {

    /** Sizes in pixels (screen, PNG) or points (PDF). */
    public record Metrics(double monthWidth, double rowHeight, double labelWidth, double titleHeight, double bandHeight,
                          double barInset, double legendHeight) {
        public static final Metrics PICTURE = new Metrics(112, 46, 300, 44, 24, 7, 40);
        public static final Metrics SCREEN = new Metrics(80, 44, 260, 0, 22, 7, 0);

        public Metrics {
            if (monthWidth < 3 || rowHeight < 10) {
                throw new UserInputException("A month must be at least 3 wide and a row at least 10 high");
            }
        }

        public Metrics withMonthWidth(double w) {
            return new Metrics(w, rowHeight, labelWidth, titleHeight, bandHeight, barInset, legendHeight);
        }

        public Metrics withRowHeight(double h) {
            return new Metrics(monthWidth, h, labelWidth, titleHeight, bandHeight, barInset, legendHeight);
        }

        public Metrics withLabelWidth(double w) {
            return new Metrics(monthWidth, rowHeight, w, titleHeight, bandHeight, barInset, legendHeight);
        }

        /** Metrics that fill a given area (a PDF page) with this many months and rows. */
        public Metrics fitting(double width, double height, int monthCount, int rowCount) {
            double label = Math.min(labelWidth, width * 0.26);
            double month = Math.max(3, (width - label - 12) / Math.max(1, monthCount));
            double row = Math.max(10, Math.min(64, (height - headerHeight() - legendHeight - 8) / Math.max(1, rowCount)));
            return new Metrics(month, row, label, titleHeight, bandHeight, barInset, legendHeight);
        }

        public double headerHeight() {
            return titleHeight + 2 * bandHeight;
        }
    }

    public record YearBand(double x, double width, String label) {
    }

    public record MonthColumn(YearMonth month, double x, double width, String label) {
    }

    public record Row(long priorityId, String label, double y, double height) {
    }

    public record Bar(long cycleId, long phaseId, PhaseKind kind, int phaseIndex, double x, double y, double width,
                      double height, String label, String shortLabel, int rgb, ActivityStatus status,
                      YearMonth firstMonth, YearMonth lastMonth) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    public record Marker(LocalDate date, double x, String label) {
    }

    /** A phase colour, or (kind null) the meeting marker's sign. */
    public record LegendItem(PhaseKind kind, double x, double y, String label, int rgb) {
        public boolean meetingMarker() {
            return kind == null;
        }
    }

    /** The hub meetings' markers: one colour on every timeline, and their line in the legend. */
    public static final int MARKER_RGB = 0x1F2933;
    public static final String MARKER_LEGEND = "Learning Hub meeting";

    public TimelineLayout {
        years = List.copyOf(years);
        months = List.copyOf(months);
        rows = List.copyOf(rows);
        bars = List.copyOf(bars);
        markers = List.copyOf(markers);
        legend = List.copyOf(legend);
    }

    /** Longest window a timeline draws; beyond it a typo in a year is more likely than a plan. */
    public static final int MAX_MONTHS = 12 * 30;

    public static TimelineLayout compute(String title, List<Priority> priorities, List<HubCycle> cycles, YearMonth from,
                                         YearMonth to, LocalDate today, List<Marker> meetings, Metrics m) {
        if (from == null || to == null) {
            throw new UserInputException("A timeline needs a first and a last month");
        }
        if (to.isBefore(from)) {
            throw new UserInputException("The timeline ends (" + to + ") before it starts (" + from + ")");
        }
        long span = from.until(to, ChronoUnit.MONTHS) + 1;
        if (span > MAX_MONTHS) {
            throw new UserInputException("A timeline of " + span + " months is too long; show at most " + MAX_MONTHS / 12 + " years");
        }
        int count = (int) span;
        double left = m.labelWidth();
        double top = m.headerHeight();

        List<YearBand> years = new ArrayList<>();
        List<MonthColumn> months = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            YearMonth month = from.plusMonths(i);
            double x = left + i * m.monthWidth();
            String label = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            months.add(new MonthColumn(month, x, m.monthWidth(), m.monthWidth() < 30 ? label.substring(0, 1) : label));
            if (i == 0 || month.getMonthValue() == 1) {
                int monthsLeftInYear = Math.min(13 - month.getMonthValue(), count - i);
                years.add(new YearBand(x, monthsLeftInYear * m.monthWidth(), Integer.toString(month.getYear())));
            }
        }

        Map<Long, Priority> byId = priorities.stream().collect(Collectors.toMap(Priority::id, Function.identity(), (a, b) -> a));
        List<HubCycle> visible = cycles.stream()
                .filter(c -> !c.lastMonth().isBefore(from) && !c.firstMonth().isAfter(to))
                .sorted(HubCycle.BY_START)
                .toList();
        Map<Long, Row> rowsByPriority = new LinkedHashMap<>();
        for (HubCycle cycle : visible) {
            rowsByPriority.computeIfAbsent(cycle.priorityId(), id -> {
                Priority p = byId.get(id);
                return new Row(id, p == null ? "Priority " + id : p.title(), top + rowsByPriority.size() * m.rowHeight(), m.rowHeight());
            });
        }

        List<Bar> bars = new ArrayList<>();
        for (HubCycle cycle : visible) {
            Row row = rowsByPriority.get(cycle.priorityId());
            for (int i = 0; i < cycle.phases().size(); i++) {
                HubPhase phase = cycle.phases().get(i);
                if (phase.lastMonth().isBefore(from) || phase.firstMonth().isAfter(to)) {
                    continue;
                }
                YearMonth first = phase.firstMonth().isBefore(from) ? from : phase.firstMonth();
                YearMonth last = phase.lastMonth().isAfter(to) ? to : phase.lastMonth();
                double x = left + from.until(first, ChronoUnit.MONTHS) * m.monthWidth() + 1;
                double w = (first.until(last, ChronoUnit.MONTHS) + 1) * m.monthWidth() - 2;
                bars.add(new Bar(cycle.id(), phase.id(), phase.kind(), i, x, row.y() + m.barInset(), w,
                        row.height() - 2 * m.barInset(), phase.kind().label(), phase.kind().shortLabel(), phase.kind().rgb(),
                        phase.status(), phase.firstMonth(), phase.lastMonth()));
            }
        }

        double gridBottom = top + Math.max(1, rowsByPriority.size()) * m.rowHeight();
        Double todayX = null;
        if (today != null && !YearMonth.from(today).isBefore(from) && !YearMonth.from(today).isAfter(to)) {
            todayX = xOf(today, from, m);
        }
        List<Marker> markers = new ArrayList<>();
        for (Marker meeting : meetings == null ? List.<Marker>of() : meetings) {
            YearMonth ym = YearMonth.from(meeting.date());
            if (!ym.isBefore(from) && !ym.isAfter(to)) {
                markers.add(new Marker(meeting.date(), xOf(meeting.date(), from, m), meeting.label()));
            }
        }
        List<LegendItem> legend = new ArrayList<>();
        double gridRight = left + count * m.monthWidth();
        double legendBottom = gridBottom;
        if (m.legendHeight() > 0) {
            // Label widths are estimated (no fonts here): about 6 units a character at the legend's size.
            double x = 10;
            double y = gridBottom + m.legendHeight() / 2;
            List<LegendItem> items = new ArrayList<>();
            for (PhaseKind kind : PhaseKind.values()) {
                items.add(new LegendItem(kind, 0, 0, kind.label(), kind.rgb()));
            }
            if (!markers.isEmpty()) {
                items.add(new LegendItem(null, 0, 0, MARKER_LEGEND, MARKER_RGB));
            }
            for (LegendItem item : items) {
                double itemWidth = item.label().length() * 6.0 + 44;
                if (x > 10 && x + itemWidth > gridRight) {
                    x = 10;
                    y += 18;
                }
                legend.add(new LegendItem(item.kind(), x, y, item.label(), item.rgb()));
                x += itemWidth;
            }
            legendBottom = y + m.legendHeight() / 2;
        }
        return new TimelineLayout(title, from, to, m, gridRight + 12, legendBottom + 8,
                years, months, List.copyOf(rowsByPriority.values()), bars, todayX, markers, legend);
    }

    /** A day's position: its month's column plus the fraction of the month gone. */
    public static double xOf(LocalDate day, YearMonth from, Metrics m) {
        long monthIndex = from.until(YearMonth.from(day), ChronoUnit.MONTHS);
        double fraction = (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth();
        return m.labelWidth() + (monthIndex + fraction) * m.monthWidth();
    }

    public double gridTop() {
        return metrics.headerHeight();
    }

    public double gridBottom() {
        return metrics.headerHeight() + Math.max(1, rows.size()) * metrics.rowHeight();
    }

    /** Whole months between two x positions, as a drag moves a bar. */
    public long monthsBetween(double fromX, double toX) {
        return Math.round((toX - fromX) / metrics.monthWidth());
    }

    public java.util.Optional<Bar> barAt(double x, double y) {
        return bars.stream().filter(b -> b.contains(x, y)).findFirst();
    }
}
