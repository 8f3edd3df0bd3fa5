package org.hubdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.service.Services;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.service.hub.TimelineExporter;

/**
 * Benchmark harness (not a unit test): how long the hub timeline takes to load and lay out for the
 * synthetic ten-year partnership ({@code hubdesk demo --years 10}). Run from the worktree root:
 *
 * <pre>
 * mvn -o -q -B -DskipTests package test-compile
 * java -cp app/target/test-classes:app/target/hubdesk.jar org.hubdesk.bench.TimelineBench docs/benchmarks.md
 * </pre>
 *
 * With a file argument the results are appended to it as a Markdown section.
 */
public final class TimelineBench {
    private static final int WARMUP = 50;
    private static final int RUNS = 200;

    private TimelineBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path dir = Files.createTempDirectory("hubdesk-bench");
        StringBuilder report = new StringBuilder();
        try (Services services = Services.open(dir, null)) {
            long t0 = System.nanoTime();
            services.demo().createDemo(10, LocalDate.now());
            double demoMs = (System.nanoTime() - t0) / 1e6;
            HubService hub = services.hub();
            HubService.Programme programme = hub.programme();
            YearMonth from = programme.firstMonth().orElseThrow();
            YearMonth to = programme.lastMonth().orElseThrow();
            int months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;

            double load = median(() -> hub.programme());
            double layoutYearZoom = median(() -> hub.timeline(programme, from, to, TimelineLayout.Metrics.SCREEN.withMonthWidth(80)));
            double layoutAllZoom = median(() -> hub.timeline(programme, from, to, TimelineLayout.Metrics.SCREEN.withMonthWidth(10)));
            TimelineLayout all = hub.timeline(programme, from, to, TimelineLayout.Metrics.SCREEN.withMonthWidth(80));
            int year = hub.settings().yearOf(YearMonth.now()).startYear();
            TimelineLayout yearLayout = hub.yearTimeline(year, TimelineLayout.Metrics.PICTURE);
            double png = median(() -> TimelineExporter.image(yearLayout, 2.0, LocalDate.now()), 5, 20);

            report.append("\n## Hub timeline layout (`demo --years 10`), ").append(LocalDate.now()).append("\n\n")
                    .append("Harness: `app/src/test/java/org/hubdesk/bench/TimelineBench.java`; median of ").append(RUNS)
                    .append(" runs after ").append(WARMUP).append(" warm-up runs, one JVM, Java ")
                    .append(System.getProperty("java.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores (shared with other builds).\n\n")
                    .append("Data: ").append(programme.priorities().size()).append(" priorities, ").append(programme.cycles().size())
                    .append(" cycles, ").append(all.bars().size()).append(" phase bars over ").append(months).append(" months")
                    .append(" (demo created in ").append(fmt(demoMs)).append(" ms).\n\n")
                    .append("| step | median ms |\n| --- | ---: |\n")
                    .append("| load the programme from H2 (`HubService.programme`, 4 queries + conflict check) | ").append(fmt(load)).append(" |\n")
                    .append("| lay out all years, 80 px a month (`TimelineLayout.compute`) | ").append(fmt(layoutYearZoom)).append(" |\n")
                    .append("| lay out all years, 10 px a month (zoomed out) | ").append(fmt(layoutAllZoom)).append(" |\n")
                    .append("| draw one year's PNG image at 2x (Java2D, no encoding) | ").append(fmt(png)).append(" |\n\n")
                    .append("The screen recomputes the layout on every zoom step on the FX thread; at these numbers that is well under")
                    .append(" the 50 ms budget for the FX thread. Creating the JavaFX nodes is not measured here.\n");
        } finally {
            deleteTree(dir);
        }
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static double median(Supplier<?> work) {
        return median(work, WARMUP, RUNS);
    }

    private static double median(Supplier<?> work, int warmup, int runs) {
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = work.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("nothing computed");
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.0f", ms);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
