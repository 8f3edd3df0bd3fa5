package org.hubdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ExportProgress;
import org.hubdesk.service.report.ReportScope;

/**
 * Times the annual report of the synthetic 10-year demo partnership, DOCX and PDF, warm. Not a
 * unit test (timings depend on the machine); figures go into docs/benchmarks.md. Run:
 *
 * <pre>
 * mvn -o -q -DskipTests package && mvn -o -q test-compile
 * java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.AnnualReportBenchmark [years] [runs]
 * </pre>
 */
public final class AnnualReportBenchmark {
    private AnnualReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("hubdesk-bench");
        try (Services services = Services.open(dir.resolve("data"), null)) {
            long t0 = System.nanoTime();
            services.demo().createDemo(years, LocalDate.now());
            System.out.printf(Locale.ROOT, "demo --years %d created in %.1f s%n", years, (System.nanoTime() - t0) / 1e9);
            // The busiest complete year: the one before the current partnership year.
            List<PartnershipYear> withData = services.reports().yearsWithData(LocalDate.now());
            PartnershipYear year = withData.size() > 1 ? withData.get(1) : withData.get(0);
            ReportScope scope = ReportScope.ofYear(year.startYear());
            System.out.println("annual report for " + year.label() + ", " + runs + " warm runs after 5 warm-up runs");
            for (ReportFormat format : ReportFormat.values()) {
                Path out = dir.resolve("annual." + format.extension());
                for (int i = 0; i < 5; i++) {
                    services.reports().export("annual-report", scope, format, out, ExportProgress.NONE);
                }
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    services.reports().export("annual-report", scope, format, out, ExportProgress.NONE);
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(millis);
                System.out.printf(Locale.ROOT, "%-4s median %6.0f ms   min %6.0f ms   max %6.0f ms   file %,d bytes%n",
                        format.extension(), millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1),
                        Files.size(out));
            }
            long start = System.nanoTime();
            org.hubdesk.report.model.Document model = null;
            for (int i = 0; i < runs; i++) {
                model = services.reports().build("annual-report", scope, LocalDate.now());
            }
            System.out.printf(Locale.ROOT, "of which reading the data and building the model: %.0f ms a run%n",
                    (System.nanoTime() - start) / 1e6 / runs);
            org.hubdesk.report.branding.Branding branding = services.reports().branding();
            for (ReportFormat format : ReportFormat.values()) {
                start = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    format.renderer().render(model, branding, new java.io.ByteArrayOutputStream());
                }
                System.out.printf(Locale.ROOT, "of which rendering %s in memory: %.0f ms a run%n", format.extension(),
                        (System.nanoTime() - start) / 1e6 / runs);
            }
        }
    }
}
