package org.hubdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.service.backup.BackupService;

/**
 * Crash trials (not a unit test): each trial starts a child JVM that makes a stream of edits
 * through the services (one person added per transaction, rolling backups on as in the app) and
 * prints the id of each edit once the service call has returned, i.e. once it is acknowledged.
 * The parent kills it with SIGKILL (kill -9) at a random moment, reopens the store and checks
 * that it opens and that every acknowledged edit is there. Exit code 1 if any trial lost an edit
 * or could not open the store.
 *
 * <pre>
 *   mvn -o -q -DskipTests package && mvn -o -q test-compile
 *   java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.CrashTrials 200 [seed] [--encrypted]
 * </pre>
 */
public final class CrashTrials {
    private static final String PASSPHRASE = "crash trial passphrase";

    private CrashTrials() {
    }

    /** The child: edits until killed. args: data folder, "plain" or "encrypted". */
    public static final class Editor {
        public static void main(String[] args) {
            char[] passphrase = args[1].equals("encrypted") ? PASSPHRASE.toCharArray() : null;
            try (Services services = Services.open(Path.of(args[0]), passphrase)) {
                Agency agency = services.members().agencies().stream().findFirst().orElseGet(() ->
                        services.members().addAgency(new Agency(0, "Trial Constabulary", AgencyKind.POLICE, true)));
                System.out.println("ready");
                System.out.flush();
                for (int n = 1; ; n++) {
                    services.members().addPerson(new Person(0, "Edit " + n, "Tester", agency.id(), null, null));
                    System.out.println("ack " + n);
                    System.out.flush();
                }
            }
        }
    }

    record Outcome(int acknowledged, int lost, boolean opened, int backups, String problem) {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 && !args[1].startsWith("--") ? Long.parseLong(args[1]) : System.nanoTime();
        boolean encrypted = List.of(args).contains("--encrypted");
        Random random = new Random(seed);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int lost = 0;
        int failedToOpen = 0;
        long acknowledged = 0;
        long started = System.nanoTime();
        // One migrated store (with today's backup) copied into each trial, so a trial's time is its edits, not Flyway's.
        Path template = Files.createTempDirectory("hubdesk-crash-template");
        try (Services services = Services.open(template, encrypted ? PASSPHRASE.toCharArray() : null)) {
            services.members().addAgency(new Agency(0, "Trial Constabulary", AgencyKind.POLICE, true));
        }
        for (int t = 1; t <= trials; t++) {
            Path dir = Files.createTempDirectory("hubdesk-crash");
            try {
                copy(template, dir);
                // Kill 50 ms to 1.5 s after the first edit: inside an edit, a commit or a rolling backup.
                Outcome o = trial(dir, encrypted, 50 + random.nextInt(1450));
                acknowledged += o.acknowledged();
                lost += o.lost();
                failedToOpen += o.opened() ? 0 : 1;
                System.out.printf("trial %3d: %5d acknowledged, %d lost, %s, %d backups%s%n", t, o.acknowledged(), o.lost(),
                        o.opened() ? "opens" : "DOES NOT OPEN", o.backups(), o.problem() == null ? "" : " - " + o.problem());
            } finally {
                delete(dir);
            }
        }
        delete(template);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n| trials | store | acknowledged edits | lost edits | failures to open | seed | time |%n");
        System.out.printf("| %d | %s | %d | %d | %d | %d | %.0f s |%n", trials, encrypted ? "AES" : "plain", acknowledged, lost,
                failedToOpen, seed, seconds);
        System.exit(lost == 0 && failedToOpen == 0 ? 0 : 1);
    }

    static Outcome trial(Path dir, boolean encrypted, long killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", Editor.class.getName(), dir.toString(),
                encrypted ? "encrypted" : "plain")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<Integer> acked = new HashSet<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ack ")) {
                        synchronized (acked) {
                            acked.add(Integer.parseInt(line.substring(4)));
                        }
                    } else if (line.equals("ready")) {
                        synchronized (acked) {
                            acked.notifyAll();
                        }
                    }
                }
            } catch (IOException | NumberFormatException ignored) {
                // The child died mid-line: that line was never a whole acknowledgement.
            }
        });
        reader.start();
        long t0 = System.currentTimeMillis();
        long deadline = t0 + 60_000;
        synchronized (acked) {
            while (acked.isEmpty() && child.isAlive() && System.currentTimeMillis() < deadline) {
                acked.wait(20);
            }
        }
        long readyMillis = System.currentTimeMillis() - t0;
        Thread.sleep(killAfterMillis);
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no close
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        Set<Integer> wanted;
        synchronized (acked) {
            wanted = new HashSet<>(acked);
        }
        long t1 = System.currentTimeMillis();
        try (Services services = Services.open(dir, encrypted ? PASSPHRASE.toCharArray() : null)) {
            Set<Integer> there = new HashSet<>();
            for (Person p : services.members().people()) {
                if (p.fullName().startsWith("Edit ")) {
                    there.add(Integer.parseInt(p.fullName().substring(5)));
                }
            }
            List<Integer> missing = new ArrayList<>(wanted);
            missing.removeAll(there);
            return new Outcome(wanted.size(), missing.size(), true, BackupService.list(dir).size(),
                    (missing.isEmpty() ? "" : "missing " + missing.stream().sorted().limit(5).toList() + "; ")
                            + "child ready after " + readyMillis + " ms, killed after " + killAfterMillis + " ms, reopened in "
                            + (System.currentTimeMillis() - t1) + " ms");
        } catch (RuntimeException e) {
            return new Outcome(wanted.size(), 0, false, 0, e.getMessage());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
