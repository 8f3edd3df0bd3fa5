package org.hubdesk.ui.learning;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import java.util.List;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.HistoryDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.service.learning.RecommendationService.CycleChoice;
import org.hubdesk.ui.common.Lists;
import org.hubdesk.ui.common.Tables;
import org.hubdesk.ui.shell.ModelAreaView;
import org.hubdesk.ui.shell.UiContext;

/**
 * Learning: the hub cycles on the left; on the right the chosen cycle's recommendations to the
 * Partnership Board (seed 000, Month 4) and, below, the chosen recommendation's actions.
 */
public final class LearningView implements ModelAreaView {
    private final LearningViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<RecommendationActions> recommendations = new TableView<>();
    private final TableView<ActionItem> actions = new TableView<>();
    private final TrackerView tracker;
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();

    public LearningView(UiContext context) {
        this.model = new LearningViewModel(context);
        this.tracker = new TrackerView(context);
        javafx.scene.control.Tab recommendationsTab = new javafx.scene.control.Tab("Hub recommendations", root);
        recommendationsTab.setId("tab-recommendations");
        javafx.scene.control.Tab trackerTab = new javafx.scene.control.Tab("Learning tracker", tracker.node());
        trackerTab.setId("tab-tracker");
        tabs.getTabs().addAll(recommendationsTab, trackerTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        ListView<CycleChoice> cycles = new ListView<>(model.cycles);
        cycles.setId("cycle-list");
        Lists.wrappingTextCells(cycles, c -> c.priorityTitle() + "\n" + c.yearLabel() + " · " + c.firstMonth() + " to " + c.lastMonth());
        cycles.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                model.selectedCycle.set(c);
            }
        });
        model.selectedCycle.addListener((o, a, c) -> showSelected(cycles));
        // Reloading replaces the list's items, which clears its selection; show the chosen cycle again.
        model.cycles.addListener((javafx.collections.ListChangeListener<CycleChoice>) change -> showSelected(cycles));
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(Bindings.when(model.loaded)
                .then("No hub cycles yet. Plan them on the Hub timeline.").otherwise("Loading hub cycles…"));
        cycles.setPlaceholder(none);
        root.setCenter(Lists.besideDetail("Hub cycles", cycles, 220, rightPane(), 0.24));
        model.load();
    }

    private void showSelected(ListView<CycleChoice> cycles) {
        CycleChoice c = model.selectedCycle.get();
        if (c != null && !c.equals(cycles.getSelectionModel().getSelectedItem()) && cycles.getItems().contains(c)) {
            cycles.getSelectionModel().select(c);
            cycles.scrollTo(c);
        }
    }

    private Node rightPane() {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedCycle.get() == null
                ? "No hub cycle chosen" : model.selectedCycle.get().priorityTitle(), model.selectedCycle));
        Label intro = new Label("Recommendations the hub makes to the Partnership Board on an operational and a strategic level, "
                + "with the board's decision.");
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Button add = Controls.button("Add recommendation…", "add-recommendation", "Add a recommendation for this hub cycle",
                this::addRecommendation);
        add.disableProperty().bind(model.selectedCycle.isNull());
        Button edit = Controls.button("Edit…", "edit-recommendation", "Edit the selected recommendation (Enter)", this::editRecommendation);
        Button remove = Controls.button("Remove", "remove-recommendation", "Remove the selected recommendation and its actions (Delete)",
                this::removeRecommendation);
        Button up = Controls.button("Move up", "recommendation-up", "Move the recommendation up the list", () -> move(-1));
        Button down = Controls.button("Move down", "recommendation-down", "Move the recommendation down the list", () -> move(1));
        for (Button b : new Button[] {edit, remove, up, down}) {
            b.disableProperty().bind(model.selectedRecommendation.isNull());
        }
        Button undo = Controls.button("Undo", "learning-undo", "Undo the last change (Ctrl+Z)", () -> model.undo().undo());
        undo.disableProperty().bind(model.undo().canUndo.not());
        Button redo = Controls.button("Redo", "learning-redo", "Redo (Ctrl+Y)", () -> model.undo().redo());
        redo.disableProperty().bind(model.undo().canRedo.not());
        Button send = Controls.button("Send to learning tracker", "recommendation-to-tracker",
                "Record the selected recommendation's learning in the learning tracker, to disseminate it and review its impact",
                this::sendToTracker);
        send.disableProperty().bind(model.selectedRecommendation.isNull());
        Button history = HistoryDialog.button("recommendation-history", "this recommendation and its actions", root, this::history);
        history.disableProperty().bind(model.selectedRecommendation.isNull());
        ToolBar tools = new ToolBar(add, edit, remove, history, new Separator(), up, down, new Separator(), undo, redo);
        buildRecommendationTable();

        Label actionsTitle = new Label("Actions");
        actionsTitle.getStyleClass().add("title-4");
        Button addAction = Controls.button("Add action…", "add-action", "Add an action to carry out the selected recommendation",
                this::addAction);
        Button editAction = Controls.button("Edit…", "edit-action", "Edit the selected action", this::editAction);
        Button removeAction = Controls.button("Remove", "remove-action", "Remove the selected action", this::removeAction);
        addAction.disableProperty().bind(model.selectedRecommendation.isNull());
        editAction.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        removeAction.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        ToolBar actionTools = new ToolBar(addAction, editAction, removeAction, new Separator(), send);
        buildActionTable();

        VBox top = new VBox(8, title, intro, tools, recommendations);
        VBox.setVgrow(recommendations, Priority.ALWAYS);
        VBox bottom = new VBox(8, actionsTitle, actionTools, actions);
        VBox.setVgrow(actions, Priority.ALWAYS);
        SplitPane pane = new SplitPane(top, bottom);
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(0.6);
        top.setPadding(new Insets(10, 10, 4, 10));
        bottom.setPadding(new Insets(4, 10, 10, 10));
        return pane;
    }

    private void buildRecommendationTable() {
        recommendations.setId("recommendation-table");
        recommendations.setItems(model.recommendations);
        recommendations.setPlaceholder(new Label("No recommendations yet. The hub agrees them in the cycle's final month."));
        recommendations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recommendations.getColumns().add(column("No.", r -> "R" + (model.recommendations.indexOf(r) + 1), 45));
        recommendations.getColumns().add(wrapping(column("What was learned",
                r -> r.recommendation().whatWasLearned() == null ? "" : r.recommendation().whatWasLearned(), 270)));
        recommendations.getColumns().add(wrapping(column("Recommendation", r -> r.recommendation().text(), 270)));
        recommendations.getColumns().add(column("Level", r -> r.recommendation().level().label(), 110));
        recommendations.getColumns().add(column("Board decision", r -> r.recommendation().boardDecision() == BoardDecision.AGREED
                ? "Agreed " + r.recommendation().agreedOn() : r.recommendation().boardDecision().label(), 135));
        recommendations.getColumns().add(wrapping(column("Actions", r -> r.progress(model.context().today()), 120)));
        recommendations.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.selectedRecommendation.set(r);
            }
        });
        model.selectedRecommendation.addListener((o, a, r) -> {
            if (r != null && recommendations.getSelectionModel().getSelectedItem() != r) {
                recommendations.getSelectionModel().select(r);
            }
        });
        Tables.editOnDoubleClick(recommendations, this::editRecommendation);
        Tables.editAndDeleteKeys(recommendations, this::editRecommendation, this::removeRecommendation);
    }

    private void buildActionTable() {
        actions.setId("action-table");
        actions.setItems(model.actions);
        actions.setPlaceholder(new Label("No actions for this recommendation yet."));
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actions.getColumns().add(wrapping(column("Action", ActionItem::description, 420)));
        actions.getColumns().add(column("Lead", model::leadOf, 200));
        actions.getColumns().add(column("Timescale", a -> a.timescale() == null ? "" : a.timescale().toString(), 100));
        actions.getColumns().add(column("Status", a -> a.statusLabel(model.context().today()), 110));
        Tables.editOnDoubleClick(actions, this::editAction);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        return Tables.textColumn(title, width, value);
    }

    /** Long text wraps in the cell rather than running off behind an ellipsis. */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty ? null : value);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    private void addRecommendation() {
        CycleChoice cycle = model.selectedCycle.get();
        if (cycle != null) {
            new RecommendationDialog(model, cycle.cycleId(), null).showAndWait();
        }
    }

    private void editRecommendation() {
        RecommendationActions r = model.selectedRecommendation.get();
        if (r != null) {
            new RecommendationDialog(model, r.recommendation().hubCycleId(), r.recommendation()).showAndWait();
        }
    }

    /** The selected recommendation's history and its actions', merged. */
    private void history() {
        RecommendationActions r = model.selectedRecommendation.get();
        if (r != null) {
            List<HistoryDialog.Of> records = new java.util.ArrayList<>(List.of(new HistoryDialog.Of("recommendation", r.recommendation().id())));
            r.actions().forEach(a -> records.add(new HistoryDialog.Of("action_item", a.id())));
            var context = model.context();
            HistoryDialog.show(context.tasks(), root.getScene().getWindow(), context.services().history(), "the recommendation",
                    records.toArray(HistoryDialog.Of[]::new));
        }
    }

    private void removeRecommendation() {
        RecommendationActions r = model.selectedRecommendation.get();
        if (r != null) {
            model.removeRecommendation(r);
        }
    }

    private void move(int delta) {
        RecommendationActions r = model.selectedRecommendation.get();
        if (r != null) {
            model.move(r, delta);
        }
    }

    private void addAction() {
        RecommendationActions r = model.selectedRecommendation.get();
        if (r != null) {
            new ActionDialog(model, r.recommendation().id(), null).showAndWait();
        }
    }

    private void editAction() {
        RecommendationActions r = model.selectedRecommendation.get();
        ActionItem a = actions.getSelectionModel().getSelectedItem();
        if (r != null && a != null) {
            new ActionDialog(model, r.recommendation().id(), a).showAndWait();
        }
    }

    private void removeAction() {
        ActionItem a = actions.getSelectionModel().getSelectedItem();
        if (a != null) {
            model.removeAction(a);
        }
    }

    public LearningViewModel model() {
        return model;
    }

    private void sendToTracker() {
        RecommendationActions r = model.selectedRecommendation.get();
        if (r != null) {
            tracker.model().addFromRecommendation(r.recommendation().id(), () -> showTracker(true),
                    problem -> org.hubdesk.ui.common.Dialogs.error(root.getScene() == null ? null : root.getScene().getWindow(), problem));
        }
    }

    @Override
    public void open(org.hubdesk.domain.home.DuePlace place, long id) {
        if (place == org.hubdesk.domain.home.DuePlace.LEARNING) {
            showTracker(true);
            tracker.model().open(id);
        }
    }

    /** The learning tracker, the area's second tab. */
    public TrackerView tracker() {
        return tracker;
    }

    /** Shows the learning tracker tab (else the hub recommendations). */
    public void showTracker(boolean show) {
        tabs.getSelectionModel().select(show ? 1 : 0);
    }

    @Override
    public Node node() {
        return tabs;
    }

    /** Reloads the recommendations, as every model-driven area does, and the tracker tab too. */
    @Override
    public void shown() {
        ModelAreaView.super.shown();
        tracker.model().load();
    }
}
