package org.hubdesk.ui.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueKind;
import org.hubdesk.domain.home.DueList;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.UiContext;

/** Home's list: what is due from today to {@code within} days ahead, reloaded each time Home is shown. */
public final class HomeViewModel implements AreaModel {
    private final UiContext context;
    public final ObservableList<DueItem> items = FXCollections.observableArrayList();
    public final IntegerProperty within = new SimpleIntegerProperty(DueList.DEFAULT_WITHIN_DAYS);
    private final ReadOnlyBooleanWrapper loadedWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty loaded = loadedWrapper.getReadOnlyProperty();
    private final javafx.beans.property.ReadOnlyIntegerWrapper revisionWrapper = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** Bumped after every load, even one that finds the same items. */
    public final javafx.beans.property.ReadOnlyIntegerProperty revision = revisionWrapper.getReadOnlyProperty();

    public HomeViewModel(UiContext context) {
        this.context = context;
        within.addListener((o, a, b) -> load());
    }

    @Override
    public void load() {
        LocalDate today = context.today();
        int days = within.get();
        context.tasks().run("Gathering what is due", () -> context.services().due().due(today, days), list -> {
            items.setAll(list);
            loadedWrapper.set(true);
            revisionWrapper.set(revisionWrapper.get() + 1);
        });
    }

    public LocalDate today() {
        return context.today();
    }

    /** The items under their headings, in Home's order. */
    public Map<DueKind, List<DueItem>> grouped() {
        return DueList.grouped(items);
    }
}
