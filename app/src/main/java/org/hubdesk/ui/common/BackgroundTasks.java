package org.hubdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.hubdesk.domain.common.UserInputException;

/**
 * Runs work off the FX thread (the idea of JabRef's BackgroundTask): the callbacks come back on
 * the FX thread, progress and the current job's title are observable for the status bar, and a
 * failure reaches the error handler as a message. Tests use {@link #sameThread} so view models
 * are deterministic without waiting.
 */
public final class BackgroundTasks {
    /** Lets long work report how far it has got. */
    public interface Progress {
        void update(double done, double total, String message);

        boolean cancelled();
    }

    /** Work that reports progress. */
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());
    /** Jobs handed to a worker whose callbacks have not yet run, across the app. */
    private static final java.util.concurrent.atomic.AtomicInteger RUNNING = new java.util.concurrent.atomic.AtomicInteger();

    private final Executor executor;
    private final boolean fxCallbacks;
    private final Consumer<String> errorHandler;
    private final ReadOnlyDoubleWrapper progressWrapper = new ReadOnlyDoubleWrapper(0);
    public final ReadOnlyDoubleProperty progress = progressWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper messageWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty message = messageWrapper.getReadOnlyProperty();

    private BackgroundTasks(Executor executor, boolean fxCallbacks, Consumer<String> errorHandler) {
        this.executor = executor;
        this.fxCallbacks = fxCallbacks;
        this.errorHandler = errorHandler;
    }

    /** One worker thread: user actions stay in the order they were made. */
    public static BackgroundTasks onWorkerThread(Consumer<String> errorHandler) {
        ExecutorService single = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hubdesk-worker");
            t.setDaemon(true);
            return t;
        });
        return new BackgroundTasks(single, true, errorHandler);
    }

    public static BackgroundTasks sameThread(Consumer<String> errorHandler) {
        return new BackgroundTasks(Runnable::run, false, errorHandler);
    }

    public <T> void run(String title, Callable<T> work, Consumer<T> onSuccess) {
        run(title, progress -> work.call(), onSuccess, null);
    }

    /**
     * @param onFailure called (on the FX thread) with the message after the error handler, e.g. to
     *                  re-enable a form; may be null
     */
    public <T> void run(String title, Job<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        if (!fxCallbacks) {
            try {
                T result = work.run(noProgress());
                if (onSuccess != null) {
                    onSuccess.accept(result);
                }
            } catch (Exception e) {
                fail(e, onFailure);
            }
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.run(new Progress() {
                    @Override
                    public void update(double done, double total, String text) {
                        updateProgress(done, total);
                        if (text != null) {
                            updateMessage(text);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnScheduled(e -> {
            messageWrapper.set(title);
            progressWrapper.set(-1);
        });
        task.messageProperty().addListener((o, a, b) -> messageWrapper.set(b));
        task.progressProperty().addListener((o, a, b) -> progressWrapper.set(b.doubleValue()));
        task.setOnSucceeded(e -> {
            idle();
            try {
                if (onSuccess != null) {
                    onSuccess.accept(task.getValue());
                }
            } finally {
                RUNNING.decrementAndGet();
            }
        });
        task.setOnFailed(e -> {
            idle();
            try {
                fail(task.getException(), onFailure);
            } finally {
                RUNNING.decrementAndGet();
            }
        });
        task.setOnCancelled(e -> RUNNING.decrementAndGet());
        RUNNING.incrementAndGet();
        executor.execute(task);
    }

    /**
     * Background jobs started and not yet called back (their callbacks may start more): zero when
     * every area has what it asked for. Benchmarks and screen tests wait on it.
     */
    public static int running() {
        return RUNNING.get();
    }

    private void idle() {
        progressWrapper.set(0);
        messageWrapper.set("");
    }

    private void fail(Throwable e, Consumer<String> onFailure) {
        String text = describe(e);
        errorHandler.accept(text);
        if (onFailure != null) {
            onFailure.accept(text);
        }
    }

    /** A user's problem speaks for itself; anything else is logged with its trace and summarised. */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserInputException) {
                return t.getMessage();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return "Something went wrong: " + e + ". Your last edit may not have been saved.";
    }

    private static Progress noProgress() {
        return new Progress() {
            @Override
            public void update(double done, double total, String text) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** For code that must run on the FX thread whichever thread calls it. */
    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
