package org.hubdesk.ui.learning;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.Tables;
import org.hubdesk.ui.shell.UiContext;

/**
 * The learning tracker (seed 003's "tracker and recording template"): every learning record with
 * its stage round the loop and what is late, filtered by stage and overdue; the chosen record's
 * key messages, dissemination plan, 7-minute briefing and impact review on the right.
 */
public final class TrackerView {
    private final TrackerViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<TrackerLine> table = new TableView<>();

    public TrackerView(UiContext context) {
        this.model = new TrackerViewModel(context);
        root.setTop(filters());
        buildTable();
        TrackerDetailPane detail = new TrackerDetailPane(model, () -> root.getScene() == null ? null : root.getScene().getWindow());
        ScrollPane right = Controls.scrolling(detail.node());
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(Controls.besideDetail(table, right, 0.5));
    }

    public TrackerViewModel model() {
        return model;
    }

    public Node node() {
        return root;
    }

    private Node filters() {
        ComboBox<LearningStage> stage = Tables.filter("tracker-stage", LearningStage.values(), "All stages", model.stageFilter);
        stage.setAccessibleText("Stage filter");
        CheckBox overdue = new CheckBox("Overdue only");
        overdue.setId("tracker-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnly);
        Label title = new Label("Learning tracker");
        title.getStyleClass().add("title-3");
        return new ToolBar(title, new Separator(), new Label("Stage:"), stage, overdue);
    }

    private void buildTable() {
        table.setId("tracker-table");
        table.setItems(model.lines);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("No.", 55, l -> Long.toString(l.record().id())));
        table.getColumns().add(column("Source", 150, TrackerLine::source));
        table.getColumns().add(column("Activity", 200, l -> l.record().activity()));
        table.getColumns().add(column("Stage", 140, l -> l.stage().label()));
        TableColumn<TrackerLine, String> late = column("Overdue", 170, l -> l.isOverdue() ? "Overdue: " + l.overdue() : "");
        late.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setStyle(empty || text == null || text.isEmpty() ? "" : "-fx-background-color: #f8d0d0; -fx-font-weight: bold;");
            }
        });
        table.getColumns().add(late);
        Label none = new Label();
        none.textProperty().bind(Bindings.when(model.loaded)
                .then("No learning records match. Send learning here from a hub recommendation or a case review.")
                .otherwise("Loading the learning tracker…"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            if (l != null && l != model.selected.get()) {
                model.selected.set(l);
            }
        });
        model.selected.addListener((o, a, l) -> {
            if (l != null && table.getItems().contains(l)) {
                table.getSelectionModel().select(l);
            }
        });
    }

    private static TableColumn<TrackerLine, String> column(String title, double width, java.util.function.Function<TrackerLine, String> value) {
        return Tables.textColumn(title, width, value);
    }
}
