package org.hubdesk.service.assurance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.hubdesk.domain.assurance.PerformanceException;
import org.hubdesk.domain.assurance.Quarter;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;

/**
 * The Performance group's quarterly data for a partnership year, reported by exception (seed 002
 * section 8): the exceptions first, then each theme's indicators with their quarters' figures and
 * commentary and a trend chart of the last eight quarters.
 */
public final class PerformanceReport extends CatalogueReport {
    public PerformanceReport() {
        super("performance", "Multi-agency performance data",
                "A year's quarterly multi-agency dataset by theme, with a trend chart per indicator and the exceptions against "
                + "targets or the last four quarters.", ReportScope.Kind.YEAR);
    }

    public static final int CHART_QUARTERS = 8;

    /** The quarters a partnership year reports: every quarter with a month in it (four with an April start). */
    public static List<Quarter> quarters(PartnershipYear year) {
        List<Quarter> list = new ArrayList<>();
        for (Quarter q = Quarter.containing(year.firstMonth()); !q.firstMonth().isAfter(year.lastMonth()); q = q.next()) {
            list.add(q);
        }
        return list;
    }

    @Override
    public Document build(ReportInput input) {
        PartnershipYear year = input.yearOrCurrent();
        List<Quarter> quarters = quarters(year);
        List<PerformanceService.Series> all = PerformanceService.series(input.ctx());
        Quarter last = latestWithData(all, quarters);

        DocumentBuilder doc = input.document(title(), "Quarterly multi-agency dataset " + year.labelWithSpan());
        doc.paragraph("Partnership data is collected and analysed by the Performance group on a quarterly basis, before being "
                + "reported by exception. A quarter is an exception when its figure is on the wrong side of the indicator's target, "
                + "or more than " + Math.round(PerformanceException.TOLERANCE * 100) + "% worse than the average of the four quarters "
                + "before it (either way for an indicator where neither direction is better).");
        if (all.isEmpty()) {
            doc.paragraph("No indicators are recorded yet: import the dataset with 'hubdesk import-performance FILE.xlsx'.");
            return doc.build();
        }
        if (last == null) {
            doc.paragraph("No figures are recorded for " + year.label() + ".");
        }

        doc.heading1("Exceptions");
        List<String> exceptions = new ArrayList<>();
        for (PerformanceService.Series s : all) {
            for (Quarter q : quarters) {
                for (PerformanceException e : PerformanceException.of(s.indicator(), s.values(), q)) {
                    exceptions.add(q.label() + ", " + s.indicator().name() + ": " + e.text()
                            + (e.value().commentary() == null ? "" : ". Commentary: " + e.value().commentary()));
                }
            }
        }
        doc.bullets(exceptions.isEmpty() ? List.of("No exceptions in " + year.label() + ".") : exceptions);

        Map<String, List<PerformanceService.Series>> byTheme = new LinkedHashMap<>();
        all.forEach(s -> byTheme.computeIfAbsent(s.indicator().theme(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<PerformanceService.Series>> theme : byTheme.entrySet()) {
            doc.heading1(theme.getKey());
            for (PerformanceService.Series s : theme.getValue()) {
                doc.heading2(s.indicator().name());
                doc.labelValues(lv -> lv.add("Provided by", s.indicator().agency()).add("Unit", s.indicator().unit())
                        .add("Polarity", s.indicator().polarity().label())
                        .add("Target", s.indicator().target() == null ? "None" : s.indicator().format(s.indicator().target())));
                List<IndicatorValue> inYear = s.values().stream().filter(v -> quarters.contains(v.quarter())).toList();
                if (inYear.isEmpty()) {
                    doc.paragraph("No figures for " + year.label() + ".");
                } else {
                    doc.table(t -> {
                        t.column("Quarter", 1.6).column("Value", 1.2).column("Exception", 3).column("Commentary", 5);
                        for (IndicatorValue v : inYear) {
                            List<PerformanceException> ex = PerformanceException.of(s.indicator(), s.values(), v.quarter());
                            String text = String.join("; ", ex.stream().map(PerformanceException::text).toList());
                            t.row(List.of(Block.Cell.of(v.quarter().label()), Block.Cell.of(s.indicator().format(v.value())),
                                    ex.isEmpty() ? Block.Cell.of("") : new Block.Cell(List.of(Run.bold(text)), "FCE4D6"),
                                    Block.Cell.of(v.commentary() == null ? "" : v.commentary())));
                        }
                    });
                }
                trendChart(doc, s, last == null ? quarters.get(quarters.size() - 1) : last);
            }
        }
        return doc.build();
    }

    /** The indicator's trend over the last eight quarters to {@code end} as a picture, when it has two or more. */
    private static void trendChart(DocumentBuilder doc, PerformanceService.Series s, Quarter end) {
        List<IndicatorValue> chart = s.upTo(end, CHART_QUARTERS);
        if (chart.size() >= 2) {
            doc.picture(TrendChart.png(s.indicator(), chart), 15.5, s.indicator().name() + ": the last " + chart.size()
                    + " quarters to " + chart.get(chart.size() - 1).quarter().label(), TrendChart.altText(s.indicator(), chart));
        }
    }

    /**
     * A delivery plan's "Current data and performance" indicators: each one's latest values, target
     * and exceptions, and the same trend chart as this report draws.
     */
    public static void planIndicators(DocumentBuilder doc, List<PerformanceService.Series> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        doc.heading1("Current data and performance: indicators");
        for (PerformanceService.Series s : chosen) {
            doc.heading2(s.indicator().name());
            List<IndicatorValue> v = s.values();
            IndicatorValue latest = v.isEmpty() ? null : v.get(v.size() - 1);
            IndicatorValue before = v.size() < 2 ? null : v.get(v.size() - 2);
            doc.labelValues(lv -> lv.add("Theme", s.indicator().theme()).add("Provided by", s.indicator().agency())
                    .add("Latest quarter", latest == null ? "No figures yet" : latest.quarter().label() + ": "
                            + s.indicator().format(latest.value()))
                    .add("Quarter before", before == null ? "-" : before.quarter().label() + ": " + s.indicator().format(before.value()))
                    .add("Target", s.indicator().target() == null ? "None" : s.indicator().format(s.indicator().target()))
                    .add("Exception", s.exceptions().isEmpty() ? "None" : String.join("; ",
                            s.exceptions().stream().map(PerformanceException::text).toList()))
                    .add("Commentary", latest == null || latest.commentary() == null ? "-" : latest.commentary()));
            if (latest != null) {
                trendChart(doc, s, latest.quarter());
            }
        }
    }

    /**
     * The annual report's "How well did we do it?": the dataset's exceptions in the year and the
     * self-assessment rounds that started in it, counted; the full papers are the performance and
     * overview reports.
     */
    public static void annualReportSection(DocumentBuilder doc, org.jooq.DSLContext ctx, PartnershipYear year) {
        List<PerformanceService.Series> all = PerformanceService.series(ctx);
        List<Quarter> quarters = quarters(year);
        List<String> lines = new ArrayList<>();
        long withData = all.stream().filter(s -> s.values().stream().anyMatch(v -> quarters.contains(v.quarter()))).count();
        if (withData > 0) {
            List<String> flagged = new ArrayList<>();
            for (PerformanceService.Series s : all) {
                for (Quarter q : quarters) {
                    if (!PerformanceException.of(s.indicator(), s.values(), q).isEmpty()) {
                        flagged.add(s.indicator().name() + " (" + q.label() + ")");
                    }
                }
            }
            lines.add(withData + " indicators of the multi-agency dataset were reported during the year; " + flagged.size()
                    + (flagged.size() == 1 ? " quarter was an exception" : " quarters were exceptions")
                    + (flagged.isEmpty() ? "." : ": " + String.join("; ", flagged) + "."));
        }
        for (org.hubdesk.domain.assurance.AuditRound r : new org.hubdesk.store.assurance.AssuranceRepository(ctx).rounds()) {
            if (r.startYear() != year.startYear()) {
                continue;
            }
            org.hubdesk.domain.assurance.AuditOverview o = AssuranceService.overview(ctx, r.id());
            lines.add(r.title() + ": " + o.returnedRows().size() + " of " + o.rows().size() + " returns received"
                    + (o.previousRound() == null ? "." : "; since " + o.previousRound().title() + " "
                    + o.count(org.hubdesk.domain.assurance.RatingChange.IMPROVED) + " ratings improved and "
                    + o.count(org.hubdesk.domain.assurance.RatingChange.DECLINED) + " declined."));
        }
        if (!lines.isEmpty()) {
            doc.bullets(lines);
        }
    }

    private static Quarter latestWithData(List<PerformanceService.Series> all, List<Quarter> quarters) {
        Quarter best = null;
        for (PerformanceService.Series s : all) {
            for (IndicatorValue v : s.values()) {
                if (quarters.contains(v.quarter()) && (best == null || v.quarter().compareTo(best) > 0)) {
                    best = v.quarter();
                }
            }
        }
        return best;
    }
}
