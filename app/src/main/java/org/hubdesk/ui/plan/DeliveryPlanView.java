package org.hubdesk.ui.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.HistoryDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.DeliveryPlanSection.Cell;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.ui.plan.DeliveryPlanViewModel.ActionRow;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * The delivery plan editor, laid out like Appendix 2: the priority across the top, current data
 * beside the measures, guidance and first evidence, the audits and the two kinds of feedback side
 * by side, then the missing-evidence question and the action plan. On the right: the completeness
 * checklist, find results and versions. Text is saved as it is typed (within half a second).
 */
public final class DeliveryPlanView extends ModelScreen<DeliveryPlanViewModel, BorderPane> {
    static final Duration SAVE_DELAY = Duration.millis(400);

    private final StackPane centre = new StackPane();
    private final ScrollPane scroll = new ScrollPane();
    private final GridPane template = new GridPane();
    private final Map<DeliveryPlanSection, VBox> cells = new EnumMap<>(DeliveryPlanSection.class);
    private final Map<DeliveryPlanSection, MarkupEditor> textEditors = new EnumMap<>(DeliveryPlanSection.class);
    private final Map<DeliveryPlanSection, ListView<EvidenceEntry>> evidenceLists = new EnumMap<>(DeliveryPlanSection.class);
    private final Label message = new Label();
    private final Label priority = new Label();
    private final Label measuresPreview = new Label();
    private final TableView<ActionRow> actionTable = new TableView<>();
    private final ListView<PracticeDownload> downloadList = new ListView<>();
    private final TextField find = new TextField();
    private final PlanSidePanel sidePanel;
    private boolean updating;

    public DeliveryPlanView(UiContext context) {
        super(new DeliveryPlanViewModel(context), new BorderPane());
        this.sidePanel = new PlanSidePanel(model, this::scrollTo, this::reveal);
        root.getStylesheets().add(DeliveryPlanView.class.getResource("plan.css").toExternalForm());
        PlanToolbar top = new PlanToolbar(model, find, message, this::reveal, sidePanel::showFind, this::attempt);
        root.setTop(new VBox(top.toolbar(), top.readOnlyBanner()));
        buildTemplate();
        scroll.setContent(template);
        scroll.setFitToWidth(true);
        scroll.setId("plan-scroll");
        Label none = new Label("No delivery plan yet. Create one with New plan… (one per hub cycle).");
        none.visibleProperty().bind(model.plan.isNull());
        scroll.visibleProperty().bind(model.plan.isNotNull());
        centre.getChildren().addAll(scroll, none);
        root.setCenter(centre);
        root.setRight(sidePanel.node());
        model.plan.addListener((o, a, p) -> show(p));
        model.comparison.addListener((o, a, c) -> {
            centre.getChildren().removeIf(n -> "comparison".equals(n.getId()));
            if (c != null) {
                centre.getChildren().add(PlanComparisonPane.of(c, () -> model.comparison.set(null)));
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                find.requestFocus();
                find.selectAll();
                e.consume();
            }
        });
    }

    // ---- the template

    private void buildTemplate() {
        template.setPadding(new Insets(10));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        ColumnConstraints half2 = new ColumnConstraints();
        half2.setPercentWidth(50);
        template.getColumnConstraints().addAll(half, half2);
        template.setId("plan-template");
        for (Cell cell : DeliveryPlanSection.layout()) {
            VBox box = cell(cell.section());
            cells.put(cell.section(), box);
            int column = cell.column() == DeliveryPlanSection.Column.RIGHT ? 1 : 0;
            int span = cell.column() == DeliveryPlanSection.Column.BOTH ? 2 : 1;
            template.add(box, column, cell.row(), span, cell.rowSpan());
        }
    }

