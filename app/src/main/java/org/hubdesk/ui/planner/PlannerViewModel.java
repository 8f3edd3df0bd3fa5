package org.hubdesk.ui.planner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.PlannerMonth;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.service.planner.PlannerService;
import org.hubdesk.ui.shell.UiContext;

/** The forward planner's month on screen: which month, its events laid out by week, adding events, the .ics export. */
public final class PlannerViewModel {
    private final UiContext context;
    private final PlannerService service;
    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlannerMonth> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PlannerViewModel(UiContext context) {
        this.context = context;
        this.service = context.services().planner();
        month.set(YearMonth.from(context.today()));
    }

    public void load() {
        YearMonth shown = month.get();
        LocalDate[] range = PlannerMonth.range(shown);
        context.tasks().run("Reading the planner", () -> PlannerMonth.of(shown, service.events(range[0], range[1])), layout::set);
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
        load();
    }

    public void next() {
        month.set(month.get().plusMonths(1));
        load();
    }

    public void thisMonth() {
        month.set(YearMonth.from(context.today()));
        load();
    }

    /** Adds an event (or, with a rule, its series) and shows the month of its first date. */
    public void add(PlannerEvent event, Recurrence rule, Runnable done, Consumer<String> onError) {
        context.tasks().run("Adding to the planner", progress -> service.add(event, rule), (List<PlannerEvent> added) -> {
            status.set("Added " + added.size() + (added.size() == 1 ? " event" : " events in the series") + ": " + event.title());
            month.set(YearMonth.from(event.day()));
            load();
            done.run();
        }, onError);
    }

    /** Writes the shown month's year to an .ics calendar. */
    public void exportYear(Path out, Consumer<Integer> done) {
        int year = month.get().getYear();
        context.tasks().run("Writing the planner calendar", () -> service.writeIcs(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), out),
                n -> {
                    status.set("Saved " + n + " events of " + year + " to " + out.getFileName());
                    done.accept(n);
                });
    }

    public LocalDate today() {
        return context.today();
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlannerMonth> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
