package org.hubdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the benchmark harnesses share: medians of repeated runs, a process's resident memory, child
 * processes on the same classpath, and a private copy of a data folder (so a harness never edits
 * the demo it was given). Not a test: the harnesses are main classes whose figures go into
 * docs/benchmarks.md.
 */
final class BenchSupport {
    private BenchSupport() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    /** This process's resident set (VmRSS) in MB, from /proc; NaN where there is no /proc. */
    static double residentMegabytes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024.0)
                    .findFirst().orElse(Double.NaN);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** The java launcher running this JVM, so children start the same way. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A bench's run on a data folder: its copy ({@link #copyOfData}) and how many rounds to time. */
    record Run(Path data, int count) {
    }

    /** Reads DATA_DIR [COUNT] (COUNT defaulting to {@code defaultCount}), copies the folder and quiets logging. */
    static Run start(String[] args, int defaultCount) throws IOException {
        Path data = copyOfData(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : defaultCount;
        quiet();
        return new Run(data, count);
    }

    /** The system load average over the last minute, printed beside a bench's figures. */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A bench prints its figures only: no jOOQ logo, and only severe log lines. */
    static void quiet() {
        System.setProperty("org.jooq.no-logo", "true");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
    }

    /**
     * Copies a data folder, with its backups, to a fresh temporary folder: with today's backup there,
     * opening it is an ordinary start, not the day's first (which also takes the daily backup).
     */
    static Path copyOfData(Path data) throws IOException {
        Path copy = Files.createTempDirectory("hubdesk-bench-data");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(p -> !p.equals(data)).toList()) {
                Path target = copy.resolve(data.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return copy;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }

    /** Runs a command to its end, its output discarded, and returns the wall-clock milliseconds. */
    static double timeProcess(List<String> command, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = builder.start();
        int code = p.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + String.join(" ", command));
        }
        return millis;
    }

    /** Splits JVM options given as one argument ("-XX:+UseSerialGC -Xmx512m"); "-" or "" is none. */
    static List<String> options(String given) {
        if (given == null || given.isBlank() || given.equals("-")) {
            return List.of();
        }
        return List.of(given.trim().split("\\s+"));
    }
}
