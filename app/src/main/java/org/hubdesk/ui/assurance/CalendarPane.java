package org.hubdesk.ui.assurance;

import static org.hubdesk.ui.assurance.AssuranceNodes.emptyLabel;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.ui.common.Controls;

/**
 * The Audit calendar tab: a partnership year's audits and observations month by month, with the
 * Learning Hub cycles' audit months among them; Add entry… and Edit entry… (or a double-click)
 * open the calendar entry form. A hub cycle's line is planned on the Hub timeline, not here.
 */
final class CalendarPane {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final AssuranceViewModel model;
    private final TableView<CalendarEntry> table;

    CalendarPane(AssuranceViewModel model) {
        this.model = model;
        this.table = new TableView<>(model.entries);
    }

    /** The tab's content; the Assurance screen builds it once. */
    Node build() {
        table.setId("calendar");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Month", 110, e -> MONTH.format(e.month())));
        table.getColumns().add(column("Activity", 190, e -> e.kind().label()));
        table.getColumns().add(column("Theme", 280, CalendarEntry::theme));
        table.getColumns().add(column("Lead", 170, CalendarEntry::lead));
        table.getColumns().add(column("Agencies", 200, CalendarEntry::agencies));
        table.getColumns().add(column("Template", 170, CalendarEntry::template));
        table.getColumns().add(column("Findings", 300, CalendarEntry::findings));
        table.getColumns().add(column("Fed back", 220, CalendarEntry::feedbackText));
        table.setPlaceholder(emptyLabel("calendar-empty", "No audits or observations planned for this year, and no Learning Hub "
                + "cycle has its audit month in it. Add one with Add entry…"));
        table.setRowFactory(t -> {
            TableRow<CalendarEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && editable(row.getItem())) {
                    CalendarEntryDialog.show(model, row.getItem());
                }
            });
            return row;
        });
        Label year = new Label();
        year.setId("calendar-year");
        year.textProperty().bind(Bindings.createStringBinding(() -> model.year.get() == null ? ""
                : model.year.get().label() + " (" + model.year.get().span() + ")", model.year));
        Button prev = Controls.button("Previous year", null, null, model::previousYear);
        Button next = Controls.button("Next year", null, null, model::nextYear);
        Button add = Controls.button("Add entry…", "calendar-add", null, () -> CalendarEntryDialog.show(model, null));
        add.disableProperty().bind(model.year.isNull());
        Button edit = Controls.button("Edit entry…", "calendar-edit", null,
                () -> CalendarEntryDialog.show(model, table.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(Bindings.createBooleanBinding(() -> !editable(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        BorderPane pane = new BorderPane(table);
        pane.setTop(new ToolBar(prev, year, next, gap, add, edit));
        pane.setPadding(new Insets(10));
        return pane;
    }

    /** Hub cycles' audit months are shown, not stored: they are edited on the Hub timeline. */
    private static boolean editable(CalendarEntry e) {
        return e != null && e.kind() != CalendarEntry.Kind.HUB_CYCLE;
    }

    private static TableColumn<CalendarEntry, String> column(String title, double width, Function<CalendarEntry, String> value) {
        TableColumn<CalendarEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue()) == null ? "" : value.apply(d.getValue())));
        return c;
    }
}
