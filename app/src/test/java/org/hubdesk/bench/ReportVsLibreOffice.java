package org.hubdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.Services;
import org.hubdesk.service.report.ExportProgress;
import org.hubdesk.service.report.ReportScope;

/**
 * The annual report of a data folder (the ten-year demo), DOCX and PDF, warm in one JVM, against
 * LibreOffice converting that same DOCX to PDF (headless, its own profile, warmed once), measured
 * in the same run. Goal: each export at most 1.5 s and at most 0.2x the conversion.
 *
 * <pre>
 * java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.ReportVsLibreOffice DATA_DIR [RUNS]
 * </pre>
 */
public final class ReportVsLibreOffice {
    private ReportVsLibreOffice() {
    }

    public static void main(String[] args) throws Exception {
        BenchSupport.Run run = BenchSupport.start(args, 10);
        Path out = Files.createTempDirectory("hubdesk-bench-report");
        List<Double> docx = new ArrayList<>();
        List<Double> pdf = new ArrayList<>();
        String yearLabel;
        try (Services services = Services.open(run.data(), null)) {
            List<PartnershipYear> withData = services.reports().yearsWithData(LocalDate.now());
            PartnershipYear year = withData.size() > 1 ? withData.get(1) : withData.get(0);
            yearLabel = year.label();
            ReportScope scope = ReportScope.ofYear(year.startYear());
            for (int i = -5; i < run.count(); i++) { // 5 to warm up
                for (ReportFormat format : ReportFormat.values()) {
                    long t0 = System.nanoTime();
                    services.reports().export("annual-report", scope, format, out.resolve("annual." + format.extension()), ExportProgress.NONE);
                    double millis = (System.nanoTime() - t0) / 1e6;
                    if (i >= 0) {
                        (format.extension().equals("docx") ? docx : pdf).add(millis);
                    }
                }
            }
        }
        Path profile = Files.createTempDirectory("hubdesk-bench-lo");
        List<String> convert = List.of("libreoffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.resolve("lo").toString(), out.resolve("annual.docx").toString());
        BenchSupport.timeProcess(convert, out); // its first start makes the profile
        List<Double> office = new ArrayList<>();
        for (int i = 0; i < Math.max(3, run.count() / 2); i++) {
            office.add(BenchSupport.timeProcess(convert, out));
        }
        double lo = BenchSupport.median(office);
        System.out.printf(Locale.ROOT, "annual report %s; load average %.1f; %d runs after 5 warm-up%n", yearLabel,
                BenchSupport.loadAverage(), run.count());
        System.out.println("| what | median | min | max | ratio to LibreOffice |");
        row("annual report DOCX (export)", docx, lo, Files.size(out.resolve("annual.docx")));
        row("annual report PDF (export)", pdf, lo, Files.size(out.resolve("annual.pdf")));
        row("anchor: LibreOffice DOCX to PDF", office, lo, Files.size(out.resolve("lo").resolve("annual.pdf")));
        BenchSupport.deleteTree(out);
        BenchSupport.deleteTree(profile);
        BenchSupport.deleteTree(run.data());
    }

    private static void row(String what, List<Double> millis, double anchor, long bytes) {
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.2fx (%,d bytes) |%n", what, BenchSupport.median(millis),
                BenchSupport.percentile(millis, 0), BenchSupport.max(millis), BenchSupport.median(millis) / anchor, bytes);
    }
}