    private VBox cell(DeliveryPlanSection section) {
        Label title = new Label(section == DeliveryPlanSection.ACTION_PLAN ? "Action plan" : section.title());
        title.getStyleClass().add("plan-cell-title");
        title.setWrapText(true);
        VBox box = new VBox(6, title);
        box.getStyleClass().add("plan-cell");
        box.setId("section-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        switch (section.kind()) {
            case PRIORITY -> {
                box.getStyleClass().add("plan-priority");
                priority.setId("plan-priority");
                priority.setWrapText(true);
                priority.setStyle("-fx-font-size: 1.15em;");
                Button edit = Controls.button("Edit…", "edit-priority", "Change the priority's words",
                        () -> PlanDialogs.priority(model, model.plan.get().priorityTitle()));
                edit.disableProperty().bind(model.readOnly);
                edit.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(10, priority, edit);
                HBox.setHgrow(priority, Priority.ALWAYS);
                title.setText("Priority -");
                box.getChildren().add(row);
            }
            case TEXT, NUMBERED -> {
                Node text = textSection(section);
                box.getChildren().add(text);
                if (section == DeliveryPlanSection.CURRENT_DATA) {
                    box.getChildren().add(PlanIndicatorsBox.of(model));
                    VBox.setVgrow(text, Priority.ALWAYS);
                    VBox.setVgrow(textEditors.get(section).area(), Priority.ALWAYS);
                    textEditors.get(section).area().setMaxHeight(Double.MAX_VALUE);
                }
            }
            case EVIDENCE -> {
                box.getChildren().add(evidenceSection(section));
                if (section == DeliveryPlanSection.VISITS_AND_OBSERVATIONS) {
                    box.getChildren().add(downloadSection());
                }
            }
            case ACTIONS -> box.getChildren().add(actionSection());
        }
        if (section == DeliveryPlanSection.EVIDENCE_MISSING) {
            Button fill = Controls.button("Add the empty sections from the checklist", "fill-missing",
                    "Lists each evidence section that is still empty, as a starting answer", model::addMissingToQuestion);
            fill.disableProperty().bind(model.readOnly);
            box.getChildren().add(fill);
        }
        return box;
    }

    private Node textSection(DeliveryPlanSection section) {
        MarkupEditor editor = new MarkupEditor("text-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                section == DeliveryPlanSection.CURRENT_DATA ? 14 : 4);
        textEditors.put(section, editor);
        TextArea area = editor.area();
        area.setAccessibleText(section.title());
        area.editableProperty().bind(model.readOnly.not());
        PauseTransition pause = new PauseTransition(SAVE_DELAY);
        pause.setOnFinished(e -> save(section, area.getText()));
        area.textProperty().addListener((o, a, text) -> {
            if (!updating && !model.readOnly.get()) {
                pause.playFromStart();
            }
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !model.readOnly.get()) {
                pause.stop();
                save(section, area.getText());
                model.commitText(section);
            }
        });
        if (section == DeliveryPlanSection.SUCCESS_MEASURES) {
            area.setPromptText("One measure per line; they are numbered 1., 2., 3. in the plan");
            measuresPreview.setWrapText(true);
            measuresPreview.setId("measures-preview");
            return new VBox(4, editor, measuresPreview);
        }
        return editor;
    }

    private void save(DeliveryPlanSection section, String text) {
        try {
            model.saveText(section, text);
            message.setText("");
        } catch (UserInputException problem) {
            message.setText(problem.getMessage());
        }
    }

