package org.hubdesk.ui.hub;

import java.io.File;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.Conflict;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.ProgrammeMonths;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.hub.TimelineExporter;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.UndoManager;
import org.hubdesk.ui.shell.AreaView;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Learning Hub timeline: months across, one row per priority, phases as coloured bars drawn
 * from the same {@link TimelineLayout} as the PNG and PDF exports. Drag a bar to move its cycle
 * (its right edge to stretch the phase), or Alt+Left/Right and Alt+Shift+Left/Right; a month view
 * shows the Appendix 3 table; the details pane edits the selected phase.
 */
public final class TimelineView implements AreaView {
    private static final double EDGE = 8;

    private final TimelineViewModel model;
    private final UiContext context;
    private final BorderPane root = new BorderPane();
    private final Pane canvas = new Pane();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Map<Long, List<Label>> barsByCycle = new LinkedHashMap<>();
    private final TableView<Activity> activities = new TableView<>();
    private final TableView<ProgrammeMonths.MonthRow> monthTable = new TableView<>();
    private final ComboBox<Person> lead = new ComboBox<>();
    private final TextField firstMonth = new TextField();
    private final TextField lastMonth = new TextField();
    private final Label phaseHeading = new Label("Select a phase on the timeline to see its activities.");
    private final VBox conflictBox = new VBox(2);
    private final Label membersSummary = new Label();
    private boolean updatingDetails;
    private Pane pinned;
    private Pane header;
    private Rectangle corner;

    private double pressX;
    private double pressWidth;
    private boolean stretching;

    public TimelineView(UiContext context) {
        this.context = context;
        this.model = new TimelineViewModel(context);
        canvas.setId("timeline-canvas");
        canvas.setStyle("-fx-background-color: white;");
        scroll.setId("timeline-scroll");
        scroll.setPannable(false);
        scroll.hvalueProperty().addListener((o, a, b) -> pin());
        scroll.vvalueProperty().addListener((o, a, b) -> pin());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> pin());

