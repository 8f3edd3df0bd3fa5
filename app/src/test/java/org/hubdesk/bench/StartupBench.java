package org.hubdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole processes, each against an anchor measured in the same run (the machine is shared and
 * noisy, so only ratios compare between runs):
 * <ul>
 * <li>{@code start}: cold start of the app on a data folder to a usable window ({@link StartupProbe}:
 * start area painted, nothing loading, keys taken; then the Members register painted) against a
 * JavaFX hello-world window ({@link HelloWindow}) started the same way; runs alternate.</li>
 * <li>{@code cli}: {@code hubdesk export register} as a whole process (JVM start, store open,
 * schema check, export) against a bare {@code java -version}.</li>
 * </ul>
 * Each variant is a label and JVM options, so a run compares e.g. the default heap with a capped one:
 *
 * <pre>
 * xvfb-run -a java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.StartupBench \
 *     start DATA_DIR RUNS [LABEL=JVM_OPTIONS ...]
 * java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.StartupBench \
 *     cli DATA_DIR RUNS [LABEL=JVM_OPTIONS ...]      (HUBDESK_PASSPHRASE for an encrypted folder)
 * </pre>
 * The classpath of the children is this process's; {@code -Dbench.cp=...} gives another (an older build).
 * A variant with {@code -XX:SharedArchiveFile=F} (AppCDS, as the installer's launcher uses) trains F first when it
 * is missing; {@code -Dbench.hello=OPTIONS} gives the hello window options too (its own archive, for a like-for-like anchor).
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            variants.put(args[i].substring(0, eq), BenchSupport.options(args[i].substring(eq + 1)));
        }
        if (variants.isEmpty()) {
            variants.put("default", List.of());
        }
        String classpath = java.util.Arrays.stream(System.getProperty("bench.cp", System.getProperty("java.class.path"))
                .split(java.io.File.pathSeparator)).map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        System.out.printf(Locale.ROOT, "%s, %d runs, load average %.1f, %s%n", mode, runs,
                BenchSupport.loadAverage(), System.getProperty("java.version"));
        if (mode.equals("start")) {
            start(data, runs, variants, classpath);
        } else {
            cli(data, runs, variants, classpath);
        }
    }

    private static void start(Path data, int runs, Map<String, List<String>> variants, String classpath) throws Exception {
        Map<String, List<Double>> usable = new LinkedHashMap<>();
        Map<String, List<Double>> register = new HashMap<>();
        Map<String, List<Double>> rss = new HashMap<>();
        List<Double> hello = new ArrayList<>();
        hello(classpath); // the first start of a JVM after a build pays for the disk cache: not counted
        for (List<String> jvm : variants.values()) {
            train(jvm, copy -> probe(classpath, withTraining(jvm), copy), data);
        }
        for (int r = 0; r < runs; r++) {
            hello.add(hello(classpath));
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                Path copy = BenchSupport.copyOfData(data);
                try {
                    Map<String, Double> m = probe(classpath, v.getValue(), copy);
                    usable.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(m.get("usable"));
                    register.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(m.get("register"));
                    rss.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(m.get("rss"));
                } finally {
                    BenchSupport.deleteTree(copy);
                }
            }
        }
        double anchor = BenchSupport.median(hello);
        System.out.printf(Locale.ROOT, "hello-world window: median %.0f ms (min %.0f, max %.0f)%n", anchor,
                BenchSupport.percentile(hello, 0), BenchSupport.max(hello));
        System.out.println("| variant | usable window | ratio | Members register painted | ratio | RSS at register |");
        for (String label : usable.keySet()) {
            double u = BenchSupport.median(usable.get(label));
            double g = BenchSupport.median(register.get(label));
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.2fx | %.0f ms | %.2fx | %.0f MB |%n", label, u, u / anchor, g, g / anchor,
                    BenchSupport.median(rss.get(label)));
        }
    }

    /** JVM options of the hello-world window, e.g. its own class-data archive: {@code -Dbench.hello="-XX:SharedArchiveFile=..."}. */
    private static final List<String> HELLO_JVM = BenchSupport.options(System.getProperty("bench.hello", "-"));

    private static double hello(String classpath) throws Exception {
        train(HELLO_JVM, ignored -> helloRun(classpath, withTraining(HELLO_JVM)), null);
        return helloRun(classpath, HELLO_JVM).get("usable");
    }

    private static Map<String, Double> helloRun(String classpath, List<String> jvm) throws Exception {
        List<String> command = new ArrayList<>(List.of(BenchSupport.java()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classpath, HelloWindow.class.getName()));
        return lines(command, Map.of(), System.currentTimeMillis());
    }

    private interface Run {
        Map<String, Double> on(Path data) throws Exception;
    }

    /**
     * An AppCDS variant ({@code -XX:SharedArchiveFile=F}) whose archive F does not exist yet is trained first, not
     * counted: one run with {@code -XX:ArchiveClassesAtExit=F} and the same other options, as the installer does.
     */
    private static void train(List<String> jvm, Run run, Path data) throws Exception {
        String archive = archiveOf(jvm);
        if (archive == null || Files.exists(Path.of(archive))) {
            return;
        }
        Path copy = data == null ? null : BenchSupport.copyOfData(data);
        try {
            run.on(copy);
        } finally {
            if (copy != null) {
                BenchSupport.deleteTree(copy);
            }
        }
        System.out.println("trained class-data archive " + archive + (Files.exists(Path.of(archive)) ? "" : " (FAILED: not written)"));
    }

    private static String archiveOf(List<String> jvm) {
        return jvm.stream().filter(o -> o.startsWith("-XX:SharedArchiveFile=")).map(o -> o.substring(o.indexOf('=') + 1))
                .findFirst().orElse(null);
    }

    private static List<String> withTraining(List<String> jvm) {
        return jvm.stream().map(o -> o.startsWith("-XX:SharedArchiveFile=") ? "-XX:ArchiveClassesAtExit=" + archiveOf(jvm) : o).toList();
    }

    private static Map<String, Double> probe(String classpath, List<String> jvm, Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(BenchSupport.java()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classpath, StartupProbe.class.getName()));
        long start = System.currentTimeMillis();
        return lines(command, Map.of("HUBDESK_DATA_DIR", data.toString()), start);
    }

    /** Runs a probe and reads its "name value" lines; epoch times become milliseconds since {@code start}. */
    private static Map<String, Double> lines(List<String> command, Map<String, String> env, long start) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        Map<String, Double> values = new HashMap<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2 && List.of("usable", "register").contains(parts[0])) {
                    values.put(parts[0], (double) (Long.parseLong(parts[1]) - start));
                } else if (parts.length == 2 && parts[0].equals("rss")) {
                    values.put("rss", Double.parseDouble(parts[1]));
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        p.waitFor();
        if (!values.containsKey("usable")) {
            throw new IllegalStateException("no usable window from " + command + ":\n" + other);
        }
        return values;
    }

    private static void cli(Path data, int runs, Map<String, List<String>> variants, String classpath) throws Exception {
        Path work = Files.createTempDirectory("hubdesk-bench-cli");
        List<Double> version = new ArrayList<>();
        Map<String, List<Double>> export = new LinkedHashMap<>();
        for (int r = 0; r < runs + 1; r++) {
            double v = BenchSupport.timeProcess(List.of(BenchSupport.java(), "-version"), work);
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                List<String> command = new ArrayList<>(List.of(BenchSupport.java()));
                command.addAll(variant.getValue());
                command.addAll(List.of("-cp", classpath, "org.hubdesk.Hubdesk", "--data-dir", data.toString(),
                        "export", "register", "--group", "Learning Hub", "--out", work.resolve("register.docx").toString()));
                double e = BenchSupport.timeProcess(command, work);
                if (r > 0) { // the first round warms the disk cache
                    export.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(e);
                }
            }
            if (r > 0) {
                version.add(v);
            }
        }
        double anchor = BenchSupport.median(version);
        System.out.printf(Locale.ROOT, "java -version: median %.0f ms%n", anchor);
        System.out.println("| variant | export register (whole process) | min | ratio to java -version |");
        for (String label : export.keySet()) {
            double e = BenchSupport.median(export.get(label));
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.1fx |%n", label, e, BenchSupport.percentile(export.get(label), 0), e / anchor);
        }
        BenchSupport.deleteTree(work);
    }
}
