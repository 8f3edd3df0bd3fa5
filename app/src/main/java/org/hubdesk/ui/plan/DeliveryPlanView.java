package org.hubdesk.ui.plan;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.DeliveryPlanSection.Cell;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.FileLinks;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.UndoManager;
import org.hubdesk.ui.plan.DeliveryPlanViewModel.ActionRow;
import org.hubdesk.ui.shell.AreaView;
import org.hubdesk.ui.shell.UiContext;

/**
 * The delivery plan editor, laid out like Appendix 2: the priority across the top, current data
 * beside the measures, guidance and first evidence, the audits and the two kinds of feedback side
 * by side, then the missing-evidence question and the action plan. On the right: the completeness
 * checklist, find results and versions. Text is saved as it is typed (within half a second).
 */
public final class DeliveryPlanView implements AreaView {
    static final Duration SAVE_DELAY = Duration.millis(400);
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeliveryPlanViewModel model;
    private final BorderPane root = new BorderPane();
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
    private final TabPane side = new TabPane();
    private Tab findTab;
    private boolean updating;

    public DeliveryPlanView(UiContext context) {
        this.model = new DeliveryPlanViewModel(context);
        root.getStylesheets().add(DeliveryPlanView.class.getResource("plan.css").toExternalForm());
        root.setTop(new VBox(toolbar(), readOnlyBanner()));
        buildTemplate();
        scroll.setContent(template);
        scroll.setFitToWidth(true);
        scroll.setId("plan-scroll");
        Label none = new Label("No delivery plan yet. Create one with New plan… (one per hub cycle).");
        none.visibleProperty().bind(model.planProperty().isNull());
        scroll.visibleProperty().bind(model.planProperty().isNotNull());
        centre.getChildren().addAll(scroll, none);
        root.setCenter(centre);
        root.setRight(sidePanel());
        model.planProperty().addListener((o, a, p) -> show(p));
        model.comparisonProperty().addListener((o, a, c) -> showComparison(c));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                find.requestFocus();
                find.selectAll();
                e.consume();
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public UndoManager undoManager() {
        return model.undo();
    }

    @Override
    public void shown() {
        model.load();
    }

    DeliveryPlanViewModel model() {
        return model;
    }

    // ---- top

    private Node toolbar() {
        ComboBox<PlanSummary> plans = new ComboBox<>(model.plans());
        plans.setId("plan-choice");
        plans.setPrefWidth(320);
        plans.setPromptText("Delivery plans");
        plans.valueProperty().addListener((o, a, p) -> {
            if (p != null && !updating) {
                model.openPlan(p.id());
            }
        });
        model.planProperty().addListener((o, a, p) -> selectPlanIn(plans, p));
        model.plans().addListener((javafx.collections.ListChangeListener<PlanSummary>) c -> selectPlanIn(plans, model.planProperty().get()));
        Button newPlan = button("New plan…", "new-plan", "A delivery plan for a new priority", () -> PlanDialogs.newPlan(model));
        Button export = button("Export…", "export-plan", "Save the plan as Word (.docx) or PDF, laid out as Appendix 2", this::export);
        export.disableProperty().bind(model.planProperty().isNull().or(model.readOnlyProperty()));
        Button undo = new Button();
        undo.textProperty().bind(model.undo().undoNameProperty());
        undo.disableProperty().bind(model.undo().canUndoProperty().not());
        undo.setOnAction(e -> model.undo().undo());
        undo.setId("plan-undo");
        Button redo = new Button();
        redo.textProperty().bind(model.undo().redoNameProperty());
        redo.disableProperty().bind(model.undo().canRedoProperty().not());
        redo.setOnAction(e -> model.undo().redo());
        redo.setId("plan-redo");
        find.setId("plan-find");
        find.setPromptText("Find in plan (Ctrl+F)");
        find.setPrefColumnCount(16);
        find.textProperty().addListener((o, a, q) -> {
            model.find(q);
            if (q != null && !q.isBlank()) {
                side.getSelectionModel().select(findTab);
            }
        });
        find.setOnAction(e -> {
            if (!model.findHits().isEmpty()) {
                reveal(model.findHits().get(0));
            }
        });
        Label status = new Label();
        status.setId("plan-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("evidence-meta");
        message.setId("plan-message");
        message.getStyleClass().add("plan-message");
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(new Label("Plan:"), plans, newPlan, export, new Separator(), undo, redo, new Separator(), find, spacer, status);
        VBox top = new VBox(bar, message);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return top;
    }

    private void export() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the delivery plan");
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("Word document", "*.docx"),
                new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("delivery-plan.docx");
        java.io.File file = chooser.showSaveDialog(model.context().owner().get());
        if (file != null) {
            attempt(() -> model.export(file.toPath()));
        }
    }

    private void selectPlanIn(ComboBox<PlanSummary> plans, DeliveryPlan p) {
        updating = true;
        try {
            plans.setValue(p == null ? null : model.plans().stream().filter(s -> s.id() == p.id()).findFirst().orElse(null));
        } finally {
            updating = false;
        }
    }

    private Node readOnlyBanner() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            PlanVersion v = model.viewingProperty().get();
            return v == null ? "" : "Viewing the version '" + v.name() + "' kept " + TAKEN.format(v.takenAt())
                    + ". It is read-only: versions never change.";
        }, model.viewingProperty()));
        Button back = button("Back to the current plan", "back-to-current", null, model::backToCurrent);
        HBox banner = new HBox(12, text, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("read-only-banner");
        banner.setId("read-only-banner");
        banner.visibleProperty().bind(model.readOnlyProperty());
        banner.managedProperty().bind(model.readOnlyProperty());
        return banner;
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
                Button edit = button("Edit…", "edit-priority", "Change the priority's words",
                        () -> PlanDialogs.priority(model, model.planProperty().get().priorityTitle()));
                edit.disableProperty().bind(model.readOnlyProperty());
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
            Button fill = button("Add the empty sections from the checklist", "fill-missing",
                    "Lists each evidence section that is still empty, as a starting answer", model::addMissingToQuestion);
            fill.disableProperty().bind(model.readOnlyProperty());
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
        area.editableProperty().bind(model.readOnlyProperty().not());
        PauseTransition pause = new PauseTransition(SAVE_DELAY);
        pause.setOnFinished(e -> save(section, area.getText()));
        area.textProperty().addListener((o, a, text) -> {
            if (!updating && !model.readOnlyProperty().get()) {
                pause.playFromStart();
            }
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !model.readOnlyProperty().get()) {
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
        list.setCellFactory(v -> new EvidenceCell(list));
        sizeToContent(list, model.evidence(section).size(), 300);
        model.evidence(section).addListener((javafx.collections.ListChangeListener<EvidenceEntry>) c ->
                sizeToContent(list, model.evidence(section).size(), 300));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null && !model.readOnlyProperty().get()) {
                PlanDialogs.evidence(model, section, list.getSelectionModel().getSelectedItem());
            }
        });
        Consumer<Integer> move = delta -> {
            EvidenceEntry e = list.getSelectionModel().getSelectedItem();
            if (e != null) {
                attempt(() -> model.moveEvidence(e, delta));
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
                () -> selected(list, model::removeEvidence),
                () -> move.accept(-1), () -> move.accept(1), list.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(4, list, buttons);
    }

    private Node downloadSection() {
        Label title = new Label("Practice downloads");
        title.getStyleClass().add("plan-cell-title");
        downloadList.setItems(model.downloads());
        downloadList.setId("practice-downloads");
        downloadList.setPlaceholder(new Label("No practice download yet"));
        downloadList.setCellFactory(v -> new DownloadCell(downloadList));
        sizeToContent(downloadList, model.downloads().size(), 260);
        model.downloads().addListener((javafx.collections.ListChangeListener<PracticeDownload>) c ->
                sizeToContent(downloadList, model.downloads().size(), 260));
        downloadList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && downloadList.getSelectionModel().getSelectedItem() != null && !model.readOnlyProperty().get()) {
                PlanDialogs.download(model, downloadList.getSelectionModel().getSelectedItem());
            }
        });
        HBox buttons = editButtons("download", () -> PlanDialogs.download(model, null),
                () -> selected(downloadList, d -> PlanDialogs.download(model, d)),
                () -> selected(downloadList, model::removeDownload), null, null,
                downloadList.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(4, title, downloadList, buttons);
    }

    private Node actionSection() {
        actionTable.setItems(model.actions());
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
            if (e.getClickCount() == 2 && actionTable.getSelectionModel().getSelectedItem() != null && !model.readOnlyProperty().get()) {
                PlanDialogs.action(model, actionTable.getSelectionModel().getSelectedItem().action());
            }
        });
        Consumer<Integer> move = delta -> {
            ActionRow r = actionTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                long id = r.action().id();
                attempt(() -> model.moveAction(r.action(), delta));
                model.actions().stream().filter(x -> x.action().id() == id).findFirst()
                        .ifPresent(x -> actionTable.getSelectionModel().select(x));
            }
        };
        model.actions().addListener((javafx.collections.ListChangeListener<ActionRow>) c -> reselect());
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
                        attempt(() -> model.removeAction(actionTable.getSelectionModel().getSelectedItem().action())); } },
                () -> move.accept(-1), () -> move.accept(1), actionTable.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label("Alt+Up / Alt+Down moves the selected action. Overdue is worked out from the timescale.");
        hint.getStyleClass().add("evidence-meta");
        return new VBox(4, actionTable, buttons, hint);
    }

    private long actionToReselect = -1;

    private void reselect() {
        ActionRow sel = actionTable.getSelectionModel().getSelectedItem();
        if (sel == null && actionToReselect >= 0) {
            model.actions().stream().filter(x -> x.action().id() == actionToReselect).findFirst()
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
        Button a = button("Add…", "add-" + id, null, add);
        Button e = button("Edit…", "edit-" + id, null, edit);
        Button r = button("Remove", "remove-" + id, null, remove);
        a.disableProperty().bind(model.readOnlyProperty());
        e.disableProperty().bind(model.readOnlyProperty().or(noneSelected));
        r.disableProperty().bind(model.readOnlyProperty().or(noneSelected));
        HBox box = new HBox(6, a, e, r);
        if (up != null) {
            Button u = button("↑", "up-" + id, "Move up (Alt+Up)", up);
            Button d = button("↓", "down-" + id, "Move down (Alt+Down)", down);
            u.disableProperty().bind(model.readOnlyProperty().or(noneSelected));
            d.disableProperty().bind(model.readOnlyProperty().or(noneSelected));
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
                boolean typing = area.isFocused() && !model.readOnlyProperty().get();
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

    // ---- the side panel: checklist, find, versions

    private Node sidePanel() {
        side.setPrefWidth(290);
        side.setMinWidth(250);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Twelve short lines: a plain column of wrapping labels reads better than a list's fixed-height cells.
        VBox checklist = new VBox(6);
        checklist.setId("plan-checklist");
        checklist.setPadding(new Insets(4));
        Runnable fillChecklist = () -> {
            checklist.getChildren().clear();
            for (DeliveryPlan.ChecklistItem item : model.checklist()) {
                String title = item.section().title().replaceFirst("^Evidence from (.)", "Evidence: $1");
                Label line = new Label((item.filled() ? "✓  " : "○  ") + title
                        + (item.filled() ? " (" + item.entries() + ")" : " — empty"));
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                line.setStyle(item.filled() ? "-fx-cursor: hand;" : "-fx-text-fill: #9a6700; -fx-cursor: hand;");
                line.setTooltip(new Tooltip("Go to: " + item.section().title()));
                line.setOnMouseClicked(e -> scrollTo(item.section()));
                checklist.getChildren().add(line);
            }
        };
        model.checklist().addListener((javafx.collections.ListChangeListener<DeliveryPlan.ChecklistItem>) c -> fillChecklist.run());
        ScrollPane checklistScroll = new ScrollPane(checklist);
        checklistScroll.setFitToWidth(true);
        Label checklistHelp = new Label("Empty sections are the first answer to 'Is there any evidence missing?'");
        checklistHelp.setWrapText(true);
        checklistHelp.getStyleClass().add("evidence-meta");
        VBox checklistBox = new VBox(6, checklistHelp, checklistScroll);
        VBox.setVgrow(checklistScroll, Priority.ALWAYS);
        checklistBox.setPadding(new Insets(6));

        ListView<DeliveryPlan.FindHit> hits = new ListView<>(model.findHits());
        hits.setId("find-results");
        hits.setPlaceholder(new Label("Type in Find (Ctrl+F)"));
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DeliveryPlan.FindHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || hit == null ? null : DeliveryPlanViewModel.shortTitle(hit.section()) + "\n" + hit.excerpt());
            }
        });
        hits.setOnMouseClicked(e -> {
            var hit = hits.getSelectionModel().getSelectedItem();
            if (hit != null) {
                reveal(hit);
            }
        });
        VBox findBox = new VBox(hits);
        VBox.setVgrow(hits, Priority.ALWAYS);
        findBox.setPadding(new Insets(6));

        side.getTabs().addAll(new Tab("Checklist", checklistBox), findTab = new Tab("Find", findBox), versionsTab());
        return side;
    }

    private Tab versionsTab() {
        ListView<PlanVersion.Summary> versions = new ListView<>(model.versions());
        versions.setId("plan-versions");
        versions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        versions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PlanVersion.Summary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + "\n" + TAKEN.format(s.takenAt()));
            }
        });
        versions.setPlaceholder(new Label("No versions kept yet"));
        Button keep = button("Keep a version…", "keep-version",
                "Keep the plan as it is now, e.g. as 'First phase knowledge' (month 1)", () -> PlanDialogs.snapshot(model));
        keep.disableProperty().bind(model.readOnlyProperty().or(model.planProperty().isNull()));
        var noneSelected = Bindings.isEmpty(versions.getSelectionModel().getSelectedItems());
        Button open = button("Open read-only", "open-version", "Show the selected version in the editor, read-only",
                () -> model.openVersion(versions.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        Button withNow = button("Compare with now", "compare-now", "What changed since the selected version",
                () -> model.compare(versions.getSelectionModel().getSelectedItem(), null));
        withNow.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        Button two = button("Compare the two selected", "compare-two", "Select two versions (Ctrl+click)", () -> {
            var sel = List.copyOf(versions.getSelectionModel().getSelectedItems());
            model.compare(sel.get(0), sel.get(1));
        });
        two.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        noneSelected.get();
        for (Button b : List.of(keep, open, withNow, two)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(6, versions, keep, open, withNow, two);
        VBox.setVgrow(versions, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return new Tab("Versions", box);
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
            model.actions().stream().filter(r -> r.action().id() == hit.itemId()).findFirst().ifPresent(r -> {
                actionTable.getSelectionModel().select(r);
                actionTable.scrollTo(r);
            });
        } else if (hit.kind() == DeliveryPlan.ItemKind.PRACTICE_DOWNLOAD) {
            model.downloads().stream().filter(d -> d.id() == hit.itemId()).findFirst().ifPresent(downloadList.getSelectionModel()::select);
        } else if (textEditors.containsKey(hit.section())) {
            TextArea area = textEditors.get(hit.section()).area();
            int at = area.getText().toLowerCase(java.util.Locale.ROOT).indexOf(find.getText().strip().toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                area.selectRange(at, at + find.getText().strip().length());
            }
        }
    }

    // ---- comparison

    private void showComparison(PlanComparison c) {
        centre.getChildren().removeIf(n -> "comparison".equals(n.getId()));
        if (c == null) {
            return;
        }
        VBox list = new VBox(8);
        list.setPadding(new Insets(10));
        Label heading = new Label("Changes from '" + c.olderName() + "' to '" + c.newerName() + "': "
                + c.count(PlanComparison.ChangeKind.ADDED) + " added, " + c.count(PlanComparison.ChangeKind.CHANGED) + " changed, "
                + c.count(PlanComparison.ChangeKind.REMOVED) + " removed");
        heading.setId("comparison-heading");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        Button close = button("Close comparison", "close-comparison", null, () -> model.comparisonProperty().set(null));
        list.getChildren().add(new HBox(12, heading, close));
        if (c.identical()) {
            list.getChildren().add(new Label("No differences."));
        }
        List<String> unchanged = c.sections().stream().filter(s -> s.changes().isEmpty())
                .map(s -> s.section().title()).toList();
        if (!c.identical() && !unchanged.isEmpty()) {
            Label same = new Label("No changes in: " + String.join("; ", unchanged));
            same.setWrapText(true);
            same.getStyleClass().add("evidence-meta");
            list.getChildren().add(same);
        }
        for (PlanComparison.SectionChanges s : c.changedSections()) {
            Label title = new Label(s.section().title());
            title.getStyleClass().add("plan-cell-title");
            title.setWrapText(true);
            VBox section = new VBox(4, title);
            section.getStyleClass().add("plan-cell");
            for (PlanComparison.Change ch : s.changes()) {
                String kind = ch.kind().name().toLowerCase(java.util.Locale.ROOT);
                String text = switch (ch.kind()) {
                    case ADDED -> "Added " + ch.what().toLowerCase(java.util.Locale.ROOT) + ": " + ch.after();
                    case REMOVED -> "Removed " + ch.what().toLowerCase(java.util.Locale.ROOT) + ": " + ch.before();
                    case CHANGED -> "Changed " + ch.what().toLowerCase(java.util.Locale.ROOT) + ":\n  was: " + ch.before() + "\n  now: " + ch.after();
                };
                Label line = new Label(text);
                line.setWrapText(true);
                line.setMaxWidth(Double.MAX_VALUE);
                line.getStyleClass().addAll("change-" + kind, "comparison-change");
                if (ch.kind() == PlanComparison.ChangeKind.REMOVED) {
                    line.setStyle("-fx-strikethrough: true;");
                }
                section.getChildren().add(line);
            }
            list.getChildren().add(section);
        }
        ScrollPane pane = new ScrollPane(list);
        pane.setFitToWidth(true);
        pane.setId("comparison");
        pane.setStyle("-fx-background-color: white;");
        centre.getChildren().add(pane);
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (tooltip != null) {
            b.setTooltip(new Tooltip(tooltip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---- cells

    /** An evidence entry: its formatted text, then source, agency, date and file. */
    private final class EvidenceCell extends ListCell<EvidenceEntry> {
        private final ListView<EvidenceEntry> list;

        EvidenceCell(ListView<EvidenceEntry> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(EvidenceEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            TextFlow text = RichTextNodes.flow(e.text());
            text.maxWidthProperty().bind(list.widthProperty().subtract(40));
            text.prefWidthProperty().bind(list.widthProperty().subtract(40));
            StringBuilder meta = new StringBuilder(e.source().label());
            String agency = model.agencyName(e.agencyId());
            if (agency != null) {
                meta.append(" · ").append(agency);
            }
            if (e.datedOn() != null) {
                meta.append(" · ").append(e.datedOn());
            }
            Label metaLabel = new Label(meta.toString());
            metaLabel.getStyleClass().add("evidence-meta");
            metaLabel.setWrapText(true);
            metaLabel.maxWidthProperty().bind(list.widthProperty().subtract(40));
            VBox box = new VBox(2, text, metaLabel);
            if (e.fileLink() != null) {
                box.getChildren().add(fileLink(e.fileLink()));
            }
            setGraphic(box);
        }
    }

    private Node fileLink(String link) {
        String name = Path.of(link).getFileName() == null ? link : Path.of(link).getFileName().toString();
        if (!FileLinks.exists(link)) {
            Label missing = new Label("File missing: " + link + " (moved or renamed? edit the entry to choose it again)");
            missing.getStyleClass().add("missing-file");
            missing.setWrapText(true);
            return missing;
        }
        Hyperlink h = new Hyperlink("📎 " + name);
        h.setTooltip(new Tooltip(link));
        h.setOnAction(e -> openFile(link));
        return h;
    }

    private void openFile(String link) {
        try {
            Path file = FileLinks.requireExisting(link);
            model.context().tasks().run("Opening " + file.getFileName(), () -> {
                if (!java.awt.Desktop.isDesktopSupported() || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    throw new UserInputException("This computer cannot open files from Hubdesk; the file is at " + file);
                }
                java.awt.Desktop.getDesktop().open(file.toFile());
                return null;
            }, r -> { });
        } catch (UserInputException problem) {
            Dialogs.error(model.context().owner().get(), problem.getMessage());
        }
    }

    /** A practice download: what was observed, then the five questions answered. */
    private final class DownloadCell extends ListCell<PracticeDownload> {
        private final ListView<PracticeDownload> list;

        DownloadCell(ListView<PracticeDownload> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(PracticeDownload d, boolean empty) {
            super.updateItem(d, empty);
            setText(null);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(d.observed() + (d.observedOn() == null ? "" : " — " + d.observedOn()));
            title.setStyle("-fx-font-weight: bold;");
            title.setWrapText(true);
            VBox box = new VBox(2, title);
            for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
                if (!d.answer(q).isEmpty()) {
                    Label a = new Label(q.words() + " " + d.answer(q));
                    a.setWrapText(true);
                    a.maxWidthProperty().bind(list.widthProperty().subtract(40));
                    box.getChildren().add(a);
                }
            }
            setGraphic(box);
        }
    }
}
