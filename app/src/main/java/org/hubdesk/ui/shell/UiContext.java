package org.hubdesk.ui.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;

/** What every view model needs: the services, the background runner, a dialog owner and today. */
public record UiContext(Services services, BackgroundTasks tasks, Supplier<Window> owner, Clock clock) {
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
