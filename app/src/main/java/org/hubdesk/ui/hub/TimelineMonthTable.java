package org.hubdesk.ui.hub;

import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.ProgrammeMonths;

/** The month view of the timeline: each month's activities by priority, as in Appendix 3's table. */
final class TimelineMonthTable {
    private final TableView<ProgrammeMonths.MonthRow> monthTable = new TableView<>();

    Node node() {
        monthTable.setId("month-table");
        monthTable.setPlaceholder(new Label("No hub cycles in this partnership year"));
        monthTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label hint = new Label("Each month's activities by priority, as in the Learning Hub model (Appendix 3). Choose the year in the toolbar.");
        VBox box = new VBox(6, hint, monthTable);
        VBox.setVgrow(monthTable, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    void show(ProgrammeMonths months) {
        monthTable.getColumns().clear();
        if (months == null) {
            monthTable.getItems().clear();
            return;
        }
        TableColumn<ProgrammeMonths.MonthRow, String> month = new TableColumn<>("Month");
        month.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT)
                        + " " + c.getValue().month().getYear()));
        month.setPrefWidth(90);
        month.setMinWidth(80);
        monthTable.getColumns().add(month);
        Map<Long, String> priorities = new LinkedHashMap<>();
        months.rows().forEach(r -> r.entries().forEach(e -> priorities.putIfAbsent(e.priority().id(), e.priority().title())));
        for (var p : priorities.entrySet()) {
            TableColumn<ProgrammeMonths.MonthRow, ProgrammeMonths.MonthRow> column = new TableColumn<>();
            Label header = new Label(p.getValue());
            header.setWrapText(true);
            header.setMaxWidth(300);
            column.setGraphic(header);
            column.setPrefWidth(310);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(ProgrammeMonths.MonthRow row, boolean empty) {
                    super.updateItem(row, empty);
                    if (empty || row == null) {
                        setText(null);
                        setGraphic(null);
                        return;
                    }
                    StringBuilder text = new StringBuilder();
                    row.entries().stream().filter(e -> e.priority().id() == p.getKey()).forEach(e -> {
                        text.append(e.phase().kind().label()).append('\n');
                        e.activities().forEach(a -> text.append("• ").append(a.description())
                                .append(a.status() == ActivityStatus.PLANNED ? "" : " (" + a.status().label().toLowerCase(Locale.ROOT) + ")")
                                .append('\n'));
                    });
                    // A wrapping Text makes the row as tall as the month's activities need.
                    javafx.scene.text.Text body = new javafx.scene.text.Text(text.toString().strip());
                    body.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                    setText(null);
                    setAlignment(Pos.TOP_LEFT);
                    setGraphic(text.length() == 0 ? null : body);
                }
            });
            monthTable.getColumns().add(column);
        }
        monthTable.getItems().setAll(months.rows());
    }
}
