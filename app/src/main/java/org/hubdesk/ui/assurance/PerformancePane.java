package org.hubdesk.ui.assurance;

import static org.hubdesk.ui.assurance.AssuranceNodes.chooser;
import static org.hubdesk.ui.assurance.AssuranceNodes.emptyLabel;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.hubdesk.domain.assurance.PerformanceException;
import org.hubdesk.service.assurance.PerformanceImportPreview;
import org.hubdesk.service.assurance.PerformanceService;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.FileChoosers;

/**
 * The Performance data tab: the indicators on the left (an exception marked "!"), the chosen
 * one's trend chart with its target, its exceptions, facts and quarterly values; the dataset's import.
 */
final class PerformancePane {
    private final AssuranceViewModel model;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final VBox indicatorDetail = new VBox(8);

    PerformancePane(AssuranceViewModel model) {
        this.model = model;
    }

    /** The tab's content; the Assurance screen builds it once. */
    Node build() {
        ListView<PerformanceService.Series> list = chooser("indicators", model.series,
                s -> (s.exceptions().isEmpty() ? "" : "! ") + s.indicator().name() + "\n" + s.indicator().theme(), model.selectedSeries,
                emptyLabel("performance-empty", "No performance data yet. Import the quarterly dataset with "
                + "Import dataset… or 'hubdesk import-performance FILE.xlsx'."));
        model.selectedSeries.addListener((o, a, s) -> showSeries(s));
        Button importData = new Button("Import dataset…");
        importData.setId("import-dataset");
        importData.setOnAction(e -> importDataset());
        importData.setMaxWidth(Double.MAX_VALUE);
        chart.setId("trend-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(340);
        indicatorDetail.setPadding(new Insets(10));
        showSeries(null);
        ScrollPane right = new ScrollPane(indicatorDetail);
        right.setFitToWidth(true);
        return Controls.besideDetail(list, right, 0.3, importData);
    }

    private void showSeries(PerformanceService.Series s) {
        chart.getData().clear();
        if (s == null) {
            indicatorDetail.getChildren().setAll(emptyLabel("indicator-empty", model.series.isEmpty()
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
        File file = FileChoosers.open(model.context().owner().get(), "Import the quarterly dataset",
                FileChoosers.filter("Spreadsheet", "*.xlsx", "*.csv"));
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
        if (ImportPreviewAlert.confirm(model.context().owner().get(), "Import performance data", preview.summary(), b.toString(),
                preview.hasErrors())) {
            model.confirmDataset(preview);
        }
    }

}
