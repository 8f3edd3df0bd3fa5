package org.hubdesk.ui.planner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.domain.planner.PlannerMonth;
import org.hubdesk.domain.planner.Recurrence;
import org.hubdesk.service.planner.PlannerService;
import org.hubdesk.ui.common.UndoableEdit;
import org.hubdesk.ui.shell.AreaViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The forward planner's month on screen: which month, its events laid out by week, the chosen
 * event; adding, editing and deleting events (each one service call, recorded for undo), the .ics export.
 */
public final class PlannerViewModel extends AreaViewModel {
    private final PlannerService service;
    private final ReadOnlyObjectWrapper<YearMonth> monthWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<YearMonth> month = monthWrapper.getReadOnlyProperty();
    private final ReadOnlyObjectWrapper<PlannerMonth> layoutWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<PlannerMonth> layout = layoutWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper statusWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty status = statusWrapper.getReadOnlyProperty();
    public final ObjectProperty<PlannerEvent> selected = new SimpleObjectProperty<>();

    public PlannerViewModel(UiContext context) {
        super(context);
        this.service = context.services().planner();
        monthWrapper.set(YearMonth.from(context.today()));
    }

    public void load() {
        YearMonth shown = monthWrapper.get();
        LocalDate[] range = PlannerMonth.range(shown);
        Long keep = selected.get() == null ? null : selected.get().id();
        context.tasks().run("Reading the planner", () -> PlannerMonth.of(shown, service.events(range[0], range[1])), m -> {
            layoutWrapper.set(m);
            selected.set(m.weeks().stream().flatMap(List::stream).flatMap(d -> d.events().stream())
                    .filter(e -> keep != null && e.id() == keep).findFirst().orElse(null));
        });
    }

    public void previous() {
        monthWrapper.set(monthWrapper.get().minusMonths(1));
        load();
    }

    public void next() {
        monthWrapper.set(monthWrapper.get().plusMonths(1));
        load();
    }

    public void thisMonth() {
        monthWrapper.set(YearMonth.from(context.today()));
        load();
    }

    /**
     * Adds an event (or, with a rule, its series), shows the month of its first date and says what
     * was added (and which bank holidays a series left out).
     */
    public void add(PlannerEvent event, Recurrence rule, Runnable done, Consumer<String> onError) {
        context.tasks().run("Adding to the planner", progress -> service.add(event, rule), (PlannerService.Added added) -> {
            List<PlannerEvent> events = added.events();
            statusWrapper.set("Added " + events.size() + (events.size() == 1 ? " event" : " events in the series") + ": " + event.title()
                    + (added.note().isEmpty() ? "" : ". " + added.note()));
            undo.done(edit("add " + event.title(), () -> service.delete(events.get(0).id(), events.size() > 1),
                    () -> service.restore(events)));
            show(events.get(0));
            done.run();
        }, onError);
    }

    /** Changes an event, or every event of its series; recorded for undo. */
    public void edit(PlannerEvent changed, boolean wholeSeries, Runnable done, Consumer<String> onError) {
        context.tasks().run("Changing the planner", progress -> service.edit(changed, wholeSeries), (PlannerService.Change change) -> {
            int n = change.after().size();
            statusWrapper.set("Changed " + (n == 1 ? "'" + changed.title() + "'" : n + " events of the series '" + changed.title() + "'"));
            undo.done(edit("edit " + changed.title(), () -> service.putBack(change.before()), () -> service.putBack(change.after())));
            show(change.after().stream().filter(e -> e.id() == changed.id()).findFirst().orElse(changed));
            done.run();
        }, onError);
    }

    /** Deletes an event, or every event of its series; undo puts them back. */
    public void delete(PlannerEvent event, boolean wholeSeries) {
        context.tasks().run("Deleting from the planner", () -> service.delete(event.id(), wholeSeries), gone -> {
            statusWrapper.set("Deleted " + (gone.size() == 1 ? "'" + event.title() + "' on " + event.day()
                    : gone.size() + " events of the series '" + event.title() + "'") + " (Ctrl+Z undoes it)");
            undo.done(edit("delete " + event.title(), () -> service.restore(gone), () -> service.delete(event.id(), wholeSeries)));
            selected.set(null);
            load();
        });
    }

    private void show(PlannerEvent event) {
        selected.set(event);
        monthWrapper.set(YearMonth.from(event.day()));
        load();
    }

    /** An undoable edit whose two directions are each one background service call, then the month again. */
    private UndoableEdit edit(String name, Runnable undoWork, Runnable redoWork) {
        return UndoableEdit.inBackground(context.tasks(), name, undoWork, redoWork, this::load);
    }

    /** Writes the shown month's year to an .ics calendar. */
    public void exportYear(Path out, Consumer<Integer> done) {
        int year = monthWrapper.get().getYear();
        context.tasks().run("Writing the planner calendar", () -> service.writeIcs(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), out),
                n -> {
                    statusWrapper.set("Saved " + n + " events of " + year + " to " + out.getFileName());
                    done.accept(n);
                });
    }

    public LocalDate today() {
        return context.today();
    }
}