    private Node evidenceSection(DeliveryPlanSection section) {
        ListView<EvidenceEntry> list = new ListView<>(model.evidence(section));
        evidenceLists.put(section, list);
        list.setId("evidence-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        list.setPlaceholder(new Label("No evidence yet"));
        list.setCellFactory(v -> new PlanEntryCells.EvidenceCell(model, list));
        sizeToContent(list, model.evidence(section).size(), 300);
        model.evidence(section).addListener((javafx.collections.ListChangeListener<EvidenceEntry>) c ->
                sizeToContent(list, model.evidence(section).size(), 300));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null && !model.readOnly.get()) {
                PlanDialogs.evidence(model, section, list.getSelectionModel().getSelectedItem());
            }
        });
        Consumer<Integer> move = delta -> {
            EvidenceEntry e = list.getSelectionModel().getSelectedItem();
            if (e != null) {
                attempt(() -> model.items.moveEvidence(e, delta));
            }
        };
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        String id = section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        HBox buttons = editButtons(id,
                () -> PlanDialogs.evidence(model, section, null),
                () -> selected(list, e -> PlanDialogs.evidence(model, section, e)),
                () -> selected(list, model.items.evidence::remove),
                () -> move.accept(-1), () -> move.accept(1), list.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(4, list, buttons);
    }

    private Node downloadSection() {
        Label title = new Label("Practice downloads");
        title.getStyleClass().add("plan-cell-title");
        downloadList.setItems(model.downloads);
        downloadList.setId("practice-downloads");
        downloadList.setPlaceholder(new Label("No practice download yet"));
        downloadList.setCellFactory(v -> new PlanEntryCells.DownloadCell(downloadList));
        sizeToContent(downloadList, model.downloads.size(), 260);
        model.downloads.addListener((javafx.collections.ListChangeListener<PracticeDownload>) c ->
                sizeToContent(downloadList, model.downloads.size(), 260));
        downloadList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && downloadList.getSelectionModel().getSelectedItem() != null && !model.readOnly.get()) {
                PlanDialogs.download(model, downloadList.getSelectionModel().getSelectedItem());
            }
        });
        HBox buttons = editButtons("download", () -> PlanDialogs.download(model, null),
                () -> selected(downloadList, d -> PlanDialogs.download(model, d)),
                () -> selected(downloadList, model.items.downloads::remove), null, null,
                downloadList.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(4, title, downloadList, buttons);
    }

    private Node actionSection() {
        actionTable.setItems(model.actions);
        actionTable.setId("action-table");
        actionTable.setPlaceholder(new Label("No actions yet"));
        actionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ActionRow, String> action = column("Action plan", r -> r.action().description(), 420);
        TableColumn<ActionRow, String> lead = column("Lead", ActionRow::lead, 180);
        TableColumn<ActionRow, String> timescale = column("Timescale", ActionRow::timescale, 100);
        TableColumn<ActionRow, String> status = column("Status", ActionRow::status, 100);
        actionTable.getColumns().setAll(List.of(action, lead, timescale, status));
        actionTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("overdue-row");
                if (!empty && row != null && row.overdue()) {
                    getStyleClass().add("overdue-row");
                }
            }
        });
        actionTable.setPrefHeight(230);
        actionTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && actionTable.getSelectionModel().getSelectedItem() != null && !model.readOnly.get()) {
                PlanDialogs.action(model, actionTable.getSelectionModel().getSelectedItem().action());
            }
        });
        Consumer<Integer> move = delta -> {
            ActionRow r = actionTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                long id = r.action().id();
                attempt(() -> model.items.moveAction(r.action(), delta));
                model.actions.stream().filter(x -> x.action().id() == id).findFirst()
                        .ifPresent(x -> actionTable.getSelectionModel().select(x));
            }
        };
        model.actions.addListener((javafx.collections.ListChangeListener<ActionRow>) c -> reselect());
        actionTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        HBox buttons = editButtons("action", () -> PlanDialogs.action(model, null),
                () -> { if (actionTable.getSelectionModel().getSelectedItem() != null) {
                        PlanDialogs.action(model, actionTable.getSelectionModel().getSelectedItem().action()); } },
                () -> { if (actionTable.getSelectionModel().getSelectedItem() != null) {
                        attempt(() -> model.items.actions.remove(actionTable.getSelectionModel().getSelectedItem().action())); } },
                () -> move.accept(-1), () -> move.accept(1), actionTable.getSelectionModel().selectedItemProperty().isNull());
        Button history = HistoryDialog.button("action-history", "the selected action", actionTable, () -> {
            ActionRow r = actionTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                HistoryDialog.show(model.context.tasks(), root.getScene().getWindow(), model.context.services().history(),
                        "the action '" + r.action().description() + "'", new HistoryDialog.Of("action_item", r.action().id()));
            }
        });
        history.disableProperty().bind(actionTable.getSelectionModel().selectedItemProperty().isNull());
        buttons.getChildren().add(history);
        Label hint = new Label("Alt+Up / Alt+Down moves the selected action. Overdue is worked out from the timescale.");
        hint.getStyleClass().add("evidence-meta");
        return new VBox(4, actionTable, buttons, hint);
    }

    private long actionToReselect = -1;

    private void reselect() {
        ActionRow sel = actionTable.getSelectionModel().getSelectedItem();
        if (sel == null && actionToReselect >= 0) {
            model.actions.stream().filter(x -> x.action().id() == actionToReselect).findFirst()
                    .ifPresent(x -> actionTable.getSelectionModel().select(x));
        }
        sel = actionTable.getSelectionModel().getSelectedItem();
        actionToReselect = sel == null ? -1 : sel.action().id();
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private HBox editButtons(String id, Runnable add, Runnable edit, Runnable remove, Runnable up, Runnable down,
                             javafx.beans.binding.BooleanBinding noneSelected) {
        Button a = Controls.button("Add…", "add-" + id, null, add);
        Button e = Controls.button("Edit…", "edit-" + id, null, edit);
        Button r = Controls.button("Remove", "remove-" + id, null, remove);
        a.disableProperty().bind(model.readOnly);
        e.disableProperty().bind(model.readOnly.or(noneSelected));
        r.disableProperty().bind(model.readOnly.or(noneSelected));
        HBox box = new HBox(6, a, e, r);
        if (up != null) {
            Button u = Controls.button("↑", "up-" + id, "Move up (Alt+Up)", up);
            Button d = Controls.button("↓", "down-" + id, "Move down (Alt+Down)", down);
            u.disableProperty().bind(model.readOnly.or(noneSelected));
            d.disableProperty().bind(model.readOnly.or(noneSelected));
            box.getChildren().addAll(u, d);
        }
        return box;
    }

    private static <T> void selected(ListView<T> list, Consumer<T> action) {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item);
        }
    }

    private void attempt(Runnable r) {
        try {
            r.run();
            message.setText("");
        } catch (UserInputException problem) {
            message.setText(problem.getMessage());
        }
    }

    private static void sizeToContent(ListView<?> list, int items, double max) {
        list.setPrefHeight(Math.max(44, Math.min(max, items * 78 + 6)));
    }

    /** Brings the screen in line with the plan (after a load, an edit, undo, or opening a version). */
    private void show(DeliveryPlan p) {
        if (p == null) {
            return;
        }
        updating = true;
        try {
            priority.setText(p.priorityTitle());
            for (Map.Entry<DeliveryPlanSection, MarkupEditor> e : textEditors.entrySet()) {
                TextArea area = e.getValue().area();
                String text = p.text(e.getKey());
                boolean typing = area.isFocused() && !model.readOnly.get();
                if (!typing && !area.getText().strip().equals(text)) {
                    area.setText(text);
                }
            }
            List<String> measures = p.successMeasures();
            StringBuilder numbered = new StringBuilder();
            for (int i = 0; i < measures.size(); i++) {
                numbered.append(i + 1).append(". ").append(measures.get(i)).append('\n');
            }
            measuresPreview.setText(numbered.toString().strip());
            for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
                VBox cell = cells.get(s);
                cell.getStyleClass().remove("empty-section");
                if (p.isEmpty(s) && s != DeliveryPlanSection.EVIDENCE_MISSING) {
                    cell.getStyleClass().add("empty-section");
                }
            }
        } finally {
            updating = false;
        }
    }

    void scrollTo(DeliveryPlanSection section) {
        VBox cell = cells.get(section);
        double contentHeight = template.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        Bounds b = cell.getBoundsInParent();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, b.getMinY() / (contentHeight - viewport))));
        }
        cells.values().forEach(c -> c.getStyleClass().remove("found"));
        cell.getStyleClass().add("found");
    }

    private void reveal(DeliveryPlan.FindHit hit) {
        scrollTo(hit.section());
        if (hit.kind() == DeliveryPlan.ItemKind.EVIDENCE) {
            ListView<EvidenceEntry> list = evidenceLists.get(hit.section());
            list.getItems().stream().filter(e -> e.id() == hit.itemId()).findFirst().ifPresent(e -> {
                list.getSelectionModel().select(e);
                list.scrollTo(e);
            });
        } else if (hit.kind() == DeliveryPlan.ItemKind.ACTION) {
            model.actions.stream().filter(r -> r.action().id() == hit.itemId()).findFirst().ifPresent(r -> {
                actionTable.getSelectionModel().select(r);
                actionTable.scrollTo(r);
            });
        } else if (hit.kind() == DeliveryPlan.ItemKind.PRACTICE_DOWNLOAD) {
            model.downloads.stream().filter(d -> d.id() == hit.itemId()).findFirst().ifPresent(downloadList.getSelectionModel()::select);
        } else if (textEditors.containsKey(hit.section())) {
            TextArea area = textEditors.get(hit.section()).area();
            int at = area.getText().toLowerCase(java.util.Locale.ROOT).indexOf(find.getText().strip().toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                area.selectRange(at, at + find.getText().strip().length());
            }
        }
    }
}
