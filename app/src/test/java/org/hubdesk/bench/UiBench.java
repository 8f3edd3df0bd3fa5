package org.hubdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;

/**
 * The main window on a data folder (a copy of the ten-year demo): every area switch by its
 * Ctrl+digit shortcut (the first visit, then revisits), and opening a register, a meeting and a
 * delivery plan, each timed from the key or selection to the next frame after its data arrived.
 * A side thread pings the FX thread every 2 ms: the longest wait is the longest the FX thread was
 * busy during that step (the goal says nothing heavy there). Ends with the process's resident
 * memory, every area visited. Run under a display:
 *
 * <pre>
 * xvfb-run -a java [JVM options] -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.UiBench DATA_DIR [ROUNDS]
 * </pre>
 */
public final class UiBench {
    private static final AtomicLong LONGEST_STALL = new AtomicLong();

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSupport.Run run = BenchSupport.start(args, 5);
        Platform.startup(() -> { });
        Services services = Services.open(run.data(), null);
        Stage[] stage = new Stage[1];
        Scene scene = onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage[0] = new Stage();
            BackgroundTasks tasks = BackgroundTasks.onWorkerThread(message -> System.err.println("error: " + message));
            UiContext context = new UiContext(services, tasks, () -> stage[0], Clock.systemDefaultZone());
            MainWindow window = new MainWindow(context, new org.hubdesk.ui.testing.ScreenSupport.NoCommands(), "Bench");
            Scene s = new Scene(window.root(), 1280, 760);
            s.getStylesheets().add(org.hubdesk.ui.HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
            stage[0].setScene(s);
            stage[0].show();
            return s;
        });
        settle(scene);
        startPinger();
        Map<Area, List<Double>> first = new EnumMap<>(Area.class);
        Map<Area, List<Double>> again = new EnumMap<>(Area.class);
        Map<Area, List<Double>> stalls = new EnumMap<>(Area.class);
        for (int r = 0; r <= run.count(); r++) {
            for (Area area : Area.values()) {
                KeyCode digit = KeyCode.valueOf("DIGIT" + (area.ordinal() + 1) % 10);
                double[] t = step(scene, s -> Event.fireEvent(s.getRoot(),
                        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", digit, false, true, false, false)));
                (r == 0 ? first : again).computeIfAbsent(area, a -> new ArrayList<>()).add(t[0]);
                if (r > 0) {
                    stalls.computeIfAbsent(area, a -> new ArrayList<>()).add(t[1]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "load average %.1f, %s, %d rounds%n",
                BenchSupport.loadAverage(), System.getProperty("java.version"), run.count());
        System.out.println("| area | first visit | revisit median | revisit max | longest FX-thread stall (median) |");
        List<Double> allAgain = new ArrayList<>();
        for (Area area : Area.values()) {
            allAgain.addAll(again.get(area));
            System.out.printf(Locale.ROOT, "| %s | %s ms | %s ms | %s ms | %s ms |%n", area.title(), BenchSupport.ms(first.get(area).get(0)),
                    BenchSupport.ms(BenchSupport.median(again.get(area))), BenchSupport.ms(BenchSupport.max(again.get(area))),
                    BenchSupport.ms(BenchSupport.median(stalls.get(area))));
        }
        System.out.printf(Locale.ROOT, "| every revisit | | %s ms | %s ms (p95 %s) | |%n", BenchSupport.ms(BenchSupport.median(allAgain)),
                BenchSupport.ms(BenchSupport.max(allAgain)), BenchSupport.ms(BenchSupport.percentile(allAgain, 0.95)));

        Map<String, List<double[]>> opens = new LinkedHashMap<>();
        go(scene, Area.MEMBERS);
        for (int i = 0; i < run.count() * 2; i++) {
            int k = i;
            opens.computeIfAbsent("a group's membership register", x -> new ArrayList<>()).add(step(scene, s -> {
                ListView<?> list = (ListView<?>) s.lookup("#group-list");
                list.getSelectionModel().select(1 + k % (list.getItems().size() - 1));
            }));
        }
        go(scene, Area.MEETINGS);
        for (int i = 0; i < run.count() * 2; i++) {
            int k = i;
            opens.computeIfAbsent("a meeting (agenda, minutes, attendance)", x -> new ArrayList<>()).add(step(scene, s -> {
                ListView<?> list = (ListView<?>) s.lookup("#meeting-list");
                list.getSelectionModel().select(k * 37 % list.getItems().size());
            }));
        }
        go(scene, Area.DELIVERY_PLANS);
        for (int i = 0; i < run.count() * 2; i++) {
            int k = i;
            opens.computeIfAbsent("a delivery plan", x -> new ArrayList<>()).add(step(scene, s -> {
                @SuppressWarnings("unchecked")
                ComboBox<Object> plans = (ComboBox<Object>) s.lookup("#plan-choice");
                plans.setValue(plans.getItems().get(k * 7 % plans.getItems().size()));
            }));
        }
        System.out.println("| open | median | max | longest FX-thread stall (median) |");
        opens.forEach((what, list) -> System.out.printf(Locale.ROOT, "| %s | %s ms | %s ms | %s ms |%n", what,
                BenchSupport.ms(BenchSupport.median(list.stream().map(t -> t[0]).toList())),
                BenchSupport.ms(BenchSupport.max(list.stream().map(t -> t[0]).toList())),
                BenchSupport.ms(BenchSupport.median(list.stream().map(t -> t[1]).toList()))));
        Runtime heap = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "resident memory, every area visited: %.0f MB (heap used %.0f MB, committed %.0f MB, max %.0f MB)%n",
                BenchSupport.residentMegabytes(), (heap.totalMemory() - heap.freeMemory()) / 1048576.0, heap.totalMemory() / 1048576.0,
                heap.maxMemory() / 1048576.0);
        String histogram = System.getProperty("bench.histogram");
        if (histogram != null) { // what the heap holds at that moment (live objects, after a full collection)
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectOutput(Path.of(histogram).toFile()).redirectErrorStream(true).start().waitFor();
            System.out.printf(Locale.ROOT, "after a full collection: heap used %.0f MB; class histogram in %s%n",
                    (heap.totalMemory() - heap.freeMemory()) / 1048576.0, histogram);
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static void go(Scene scene, Area area) throws Exception {
        KeyCode digit = KeyCode.valueOf("DIGIT" + (area.ordinal() + 1) % 10);
        step(scene, s -> Event.fireEvent(s.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", digit, false, true, false, false)));
    }

    /** Does {@code action} on the FX thread; returns the ms to the frame after its loading ended, and the longest FX stall. */
    private static double[] step(Scene scene, Consumer<Scene> action) throws Exception {
        LONGEST_STALL.set(0);
        long start = System.nanoTime();
        onFx(() -> {
            action.accept(scene);
            return null;
        });
        settle(scene);
        return new double[] {(System.nanoTime() - start) / 1e6, LONGEST_STALL.get() / 1e6};
    }

    /** Waits until nothing is loading, then for the next frame. */
    private static void settle(Scene scene) throws Exception {
        StartupProbe.awaitOnFx(() -> BackgroundTasks.running() == 0 ? Boolean.TRUE : null, 60_000);
        CompletableFuture<Void> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> painted.complete(null));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        painted.get(30, TimeUnit.SECONDS);
    }

    /** Measures how long the FX thread takes to answer a ping, every 2 ms. */
    private static void startPinger() {
        Thread pinger = new Thread(() -> {
            while (true) {
                long sent = System.nanoTime();
                CompletableFuture<Void> done = new CompletableFuture<>();
                Platform.runLater(() -> done.complete(null));
                done.join();
                LONGEST_STALL.accumulateAndGet(System.nanoTime() - sent, Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-pinger");
        pinger.setDaemon(true);
        pinger.start();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
