package org.hubdesk.ui.hub;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.Conflict;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.service.hub.TimelineExporter;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Learning Hub timeline: months across, one row per priority, phases as coloured bars drawn
 * from the same {@link TimelineLayout} as the PNG and PDF exports. Drag a bar to move its cycle
 * (its right edge to stretch the phase), or Alt+Left/Right and Alt+Shift+Left/Right; a month view
 * shows the Appendix 3 table; the details pane edits the selected phase.
 * This class puts the parts together: {@link TimelineCanvas} (with {@link TimelineBarDrag}),
 * {@link PhaseDetailsPane}, {@link TimelineMonthTable}, {@link TimelineStatusPane} and {@link TimelineDialogs}.
 */
public final class TimelineView extends ModelScreen<TimelineViewModel, BorderPane> {
    private final TimelineCanvas canvas;
    private final TimelineDialogs dialogs;
    private final PhaseDetailsPane details;
    private final TimelineMonthTable monthTable = new TimelineMonthTable();
    private final TimelineStatusPane status;

    public TimelineView(UiContext context) {
        super(new TimelineViewModel(context), new BorderPane());
        this.canvas = new TimelineCanvas(model);
        this.dialogs = new TimelineDialogs(model, context);
        this.details = new PhaseDetailsPane(model, context, canvas, dialogs);
        this.status = new TimelineStatusPane(model);

        TabPane tabs = new TabPane(new Tab("Timeline", timelinePane()), new Tab("Month view", monthTable.node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("timeline-tabs");
        root.setTop(toolbar());
        root.setCenter(tabs);
        root.setBottom(status.node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);

        model.layout.addListener((o, a, layout) -> canvas.draw(layout));
        model.selection.addListener((o, a, s) -> details.show(s));
        model.conflicts.addListener((ListChangeListener<Conflict>) c -> status.showConflicts());
        model.months.addListener((o, a, m) -> monthTable.show(m));
        model.focusMonth.addListener((o, a, month) -> {
            if (month != null) {
                Platform.runLater(() -> canvas.scrollTo(month));
                canvas.scrollTo(month);
            }
        });
        status.showConflicts();
        model.load();
    }

    private ToolBar toolbar() {
        Button plan = new Button("Plan programme…");
        plan.setId("plan-programme");
        plan.setOnAction(e -> dialogs.plan());

        Slider zoom = new Slider(TimelineViewModel.MIN_MONTH_WIDTH, TimelineViewModel.MAX_MONTH_WIDTH, model.monthWidth.get());
        zoom.setId("zoom");
        zoom.setPrefWidth(140);
        zoom.valueProperty().bindBidirectional(model.monthWidth);
        zoom.setTooltip(new Tooltip("Zoom: from one year to many (Ctrl+plus, Ctrl+minus)"));
        Button fitYear = new Button("Year");
        fitYear.setId("zoom-year");
        fitYear.setTooltip(new Tooltip("Show the chosen partnership year across the window"));
        fitYear.setOnAction(e -> canvas.fitYear());
        Button fitAll = new Button("All years");
        fitAll.setId("zoom-all");
        fitAll.setOnAction(e -> canvas.fitAll());

        ComboBox<PartnershipYear> year = new ComboBox<>(model.years);
        year.setId("timeline-year");
        year.valueProperty().bindBidirectional(model.monthViewYear);
        year.setTooltip(new Tooltip("The partnership year for the month view, Year zoom and export"));

        CheckBox following = new CheckBox("Move following cycles too");
        following.setId("shift-following");
        following.selectedProperty().bindBidirectional(model.shiftFollowing);
        following.setTooltip(new Tooltip("When a cycle moves or a phase stretches, move every later cycle by as much"));

        MenuButton export = new MenuButton("Export");
        export.setId("export-timeline");
        MenuItem png = new MenuItem("Timeline as PNG picture…");
        png.setOnAction(e -> dialogs.export(TimelineExporter.Format.PNG));
        MenuItem pdf = new MenuItem("Timeline as A4 PDF…");
        pdf.setOnAction(e -> dialogs.export(TimelineExporter.Format.PDF));
        export.getItems().addAll(png, pdf);

        Button settings = new Button("Settings…");
        settings.setId("hub-settings");
        settings.setTooltip(new Tooltip("Phase lengths for new cycles and the month the partnership year starts"));
        settings.setOnAction(e -> dialogs.settings());

        return new ToolBar(plan, settings, new Separator(), new Label("Year"), year, fitYear, fitAll, new Label("Zoom"), zoom,
                new Separator(), following, new Separator(), export);
    }

    private Node timelinePane() {
        VBox side = details.node();
        SplitPane split = new SplitPane(canvas.node(), side);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(side, false);
        return split;
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
            model.monthWidth.set(TimelineCanvas.clamp(model.monthWidth.get() * 1.25));
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            model.monthWidth.set(TimelineCanvas.clamp(model.monthWidth.get() / 1.25));
            e.consume();
            return;
        }
        if (!e.isAltDown() || (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT)) {
            return;
        }
        TimelineViewModel.PhaseSelection s = model.selection.get();
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

    static YearMonth parseMonth(String text, String which) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("The " + which + " month '" + (text == null ? "" : text.strip()) + "' is not a month: use YYYY-MM, e.g. 2027-05");
        }
    }
}
