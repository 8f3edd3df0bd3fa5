package org.hubdesk.ui.shell;

import java.util.function.LongSupplier;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Refreshes the screen when a colleague changes the team database: every few seconds, off the FX
 * thread, asks for the newest change's id (one cheap query) and, when it has moved on, runs
 * {@code changed} on the FX thread. A failed poll (the server briefly unreachable) is tried again
 * at the next tick.
 */
public final class ChangeWatcher {
    public static final Duration PERIOD = Duration.seconds(5);

    private final ScheduledService<Long> poll;
    private long seen = -1;

    public ChangeWatcher(LongSupplier lastChange, Runnable changed) {
        poll = new ScheduledService<>() {
            @Override
            protected Task<Long> createTask() {
                return new Task<>() {
                    @Override
                    protected Long call() {
                        return lastChange.getAsLong();
                    }
                };
            }
        };
        poll.setPeriod(PERIOD);
        poll.setRestartOnFailure(true);
        poll.setOnSucceeded(e -> {
            long now = poll.getValue();
            if (seen >= 0 && now != seen) {
                changed.run();
            }
            seen = now;
        });
    }

    public void start() {
        poll.start();
    }

    public void stop() {
        poll.cancel();
    }
}
