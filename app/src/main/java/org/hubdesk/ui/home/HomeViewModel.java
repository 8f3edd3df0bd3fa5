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
    private final ObservableList<DueItem> items = FXCollections.observableArrayList();
    private final IntegerProperty within = new SimpleIntegerProperty(DueList.DEFAULT_WITHIN_DAYS);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper();

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
            loaded.set(true);
            revision.set(revision.get() + 1);
        });
    }

    public LocalDate today() {
        return context.today();
    }

    public ObservableList<DueItem> items() {
        return items;
    }

    /** The items under their headings, in Home's order. */
    public Map<DueKind, List<DueItem>> grouped() {
        return DueList.grouped(items);
    }

    public IntegerProperty withinProperty() {
        return within;
    }

    /** Bumped after every load, even one that finds the same items. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
