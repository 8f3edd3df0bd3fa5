package org.hubdesk.ui.assurance;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.hubdesk.domain.assurance.PerformanceException;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.service.assurance.AssessmentImportPreview;
import org.hubdesk.service.assurance.AssuranceService;
import org.hubdesk.service.assurance.PerformanceImportPreview;
import org.hubdesk.service.assurance.PerformanceService;
import org.hubdesk.ui.shell.AreaView;
import org.hubdesk.ui.shell.UiContext;

/**
 * Assurance: Section 11 / Section 175 / VCS audit rounds as a heat map with the chosen return's
 * evidence, the performance indicators with a trend chart and exceptions, and the audit and
 * observation calendar by month. Each tab says what to do when it has nothing to show.
 */
public final class AssuranceView implements AreaView {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final UiContext context;
    private final AssuranceViewModel model;
    private final BorderPane root = new BorderPane();
    private final GridPane heatMap = new GridPane();
    private final VBox roundDetail = new VBox(8);
    private final TableView<StandardRating> ratings = new TableView<>();
    private final Label rowTitle = new Label();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final VBox indicatorDetail = new VBox(8);

    public AssuranceView(UiContext context) {
        this.context = context;
        this.model = new AssuranceViewModel(context);
        TabPane tabs = new TabPane(new Tab("Self-assessment audits", auditsTab()), new Tab("Performance data", performanceTab()),
                new Tab("Audit calendar", calendarTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(0).setId("tab-audits");
        tabs.getTabs().get(1).setId("tab-performance");
        tabs.getTabs().get(2).setId("tab-calendar");
        root.setCenter(tabs);
        Label message = new Label();
        message.setId("assurance-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(message);
        model.load();
    }

    public AssuranceViewModel model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    // ---- audits

    private Node auditsTab() {
        ListView<AssuranceService.RoundSummary> list = new ListView<>(model.rounds());
        list.setId("rounds");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AssuranceService.RoundSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.round().title() + "\n" + s.returned() + " of " + s.asked() + " returned"
                        + (s.previous() == null ? "" : "; compared with " + s.previous().startYear()));
            }
        });
        Label empty = new Label("No audit rounds yet. Start one from the command line:\n"
                + "hubdesk audit new --kind section-11 --year 2027 --ask \"Agency A; Agency B\"");
        empty.setId("audits-empty");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && s != model.selectedRoundProperty().get()) {
                model.selectedRoundProperty().set(s);
            }
        });
        model.selectedRoundProperty().addListener((o, a, s) -> list.getSelectionModel().select(s));

        Button importReturn = new Button("Import return…");
        importReturn.setId("import-return");
        importReturn.setOnAction(e -> importReturn());
        Button template = new Button("Export template…");
        template.setId("export-template");
        template.setOnAction(e -> exportTemplate());
        template.disableProperty().bind(model.selectedRoundProperty().isNull());
        importReturn.setMaxWidth(Double.MAX_VALUE);
        template.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(6, list, importReturn, template);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        heatMap.setHgap(2);
        heatMap.setVgap(2);
        heatMap.setId("heat-map");
        ratings.setId("ratings");
        ratings.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ratings.setPrefHeight(260);
        TableColumn<StandardRating, String> std = new TableColumn<>("Standard");
        std.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(standardName(c.getValue().standardNumber())));
        TableColumn<StandardRating, String> rating = new TableColumn<>("Rating");
        rating.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rating() == null ? "Not rated" : c.getValue().rating().toString()));
        TableColumn<StandardRating, String> last = new TableColumn<>("Last round / change");
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(lastRound(c.getValue().standardNumber())));
        TableColumn<StandardRating, String> evidence = new TableColumn<>("Evidence");
        evidence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evidence() == null ? "" : c.getValue().evidence()
                + (c.getValue().evidenceLink() == null ? "" : " (" + c.getValue().evidenceLink() + ")")));
        TableColumn<StandardRating, String> actions = new TableColumn<>("Actions");
        actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actions() == null ? "" : c.getValue().actions()));
        std.setPrefWidth(300);
        rating.setPrefWidth(120);
        last.setPrefWidth(170);
        evidence.setPrefWidth(420);
        actions.setPrefWidth(360);
        ratings.getColumns().add(std);
        ratings.getColumns().add(rating);
        ratings.getColumns().add(last);
        ratings.getColumns().add(evidence);
        ratings.getColumns().add(actions);
        ratings.setPlaceholder(new Label("Click an agency or school in the heat map to see its ratings, evidence and actions."));
        rowTitle.getStyleClass().add("title-4");
        ScrollPane right = new ScrollPane(roundDetail);
        right.setFitToWidth(true);
        roundDetail.setPadding(new Insets(10));
        model.overviewProperty().addListener((o, a, ov) -> showOverview(ov));
        model.selectedRowProperty().addListener((o, a, r) -> showRow(r));
        showOverview(null);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.25);
        return split;
    }

    private String standardName(int n) {
        AuditOverview o = model.overviewProperty().get();
        return o == null ? Integer.toString(n) : n + ". " + o.round().kind().standard(n);
    }

    private String lastRound(int n) {
        AuditOverview.Row row = model.selectedRowProperty().get();
        if (row == null) {
            return "";
        }
        AuditOverview.Cell c = row.cells().get(n - 1);
        return (c.previous() == null ? "-" : c.previous().toString()) + " / " + c.change().label();
    }

    private void showOverview(AuditOverview o) {
        heatMap.getChildren().clear();
        if (o == null) {
            Label none = new Label(model.rounds().isEmpty() ? "Nothing to show yet: no audit rounds have been recorded."
                    : "Choose a round on the left.");
            none.setId("overview-empty");
            roundDetail.getChildren().setAll(none);
            return;
        }
        AuditKind kind = o.round().kind();
        Label title = new Label(o.round().title() + (o.previousRound() == null ? " (first round)" : ", compared with " + o.previousRound().title()));
        title.getStyleClass().add("title-3");
        heatMap.add(header(kind.organisationWord()), 0, 0);
        for (int n = 1; n <= kind.standards().size(); n++) {
            Label h = header(Integer.toString(n));
            h.setTooltip(new javafx.scene.control.Tooltip(kind.standard(n)));
            heatMap.add(h, n, 0);
        }
        int r = 1;
        for (AuditOverview.Row row : o.returnedRows()) {
            Label name = new Label(row.organisation());
            name.setId("heat-org-" + r);
            name.setStyle("-fx-cursor: hand; -fx-underline: " + (row == model.selectedRowProperty().get()) + ";");
            name.setOnMouseClicked(e -> model.selectedRowProperty().set(row));
            heatMap.add(name, 0, r);
            for (AuditOverview.Cell c : row.cells()) {
                Label cell = new Label(c.text());
                cell.setId("heat-" + r + "-" + c.standardNumber());
                cell.setMinWidth(54);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle("-fx-padding: 4; -fx-background-color: #" + (c.rating() == null ? "EEEEEE" : c.rating().hex()) + ";");
                cell.setOnMouseClicked(e -> model.selectedRowProperty().set(row));
                heatMap.add(cell, c.standardNumber(), r);
            }
            r++;
        }
        VBox standards = new VBox(2);
        for (int n = 1; n <= kind.standards().size(); n++) {
            standards.getChildren().add(new Label(n + ". " + kind.standard(n)));
        }
        VBox legend = new VBox(2);
        for (SelfRating s : SelfRating.values()) {
            Label l = new Label(s.score() + " " + s.label());
            l.setStyle("-fx-padding: 2 6 2 6; -fx-background-color: #" + s.hex() + ";");
            legend.getChildren().add(l);
        }
        List<String> missing = o.notYetReturned();
        Label notReturned = new Label(missing.isEmpty() ? "Every " + kind.organisationWord() + " asked has returned."
                : "Not yet returned: " + String.join("; ", missing));
        notReturned.setId("not-returned");
        notReturned.setWrapText(true);
        Label changes = new Label(o.previousRound() == null ? "No earlier round to compare with."
                : o.changes().size() + " ratings changed since " + o.previousRound().title() + ".");
        changes.setId("changes");
        Node heat = o.returnedRows().isEmpty() ? emptyLabel("heat-empty", "No returns have come back yet.") : heatMap;
        roundDetail.getChildren().setAll(title, heat, notReturned, changes, new SplitPaneFree(standards, legend), rowTitle, ratings,
                panelBox(model.panel()));
        showRow(model.selectedRowProperty().get());
    }

    private void showRow(AuditOverview.Row row) {
        rowTitle.setText(row == null ? "" : row.organisation() + ", returned " + row.assessment().returnedOn());
        ratings.getItems().setAll(row == null ? List.of() : row.assessment().ratings());
        for (Node n : heatMap.getChildren()) {
            if (n.getId() != null && n.getId().startsWith("heat-org-")) {
                Label l = (Label) n;
                l.setStyle("-fx-cursor: hand; -fx-underline: " + (row != null && l.getText().equals(row.organisation())) + ";");
            }
        }
    }

    private Node panelBox(ChallengePanel p) {
        VBox box = new VBox(4);
        Label h = new Label("Challenge panel");
        h.getStyleClass().add("title-4");
        box.getChildren().add(h);
        if (p == null) {
            box.getChildren().add(emptyLabel("panel-empty", "No challenge panel arranged for this round yet."));
            return box;
        }
        Label text = new Label("Date: " + (p.heldOn() == null ? "not yet set" : p.heldOn()) + "\nAgencies invited: "
                + String.join("; ", p.agenciesInvited()) + "\nSchools invited: " + String.join("; ", p.schoolsInvited())
                + "\nPanel members from the Hub: " + String.join("; ", p.panelMembers())
                + "\nYoung People's Safeguarding Forum representative: " + (p.youngPeopleRepresentative() == null ? "none yet"
                : p.youngPeopleRepresentative()) + "\nFindings: " + (p.findings() == null ? "still to be written" : p.findings()));
        text.setWrapText(true);
        text.setId("panel");
        box.getChildren().add(text);
        p.warnings().forEach(w -> box.getChildren().add(new Label("! " + w)));
        return box;
    }

    private void importReturn() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a returned self-assessment");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        File file = chooser.showOpenDialog(context.owner().get());
        if (file != null) {
            model.previewReturn(file.toPath(), this::confirmReturn);
        }
    }

    private void confirmReturn(AssessmentImportPreview preview) {
        StringBuilder b = new StringBuilder();
        preview.rows().forEach(r -> b.append("Row ").append(r.rowNumber()).append(": ").append(r.standard()).append(" - ")
                .append(r.rating() == null ? "not rated" : r.rating().toString())
                .append(r.hasErrors() ? "   <-- " + String.join("; ", r.errors()) : "").append('\n'));
        preview.fileErrors().forEach(e -> b.append("File: ").append(e).append('\n'));
        if (confirm("Import return", preview.summary(), b.toString(), preview.hasErrors())) {
            model.confirmReturn(preview);
        }
    }

    private void exportTemplate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the self-assessment template");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        chooser.setInitialFileName("self-assessment.xlsx");
        File file = chooser.showSaveDialog(context.owner().get());
        if (file != null) {
            model.exportTemplate(file.toPath());
        }
    }

    // ---- performance

    private Node performanceTab() {
        ListView<PerformanceService.Series> list = new ListView<>(model.series());
        list.setId("indicators");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PerformanceService.Series s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (s.exceptions().isEmpty() ? "" : "! ") + s.indicator().name() + "\n" + s.indicator().theme());
            }
        });
        list.setPlaceholder(emptyLabel("performance-empty", "No performance data yet. Import the quarterly dataset with "
                + "Import dataset… or 'hubdesk import-performance FILE.xlsx'."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                model.selectedSeriesProperty().set(s);
            }
        });
        model.selectedSeriesProperty().addListener((o, a, s) -> {
            list.getSelectionModel().select(s);
            showSeries(s);
        });
        Button importData = new Button("Import dataset…");
        importData.setId("import-dataset");
        importData.setOnAction(e -> importDataset());
        importData.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(6, list, importData);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        chart.setId("trend-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(340);
        indicatorDetail.setPadding(new Insets(10));
        showSeries(null);
        ScrollPane right = new ScrollPane(indicatorDetail);
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.3);
        return split;
    }

    private void showSeries(PerformanceService.Series s) {
        chart.getData().clear();
        if (s == null) {
            indicatorDetail.getChildren().setAll(emptyLabel("indicator-empty", model.series().isEmpty()
                    ? "Nothing to chart yet: no indicators have been imported." : "Choose an indicator on the left."));
            return;
        }
        XYChart.Series<String, Number> line = new XYChart.Series<>();
        line.setName(s.indicator().name());
        List<IndicatorValue> shown = s.values().subList(Math.max(0, s.values().size() - 8), s.values().size());
        shown.forEach(v -> line.getData().add(new XYChart.Data<>(v.quarter().shortLabel(), v.value())));
        chart.getData().add(line);
        if (s.indicator().target() != null) {
            XYChart.Series<String, Number> target = new XYChart.Series<>();
            target.setName("Target " + s.indicator().format(s.indicator().target()));
            shown.forEach(v -> target.getData().add(new XYChart.Data<>(v.quarter().shortLabel(), s.indicator().target())));
            chart.getData().add(target);
        }
        chart.setTitle(s.indicator().name());
        Label facts = new Label("Theme: " + s.indicator().theme() + "\nProvided by: " + (s.indicator().agency() == null ? "-" : s.indicator().agency())
                + "\nUnit: " + (s.indicator().unit() == null ? "-" : s.indicator().unit()) + "\nPolarity: " + s.indicator().polarity().label()
                + "\nTarget: " + (s.indicator().target() == null ? "none" : s.indicator().format(s.indicator().target())));
        VBox exceptions = new VBox(2);
        exceptions.setId("exceptions");
        if (s.exceptions().isEmpty()) {
            exceptions.getChildren().add(new Label("No exception in the latest quarter."));
        }
        for (PerformanceException e : s.exceptions()) {
            Label l = new Label("Exception, " + e.value().quarter().label() + ": " + e.text());
            l.setStyle("-fx-text-fill: #B03A2E; -fx-font-weight: bold;");
            l.setWrapText(true);
            exceptions.getChildren().add(l);
        }
        TableView<IndicatorValue> values = new TableView<>();
        values.setId("values");
        values.setPrefHeight(240);
        values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<IndicatorValue, String> q = new TableColumn<>("Quarter");
        q.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quarter().label()));
        TableColumn<IndicatorValue, String> v = new TableColumn<>("Value");
        v.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(s.indicator().format(c.getValue().value())));
        TableColumn<IndicatorValue, String> comment = new TableColumn<>("Commentary");
        comment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().commentary() == null ? "" : c.getValue().commentary()));
        values.getColumns().add(q);
        values.getColumns().add(v);
        values.getColumns().add(comment);
        values.getItems().setAll(s.values());
        indicatorDetail.getChildren().setAll(chart, exceptions, facts, values);
    }

    private void importDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import the quarterly dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Spreadsheet", "*.xlsx", "*.csv"));
        File file = chooser.showOpenDialog(context.owner().get());
        if (file != null) {
            model.previewDataset(file.toPath(), this::confirmDataset);
        }
    }

    private void confirmDataset(PerformanceImportPreview preview) {
        StringBuilder b = new StringBuilder();
        preview.rows().forEach(r -> b.append("Row ").append(r.rowNumber()).append(": ")
                .append(r.indicator() == null ? "(no indicator)" : r.indicator().name()).append(", ")
                .append(r.quarter() == null ? "?" : r.quarter().label()).append(" = ").append(r.value() == null ? "?" : r.value())
                .append(r.hasErrors() ? "   <-- " + String.join("; ", r.errors()) : "").append('\n'));
        preview.fileErrors().forEach(e -> b.append("File: ").append(e).append('\n'));
        if (confirm("Import performance data", preview.summary(), b.toString(), preview.hasErrors())) {
            model.confirmDataset(preview);
        }
    }

    // ---- calendar

    private Node calendarTab() {
        TableView<CalendarEntry> table = new TableView<>(model.entries());
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
                + "cycle has its audit month in it."));
        Label year = new Label();
        year.setId("calendar-year");
        year.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.yearProperty().get() == null ? ""
                : model.yearProperty().get().label() + " (" + model.yearProperty().get().span() + ")", model.yearProperty()));
        Button prev = new Button("Previous year");
        prev.setOnAction(e -> model.previousYear());
        Button next = new Button("Next year");
        next.setOnAction(e -> model.nextYear());
        BorderPane pane = new BorderPane(table);
        pane.setTop(new ToolBar(prev, year, next));
        pane.setPadding(new Insets(10));
        return pane;
    }

    private static TableColumn<CalendarEntry, String> column(String title, double width,
                                                            java.util.function.Function<CalendarEntry, String> value) {
        TableColumn<CalendarEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue()) == null ? "" : value.apply(d.getValue())));
        return c;
    }

    // ---- helpers

    private boolean confirm(String title, String summary, String detail, boolean hasErrors) {
        Alert alert = new Alert(hasErrors ? Alert.AlertType.ERROR : Alert.AlertType.CONFIRMATION, summary,
                hasErrors ? new ButtonType[] {ButtonType.CLOSE} : new ButtonType[] {ButtonType.OK, ButtonType.CANCEL});
        alert.setTitle(title);
        alert.setHeaderText(hasErrors ? "Nothing will be imported: fix these rows and import again" : "Import these rows?");
        TextArea area = new TextArea(detail);
        area.setEditable(false);
        area.setPrefRowCount(16);
        alert.getDialogPane().setExpandableContent(area);
        alert.getDialogPane().setExpanded(true);
        alert.initOwner(context.owner().get());
        return !hasErrors && alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 4;");
        l.setMinWidth(text.length() > 3 ? 260 : 54);
        l.setAlignment(text.length() > 3 ? Pos.CENTER_LEFT : Pos.CENTER);
        return l;
    }

    private static Label emptyLabel(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    /** Two boxes side by side: the standards' names and the rating key. */
    private static final class SplitPaneFree extends javafx.scene.layout.HBox {
        SplitPaneFree(Node left, Node right) {
            super(24, left, right);
        }
    }
}
