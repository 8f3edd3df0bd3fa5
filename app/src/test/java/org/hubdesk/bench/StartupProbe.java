package org.hubdesk.bench;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.hubdesk.Hubdesk;
import org.hubdesk.ui.common.BackgroundTasks;

/**
 * The app's side of the cold-start benchmark: starts Hubdesk exactly as its launcher does (the
 * data folder from HUBDESK_DATA_DIR), and prints "usable EPOCH_MILLIS" when the main window's
 * start area is painted with nothing left loading, then presses Ctrl+5 (Members) and prints
 * "register EPOCH_MILLIS" when the membership register is painted with its rows, then "rss MB"
 * and exits. The parent ({@link StartupBench}) subtracts its own clock at process start.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(StartupProbe::watch, "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        Hubdesk.main(new String[0]);
    }

    static void report(String what, Object value) {
        // The benchmark's own output channel: the parent reads these lines.
        System.out.println(what + " " + value);
        System.out.flush();
    }

    private static void watch() {
        try {
            Scene scene = awaitOnFx(() -> idleMainScene(), 60_000);
            report("usable", paintedAt(scene));
            Platform.runLater(() -> Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DIGIT5,
                    false, true, false, false)));
            awaitOnFx(() -> {
                TableView<?> register = (TableView<?>) scene.lookup("#register-table");
                return register != null && register.getScene() != null && !register.getItems().isEmpty()
                        && BackgroundTasks.running() == 0 ? register : null;
            }, 60_000);
            report("register", paintedAt(scene));
            report("rss", String.format(Locale.ROOT, "%.0f", BenchSupport.residentMegabytes()));
            Runtime.getRuntime().halt(0);
        } catch (Exception e) {
            report("failed", e);
            Runtime.getRuntime().halt(3);
        }
    }

    /** The main window's scene once its areas' loading has finished, else null. */
    private static Scene idleMainScene() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#sidebar") != null && BackgroundTasks.running() == 0) {
                return w.getScene();
            }
        }
        return null;
    }

    /** Waits for the next frame of {@code scene} and for the FX thread to take one more event; returns that moment. */
    private static long paintedAt(Scene scene) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> painted.complete(System.currentTimeMillis()));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return painted.get(30, TimeUnit.SECONDS);
    }

    /** Polls {@code check} on the FX thread every 2 ms until it gives a value. */
    static <T> T awaitOnFx(java.util.function.Supplier<T> check, long timeoutMillis) throws Exception {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            try {
                Platform.runLater(() -> {
                    try {
                        answer.complete(check.get());
                    } catch (RuntimeException e) {
                        answer.completeExceptionally(e);
                    }
                });
                T value = answer.get(30, TimeUnit.SECONDS);
                if (value != null) {
                    return value;
                }
            } catch (IllegalStateException toolkitNotYetStarted) {
                // Before Application.launch has started the toolkit.
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("timed out after " + timeoutMillis + " ms");
    }
}