        TabPane tabs = new TabPane(new Tab("Timeline", timelinePane()), new Tab("Month view", monthView()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("timeline-tabs");
        root.setTop(toolbar());
        root.setCenter(tabs);
        root.setBottom(bottom());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);

        model.layoutProperty().addListener((o, a, layout) -> draw(layout));
        model.selectionProperty().addListener((o, a, s) -> showDetails(s));
        model.conflicts().addListener((javafx.collections.ListChangeListener<Conflict>) c -> showConflicts());
        model.monthsProperty().addListener((o, a, m) -> showMonths(m));
        model.focusMonthProperty().addListener((o, a, month) -> {
            if (month != null) {
                javafx.application.Platform.runLater(() -> scrollTo(month));
                scrollTo(month);
            }
        });
        showConflicts();
        model.load();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public UndoManager undoManager() {
        return model.undoManager();
    }

    @Override
    public void shown() {
        model.load();
    }

    TimelineViewModel model() {
        return model;
    }

    // ---- toolbar

    private ToolBar toolbar() {
        Button plan = new Button("Plan programme…");
        plan.setId("plan-programme");
        plan.setOnAction(e -> planDialog());

        Slider zoom = new Slider(TimelineViewModel.MIN_MONTH_WIDTH, TimelineViewModel.MAX_MONTH_WIDTH, model.monthWidthProperty().get());
        zoom.setId("zoom");
        zoom.setPrefWidth(140);
        zoom.valueProperty().bindBidirectional(model.monthWidthProperty());
        zoom.setTooltip(new Tooltip("Zoom: from one year to many (Ctrl+plus, Ctrl+minus)"));
        Button fitYear = new Button("Year");
        fitYear.setId("zoom-year");
        fitYear.setTooltip(new Tooltip("Show the chosen partnership year across the window"));
        fitYear.setOnAction(e -> fitYear());
        Button fitAll = new Button("All years");
        fitAll.setId("zoom-all");
        fitAll.setOnAction(e -> fitAll());

        ComboBox<PartnershipYear> year = new ComboBox<>(model.years());
        year.setId("timeline-year");
        year.valueProperty().bindBidirectional(model.monthViewYearProperty());
        year.setTooltip(new Tooltip("The partnership year for the month view, Year zoom and export"));

        CheckBox following = new CheckBox("Move following cycles too");
        following.setId("shift-following");
        following.selectedProperty().bindBidirectional(model.shiftFollowingProperty());
        following.setTooltip(new Tooltip("When a cycle moves or a phase stretches, move every later cycle by as much"));

        MenuButton export = new MenuButton("Export");
        export.setId("export-timeline");
        MenuItem png = new MenuItem("Timeline as PNG picture…");
        png.setOnAction(e -> export(TimelineExporter.Format.PNG));
        MenuItem pdf = new MenuItem("Timeline as A4 PDF…");
        pdf.setOnAction(e -> export(TimelineExporter.Format.PDF));
        export.getItems().addAll(png, pdf);

        Button settings = new Button("Settings…");
        settings.setId("hub-settings");
        settings.setTooltip(new Tooltip("Phase lengths for new cycles and the month the partnership year starts"));
        settings.setOnAction(e -> settingsDialog());

        return new ToolBar(plan, settings, new Separator(), new Label("Year"), year, fitYear, fitAll, new Label("Zoom"), zoom,
                new Separator(), following, new Separator(), export);
    }

    private void fitYear() {
        PartnershipYear year = model.monthViewYearProperty().get();
        TimelineLayout layout = model.layoutProperty().get();
        if (year == null || layout == null) {
            return;
        }
        double viewport = Math.max(400, scroll.getViewportBounds().getWidth());
        model.monthWidthProperty().set(clamp((viewport - layout.metrics().labelWidth() - 16) / 12));
        scrollTo(year.firstMonth());
    }

    private void fitAll() {
        TimelineLayout layout = model.layoutProperty().get();
        if (layout == null) {
            return;
        }
        double viewport = Math.max(400, scroll.getViewportBounds().getWidth());
        model.monthWidthProperty().set(clamp((viewport - layout.metrics().labelWidth() - 16) / layout.months().size()));
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    private static double clamp(double w) {
        return Math.max(TimelineViewModel.MIN_MONTH_WIDTH, Math.min(TimelineViewModel.MAX_MONTH_WIDTH, w));
    }

    /** Brings a month into view, and the first priority with work in or after it (older rows sit above). */
    private void scrollTo(YearMonth month) {
        TimelineLayout layout = model.layoutProperty().get();
        if (layout == null) {
            return;
        }
        double x = layout.months().stream().filter(c -> c.month().equals(month)).findFirst()
                .map(TimelineLayout.MonthColumn::x).orElse(0.0) - layout.metrics().labelWidth();
        scroll.layout();
        double room = layout.width() - scroll.getViewportBounds().getWidth();
        scroll.setHvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, x / room)));
        double y = layout.bars().stream().filter(b -> !b.lastMonth().isBefore(month))
                .mapToDouble(TimelineLayout.Bar::y).min().orElse(0) - layout.gridTop() - layout.metrics().rowHeight();
        double roomY = layout.height() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(roomY <= 0 ? 0 : Math.max(0, Math.min(1, y / roomY)));
    }

    // ---- the timeline itself

    private Node timelinePane() {
        VBox details = details();
        SplitPane split = new SplitPane(scroll, details);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(details, false);
        return split;
    }

    private void draw(TimelineLayout layout) {
        barsByCycle.clear();
        if (layout == null) {
            canvas.getChildren().clear();
            return;
        }
        TimelineLayout.Metrics m = layout.metrics();
        List<Node> nodes = new ArrayList<>();
        double top = layout.gridTop();
        double bottom = layout.gridBottom();
        // The month header stays in view while the rows scroll under it.
        Pane header = new Pane();
        header.setId("timeline-months");
        Rectangle headerBackground = new Rectangle(0, 0, layout.width(), top);
        headerBackground.setFill(Color.WHITE);
        header.getChildren().add(headerBackground);
        for (TimelineLayout.YearBand year : layout.years()) {
            Rectangle band = new Rectangle(year.x(), 0, year.width(), m.bandHeight());
            band.setFill(Color.web("#F2F4F7"));
            Label label = new Label(year.label());
            label.setStyle("-fx-font-weight: bold;");
            label.relocate(year.x() + 6, 3);
            header.getChildren().addAll(band, label);
        }
        for (TimelineLayout.MonthColumn month : layout.months()) {
            Rectangle column = new Rectangle(month.x(), top, month.width(), bottom - top);
            column.setFill(month.month().getMonthValue() % 2 == 0 ? Color.web("#FAFBFC") : Color.WHITE);
            Line rule = new Line(month.x(), top, month.x(), bottom);
            rule.setStroke(Color.web("#D5D9DE"));
            rule.setStrokeWidth(month.month().getMonthValue() == 1 ? 1.5 : 0.6);
            nodes.add(column);
            nodes.add(rule);
            Line headerRule = new Line(month.x(), 0, month.x(), top);
            headerRule.setStroke(Color.web("#D5D9DE"));
            headerRule.setStrokeWidth(month.month().getMonthValue() == 1 ? 1.5 : 0.6);
            header.getChildren().add(headerRule);
            if (month.width() >= 12) {
                Label label = new Label(month.label());
                label.setStyle("-fx-text-fill: #52606D; -fx-font-size: 0.79em;");
                label.setMinWidth(month.width());
                label.setAlignment(Pos.CENTER);
                label.relocate(month.x(), m.bandHeight() + 3);
                header.getChildren().add(label);
            }
        }
        Line headerBottom = new Line(0, top, layout.width(), top);
        headerBottom.setStroke(Color.web("#B8BEC6"));
        header.getChildren().add(headerBottom);
        // The priority titles stay in view while the months scroll under them.
        Pane pinned = new Pane();
        pinned.setId("timeline-priorities");
        Rectangle labelBackground = new Rectangle(0, 0, m.labelWidth(), bottom);
        labelBackground.setFill(Color.WHITE);
        Line edge = new Line(m.labelWidth(), 0, m.labelWidth(), bottom);
        edge.setStroke(Color.web("#B8BEC6"));
        pinned.getChildren().addAll(labelBackground, edge);
        for (TimelineLayout.Row row : layout.rows()) {
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.setMaxWidth(m.labelWidth() - 16);
            label.setMaxHeight(row.height() - 4);
            label.setPrefWidth(m.labelWidth() - 16);
            label.relocate(8, row.y() + 2);
            label.setMinHeight(row.height() - 4);
            label.setAlignment(Pos.CENTER_LEFT);
            label.setTooltip(new Tooltip(row.label()));
            Line rule = new Line(0, row.y() + row.height(), layout.width(), row.y() + row.height());
            rule.setStroke(Color.web("#D5D9DE"));
            Line labelRule = new Line(0, row.y() + row.height(), m.labelWidth(), row.y() + row.height());
            labelRule.setStroke(Color.web("#D5D9DE"));
            nodes.add(rule);
            pinned.getChildren().addAll(label, labelRule);
        }
        this.pinned = pinned;
        // Hub meetings: a dashed line under the bars and a small triangle hanging from the grid's top edge (hover: which meeting).
        Color markerColour = Color.rgb((TimelineLayout.MARKER_RGB >> 16) & 0xFF, (TimelineLayout.MARKER_RGB >> 8) & 0xFF,
                TimelineLayout.MARKER_RGB & 0xFF);
        List<Node> pennants = new ArrayList<>();
        for (TimelineLayout.Marker marker : layout.markers()) {
            Line line = new Line(marker.x(), top, marker.x(), bottom);
            line.setStroke(markerColour.deriveColor(0, 1, 1, 0.55));
            line.getStrokeDashArray().setAll(3.0, 3.0);
            line.setMouseTransparent(true);
            nodes.add(line);
            javafx.scene.shape.Polygon pennant = new javafx.scene.shape.Polygon(
                    marker.x() - 5, top + 0.5, marker.x() + 5, top + 0.5, marker.x(), top + 7);
            pennant.setFill(markerColour);
            pennant.getStyleClass().add("meeting-marker");
            Tooltip.install(pennant, new Tooltip(marker.label() + " on " + marker.date()));
            pennants.add(pennant);
        }
        long selected = model.selectedPhaseIdProperty().get();
        for (TimelineLayout.Bar bar : layout.bars()) {
            Label node = barNode(bar, selected == bar.phaseId(), m.monthWidth());
            barsByCycle.computeIfAbsent(bar.cycleId(), k -> new ArrayList<>()).add(node);
            nodes.add(node);
        }
        if (layout.todayX() != null) {
            Line today = new Line(layout.todayX(), top, layout.todayX(), bottom);
            today.setId("today-line");
            today.setStroke(Color.web("#C62828"));
            today.setStrokeWidth(2);
            today.setMouseTransparent(true);
            Label label = new Label("Today");
            label.setStyle("-fx-text-fill: #C62828; -fx-font-size: 0.72em; -fx-font-weight: bold;");
            label.relocate(layout.todayX() + 3, 4);
            Line todayInHeader = new Line(layout.todayX(), 0, layout.todayX(), top);
            todayInHeader.setStroke(Color.web("#C62828"));
            todayInHeader.setStrokeWidth(2);
            nodes.add(today);
            header.getChildren().addAll(todayInHeader, label);
        }
        nodes.addAll(pennants);
        if (layout.bars().isEmpty()) {
            Label empty = new Label("No hub cycles yet. Plan a programme: one cycle per priority, staggered as in the terms of reference.");
            empty.relocate(m.labelWidth() + 8, top + 12);
            nodes.add(empty);
        }
        Rectangle corner = new Rectangle(0, 0, m.labelWidth(), top);
        corner.setFill(Color.WHITE);
        nodes.add(pinned);
        nodes.add(header);
        nodes.add(corner);
        this.header = header;
        this.corner = corner;
        canvas.getChildren().setAll(nodes);
        canvas.setPrefSize(layout.width(), layout.height());
        pin();
        canvas.setMinSize(layout.width(), layout.height());
    }

    private void pin() {
        if (pinned == null) {
            return;
        }
        double room = Math.max(0, canvas.getWidth() - scroll.getViewportBounds().getWidth());
        double roomY = Math.max(0, canvas.getHeight() - scroll.getViewportBounds().getHeight());
        double dx = scroll.getHvalue() * room;
        double dy = scroll.getVvalue() * roomY;
        pinned.setTranslateX(dx);
        header.setTranslateY(dy);
        corner.setTranslateX(dx);
        corner.setTranslateY(dy);
    }

    private Label barNode(TimelineLayout.Bar bar, boolean selected, double monthWidth) {
        // Full label, else the short one, else its initial: the legend below names the colours.
        String text = bar.width() > bar.label().length() * 6.6 + 12 ? bar.label()
                : bar.width() > bar.shortLabel().length() * 7.0 + 12 ? bar.shortLabel() : bar.shortLabel().substring(0, 1);
        Label node = new Label(bar.width() < 22 ? "" : text);
        node.setId("bar-" + bar.cycleId() + "-" + bar.kind().name().toLowerCase(Locale.ROOT));
        node.getStyleClass().add("phase-bar");
        node.setUserData(bar);
        String colour = String.format("#%06X", bar.rgb());
        double opacity = bar.status() == ActivityStatus.DONE ? 0.55 : 1.0;
        node.setStyle("-fx-background-color: " + colour + "; -fx-background-radius: 5; -fx-text-fill: white;"
                + " -fx-font-weight: bold; -fx-font-size: 0.79em; -fx-padding: 0 4 0 5;"
                + (selected ? " -fx-border-color: #1F2933; -fx-border-width: 2.5; -fx-border-radius: 5;" : "")
                + (bar.status() == ActivityStatus.IN_PROGRESS && !selected
                        ? " -fx-border-color: #1F2933; -fx-border-width: 1; -fx-border-radius: 5;" : ""));
        node.setOpacity(opacity);
        node.setMinSize(bar.width(), bar.height());
        node.setPrefSize(bar.width(), bar.height());
        node.setMaxSize(bar.width(), bar.height());
        node.relocate(bar.x(), bar.y());
        node.setTooltip(new Tooltip(model.programmeProperty().get().titleOf(
                model.programmeProperty().get().cycle(bar.cycleId()).map(c -> c.priorityId()).orElse(0L))
                + "\n" + bar.label() + ": " + (bar.firstMonth().equals(bar.lastMonth()) ? bar.firstMonth()
                : bar.firstMonth() + " to " + bar.lastMonth()) + " (" + bar.status().label().toLowerCase(Locale.ROOT) + ")"
                + "\nDrag to move the cycle, drag the right edge to stretch the phase"));
        node.setOnMouseMoved(e -> node.setCursor(e.getX() >= bar.width() - EDGE ? Cursor.E_RESIZE : Cursor.HAND));
        node.setOnMousePressed(e -> {
            pressX = e.getSceneX();
            pressWidth = bar.width();
            stretching = e.getX() >= bar.width() - EDGE;
            model.selectedPhaseIdProperty().set(bar.phaseId());
            canvas.requestFocus();
            e.consume();
        });
        node.setOnMouseDragged(e -> dragged(node, bar, e));
        node.setOnMouseReleased(e -> released(bar, e, monthWidth));
        return node;
    }

    private void dragged(Label node, TimelineLayout.Bar bar, MouseEvent e) {
        double dx = e.getSceneX() - pressX;
        if (stretching) {
            double w = Math.max(8, pressWidth + dx);
            node.setMinWidth(w);
            node.setPrefWidth(w);
            node.setMaxWidth(w);
        } else {
            barsByCycle.getOrDefault(bar.cycleId(), List.of()).forEach(n -> n.setTranslateX(dx));
        }
        e.consume();
    }

    private void released(TimelineLayout.Bar bar, MouseEvent e, double monthWidth) {
        double dx = e.getSceneX() - pressX;
        long months = Math.round(dx / monthWidth);
        if (stretching) {
            int newLength = (int) Math.max(1, Math.round((pressWidth + 2 + dx) / monthWidth));
            int oldLength = (int) (bar.firstMonth().until(bar.lastMonth(), java.time.temporal.ChronoUnit.MONTHS) + 1);
            if (newLength != oldLength) {
                model.stretchPhase(bar.phaseId(), newLength);
            } else {
                draw(model.layoutProperty().get());
            }
        } else {
            barsByCycle.getOrDefault(bar.cycleId(), List.of()).forEach(n -> n.setTranslateX(0));
            if (months != 0) {
                model.moveCycle(bar.cycleId(), (int) months);
            }
        }
        e.consume();
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
            model.monthWidthProperty().set(clamp(model.monthWidthProperty().get() * 1.25));
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            model.monthWidthProperty().set(clamp(model.monthWidthProperty().get() / 1.25));
            e.consume();
            return;
        }
        if (!e.isAltDown() || (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT)) {
            return;
        }
        TimelineViewModel.PhaseSelection s = model.selectionProperty().get();
        if (s == null) {
            return;
        }
        int step = e.getCode() == KeyCode.RIGHT ? 1 : -1;
        if (e.isShiftDown()) {
            if (s.phase().months() + step >= 1) {
                model.stretchPhase(s.phase().id(), s.phase().months() + step);
            }
        } else {
            model.moveCycle(s.cycle().id(), step);
        }
        e.consume();
    }

    // ---- details of the selected phase

    private VBox details() {
        phaseHeading.setWrapText(true);
        phaseHeading.setId("phase-heading");
        phaseHeading.getStyleClass().add("title-4");

        firstMonth.setId("phase-first");
        firstMonth.setPromptText("YYYY-MM");
        firstMonth.setPrefColumnCount(7);
        lastMonth.setId("phase-last");
        lastMonth.setPromptText("YYYY-MM");
        lastMonth.setPrefColumnCount(7);
        Button apply = new Button("Set dates");
        apply.setId("phase-apply-dates");
        apply.setOnAction(e -> applyDates());
        GridPane dates = new GridPane();
        dates.setHgap(6);
        dates.setVgap(6);
        Label from = new Label("From");
        Label to = new Label("to");
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        dates.addRow(0, from, firstMonth, to, lastMonth, apply);

        Button earlier = new Button("◀ Earlier");
        earlier.setId("cycle-earlier");
        earlier.setTooltip(new Tooltip("Move the whole cycle a month earlier (Alt+Left)"));
        earlier.setOnAction(e -> model.selectedCycle().ifPresent(c -> model.moveCycle(c.id(), -1)));
        Button later = new Button("Later ▶");
        later.setId("cycle-later");
        later.setTooltip(new Tooltip("Move the whole cycle a month later (Alt+Right)"));
        later.setOnAction(e -> model.selectedCycle().ifPresent(c -> model.moveCycle(c.id(), 1)));
        HBox move = new HBox(6, new Label("Cycle"), earlier, later);
        move.setAlignment(Pos.CENTER_LEFT);

        lead.setId("cycle-lead");
        lead.setItems(model.leadCandidates());
        lead.setMaxWidth(Double.MAX_VALUE);
        lead.setPromptText("No lead yet");
        StringConverter<Person> names = new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle());
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        };
        lead.setConverter(names);
        lead.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : names.toString(p));
            }
        });
        lead.valueProperty().addListener((o, a, person) -> {
            if (updatingDetails) {
                return;
            }
            model.selectedCycle().ifPresent(c -> {
                Long id = person == null ? null : person.id();
                if (!Objects.equals(id, c.leadPersonId())) {
                    model.setLead(c.id(), id);
                }
            });
        });

        activities.setId("activities");
        activities.setEditable(true);
        activities.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        activities.setPlaceholder(new Label("No activities"));
        TableColumn<Activity, String> what = new TableColumn<>("Activity");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        what.setCellFactory(TextFieldTableCell.forTableColumn());
        what.setOnEditCommit(e -> replaceActivity(e.getRowValue(), new Activity(e.getRowValue().id(), e.getNewValue(), e.getRowValue().status())));
        what.setPrefWidth(230);
        TableColumn<Activity, ActivityStatus> state = new TableColumn<>("Status");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        state.setCellFactory(ComboBoxTableCell.forTableColumn(ActivityStatus.values()));
        state.setOnEditCommit(e -> model.setActivityStatus(e.getRowValue().id(), e.getNewValue()));
        state.setPrefWidth(100);
        activities.getColumns().setAll(List.of(what, state));
        VBox.setVgrow(activities, Priority.ALWAYS);

        Button add = new Button("Add activity");
        add.setId("add-activity");
        add.setOnAction(e -> {
            TimelineViewModel.PhaseSelection s = model.selectionProperty().get();
            if (s != null) {
                List<Activity> list = new ArrayList<>(s.phase().activities());
                list.add(Activity.planned("New activity (double-click to edit)"));
                model.editActivities(s.phase().id(), list);
            }
        });
        Button remove = new Button("Remove");
        remove.setId("remove-activity");
        remove.disableProperty().bind(activities.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            TimelineViewModel.PhaseSelection s = model.selectionProperty().get();
            Activity gone = activities.getSelectionModel().getSelectedItem();
            if (s != null && gone != null) {
                model.editActivities(s.phase().id(), s.phase().activities().stream().filter(a -> a.id() != gone.id()).toList());
            }
        });

        Button nominate = new Button("Members…");
        nominate.setId("cycle-members");
        nominate.setOnAction(e -> membersDialog());
        membersSummary.setId("cycle-members-summary");
        membersSummary.setWrapText(true);
        HBox membersRow = new HBox(8, nominate, membersSummary);
        membersRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, phaseHeading, dates, move, new Label("Lead (from a safeguarding partner)"), lead, membersRow,
                new Label("Activities"), activities, new HBox(6, add, remove));
        box.setId("phase-details");
        box.setPadding(new Insets(10));
        box.setMinWidth(360);
        phaseHeading.setMaxWidth(Double.MAX_VALUE);
        phaseHeading.setMinHeight(Region.USE_PREF_SIZE);
        box.disableProperty().bind(model.selectionProperty().isNull());
        return box;
    }

    private void replaceActivity(Activity old, Activity changed) {
        TimelineViewModel.PhaseSelection s = model.selectionProperty().get();
        if (s == null) {
            return;
        }
        try {
            model.editActivities(s.phase().id(), s.phase().activities().stream().map(a -> a.id() == old.id() ? changed : a).toList());
        } catch (UserInputException ex) {
            Dialogs.error(context.owner().get(), ex.getMessage());
        }
    }

    private void applyDates() {
        TimelineViewModel.PhaseSelection s = model.selectionProperty().get();
        if (s == null) {
            return;
        }
        try {
            model.setPhaseDates(s.phase().id(), parseMonth(firstMonth.getText(), "first"), parseMonth(lastMonth.getText(), "last"));
        } catch (UserInputException ex) {
            Dialogs.error(context.owner().get(), ex.getMessage());
        }
    }

    static YearMonth parseMonth(String text, String which) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("The " + which + " month '" + (text == null ? "" : text.strip()) + "' is not a month: use YYYY-MM, e.g. 2027-05");
        }
    }

    private void showDetails(TimelineViewModel.PhaseSelection s) {
        updatingDetails = true;
        try {
            if (s == null) {
                phaseHeading.setText("Select a phase on the timeline to see its activities.");
                activities.getItems().clear();
                firstMonth.clear();
                lastMonth.clear();
                lead.setValue(null);
                return;
            }
            phaseHeading.setText(s.priorityTitle() + "\n" + s.phase().kind().label() + " · " + s.phase().status().label());
            firstMonth.setText(s.phase().firstMonth().toString());
            lastMonth.setText(s.phase().lastMonth().toString());
            activities.setItems(FXCollections.observableArrayList(s.phase().activities()));
            lead.setValue(model.leadCandidates().stream().filter(p -> Objects.equals(p.id(), s.cycle().leadPersonId()))
                    .findFirst().orElse(null));
            int n = s.cycle().memberIds().size();
            membersSummary.setText(n == 0 ? "No members nominated yet" : n + (n == 1 ? " member nominated" : " members nominated"));
        } finally {
            updatingDetails = false;
        }
        draw(model.layoutProperty().get());
    }

    // ---- conflicts and status

    private Node bottom() {
        conflictBox.setId("conflicts");
        ScrollPane conflictScroll = new ScrollPane(conflictBox);
        conflictScroll.setFitToWidth(true);
        conflictScroll.setPrefViewportHeight(54);
        conflictScroll.setMaxHeight(80);
        Label status = new Label();
        status.setId("timeline-status");
        status.textProperty().bind(model.statusProperty());
        Label planWarning = new Label();
        planWarning.setId("plan-warning");
        planWarning.setStyle("-fx-text-fill: #8A5A00;");
        planWarning.textProperty().bind(model.planWarningProperty());
        planWarning.visibleProperty().bind(model.planWarningProperty().isNotEmpty());
        planWarning.managedProperty().bind(planWarning.visibleProperty());
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(14, 2);
        legend.setId("timeline-legend");
        for (org.hubdesk.domain.hub.PhaseKind kind : org.hubdesk.domain.hub.PhaseKind.values()) {
            Rectangle chip = new Rectangle(14, 10, Color.rgb((kind.rgb() >> 16) & 0xFF, (kind.rgb() >> 8) & 0xFF, kind.rgb() & 0xFF));
            chip.setArcWidth(4);
            chip.setArcHeight(4);
            Label item = new Label(kind.label(), chip);
            item.setStyle("-fx-font-size: 0.79em;");
            legend.getChildren().add(item);
        }
        int rgb = TimelineLayout.MARKER_RGB;
        javafx.scene.shape.Polygon pennant = new javafx.scene.shape.Polygon(0, 0, 12, 0, 6, 9);
        pennant.setFill(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        Label meetings = new Label(TimelineLayout.MARKER_LEGEND, pennant);
        meetings.setStyle("-fx-font-size: 0.79em;");
        legend.getChildren().add(meetings);
        VBox box = new VBox(4, legend, conflictScroll, planWarning, status);
        box.setPadding(new Insets(4, 8, 6, 8));
        return box;
    }

    private void showConflicts() {
        List<Node> lines = new ArrayList<>();
        for (Conflict c : model.conflicts()) {
            Label line = new Label("⚠ " + c.message());
            line.getStyleClass().add("conflict");
            line.setStyle("-fx-text-fill: #8A4B00;");
            line.setWrapText(true);
            lines.add(line);
        }
        if (lines.isEmpty()) {
            lines.add(new Label("No conflicts: no two cycles share a phase in any month, every cycle has a lead."));
        }
        conflictBox.getChildren().setAll(lines);
    }

    // ---- month view (Appendix 3's table)

    private Node monthView() {
        monthTable.setId("month-table");
        monthTable.setPlaceholder(new Label("No hub cycles in this partnership year"));
        monthTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label hint = new Label("Each month's activities by priority, as in the Learning Hub model (Appendix 3). Choose the year in the toolbar.");
        VBox box = new VBox(6, hint, monthTable);
        VBox.setVgrow(monthTable, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private void showMonths(ProgrammeMonths months) {
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

    // ---- dialogs

    private void planDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Plan a Learning Hub programme");
        dialog.setHeaderText("One cycle per priority, in this order; each next cycle's scoping falls in the previous cycle's final month.");
        dialog.initOwner(context.owner().get());
        TextField start = new TextField(YearMonth.from(model.today()).plusMonths(1).toString());
        start.setId("plan-start");
        start.setPromptText("YYYY-MM");
        TextArea titles = new TextArea();
        titles.setId("plan-priorities");
        titles.setPromptText("One priority per line, e.g.\nImprove the early identification of neglect");
        titles.setPrefRowCount(5);
        titles.setWrapText(true);
        Label error = new Label();
        error.setId("plan-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #B00020;");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("First cycle starts"), start);
        form.addRow(1, new Label("Priorities"), titles);
        form.add(error, 0, 2, 2, 1);
        form.setPrefWidth(560);
        dialog.getDialogPane().setContent(form);
        ButtonType planType = new ButtonType("Plan", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(planType, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(planType);
        ok.setId("plan-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                List<String> lines = titles.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                model.planProgramme(lines, parseMonth(start.getText(), "start"));
            } catch (UserInputException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    private void membersDialog() {
        TimelineViewModel.PhaseSelection s = model.selectionProperty().get();
        if (s == null) {
            return;
        }
        Map<Person, javafx.beans.property.BooleanProperty> chosen = new LinkedHashMap<>();
        for (Person p : model.people()) {
            chosen.put(p, new javafx.beans.property.SimpleBooleanProperty(s.cycle().memberIds().contains(p.id())));
        }
        javafx.scene.control.ListView<Person> list = new javafx.scene.control.ListView<>(FXCollections.observableArrayList(chosen.keySet()));
        list.setId("members-list");
        list.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(chosen::get, new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle());
            }

            @Override
            public Person fromString(String text) {
                return null;
            }
        }));
        list.setPrefSize(520, 420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Nominated members");
        dialog.setHeaderText("Who attends the events of '" + s.priorityTitle() + "' and works on it between them");
        dialog.initOwner(context.owner().get());
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.setMembers(s.cycle().id(),
                chosen.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().id()).toList()));
    }

    private void settingsDialog() {
        var programme = model.programmeProperty().get();
        if (programme == null) {
            return;
        }
        org.hubdesk.domain.hub.HubSettings current = programme.settings();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Learning Hub settings");
        dialog.setHeaderText("How long each phase of a new cycle lasts (the terms of reference use one month each),"
                + " and the month the partnership year starts in. Cycles already planned keep their months.");
        dialog.initOwner(context.owner().get());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Map<org.hubdesk.domain.hub.PhaseKind, javafx.scene.control.Spinner<Integer>> spinners = new LinkedHashMap<>();
        int row = 0;
        for (org.hubdesk.domain.hub.PhaseKind kind : org.hubdesk.domain.hub.PhaseKind.values()) {
            javafx.scene.control.Spinner<Integer> months = new javafx.scene.control.Spinner<>(1,
                    org.hubdesk.domain.hub.PhaseLengths.MAX_MONTHS, current.phaseLengths().of(kind));
            months.setId("length-" + kind.name().toLowerCase(Locale.ROOT));
            months.setPrefWidth(80);
            spinners.put(kind, months);
            Label name = new Label(kind.label());
            Label unit = new Label("months");
            name.setMinWidth(Region.USE_PREF_SIZE);
            unit.setMinWidth(Region.USE_PREF_SIZE);
            form.addRow(row++, name, months, unit);
        }
        ComboBox<java.time.Month> yearStart = new ComboBox<>(FXCollections.observableArrayList(java.time.Month.values()));
        yearStart.setId("year-start-month");
        yearStart.setValue(java.time.Month.of(current.yearStartMonth()));
        yearStart.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.Month m) {
                return m == null ? "" : m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }

            @Override
            public java.time.Month fromString(String s) {
                return null;
            }
        });
        form.addRow(row, new Label("Partnership year starts in"), yearStart);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Map<org.hubdesk.domain.hub.PhaseKind, Integer> lengths = new LinkedHashMap<>();
            spinners.forEach((kind, spinner) -> lengths.put(kind, spinner.getValue()));
            try {
                model.saveSettings(new org.hubdesk.domain.hub.HubSettings(new org.hubdesk.domain.hub.PhaseLengths(lengths),
                        yearStart.getValue().getValue()));
            } catch (UserInputException ex) {
                Dialogs.error(context.owner().get(), ex.getMessage());
            }
        });
    }

    private void export(TimelineExporter.Format format) {
        PartnershipYear year = model.monthViewYearProperty().get();
        if (year == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + year.label() + " timeline");
        chooser.setInitialFileName("hub-timeline-" + year.label() + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File file = chooser.showSaveDialog(context.owner().get());
        if (file != null) {
            model.export(year.startYear(), format, file.toPath(),
                    written -> Dialogs.info(context.owner().get(), "Export", "Saved the " + year.label() + " timeline to " + written));
        }
    }
}
