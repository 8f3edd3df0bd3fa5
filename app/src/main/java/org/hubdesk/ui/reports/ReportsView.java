package org.hubdesk.ui.reports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.report.Report;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Lists;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * Reports: the reports on the left; on the right the chosen one's scope, the format and where to
 * save it, an Export button with progress, and then buttons to open the file or its folder.
 */
public final class ReportsView extends ModelScreen<ReportsViewModel, BorderPane> {
    private final UiContext context;

    public ReportsView(UiContext context) {
        this(context, DesktopFiles.system());
    }

    public ReportsView(UiContext context, DesktopFiles desktop) {
        super(new ReportsViewModel(context, desktop), new BorderPane());
        this.context = context;
        ListView<Report> list = new ListView<>(model.reports);
        list.setId("report-list");
        Lists.textCells(list, Report::title);
        Lists.selectionFollows(list, model.report);
        root.setCenter(Lists.besideDetail("Reports", list, 200, form(), 0.22));
    }

    private Node form() {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> model.report.get() == null ? "Choose a report" : model.report.get().title(),
                model.report));
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        description.textProperty().bind(Bindings.createStringBinding(
                () -> model.report.get() == null ? "" : model.report.get().description(), model.report));

        ComboBox<String> group = new ComboBox<>(model.groups);
        group.setId("report-group");
        group.valueProperty().bindBidirectional(model.group);
        ComboBox<PartnershipYear> year = new ComboBox<>(model.years);
        year.setId("report-year");
        year.valueProperty().bindBidirectional(model.year);
        year.setCellFactory(v -> yearCell());
        year.setButtonCell(yearCell());

        ToggleGroup formats = new ToggleGroup();
        RadioButton docx = new RadioButton("Word document (.docx), to edit");
        docx.setId("format-docx");
        docx.setToggleGroup(formats);
        docx.setUserData(ReportFormat.DOCX);
        RadioButton pdf = new RadioButton("PDF, to circulate");
        pdf.setId("format-pdf");
        pdf.setToggleGroup(formats);
        pdf.setUserData(ReportFormat.PDF);
        formats.selectToggle(model.format.get() == ReportFormat.PDF ? pdf : docx);
        formats.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.format.set((ReportFormat) t.getUserData());
            }
        });

        TextField folder = new TextField();
        folder.setId("report-folder");
        folder.textProperty().bindBidirectional(model.folder);
        Button chooseFolder = new Button("Choose…");
        chooseFolder.setId("choose-folder");
        chooseFolder.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(6, folder, chooseFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        TextField fileName = new TextField();
        fileName.setId("report-file-name");
        fileName.textProperty().bindBidirectional(model.fileName);

        GridPane grid = Dialogs.formGrid();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(560);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        Label groupLabel = label("Group", group);
        grid.addRow(row++, groupLabel, group);
        Label yearLabel = label("Partnership year", year);
        grid.addRow(row++, yearLabel, year);
        grid.addRow(row++, new Label("Format"), new HBox(16, docx, pdf));
        grid.addRow(row++, label("Save in folder", folder), folderRow);
        grid.addRow(row, label("File name", fileName), fileName);
        for (Node n : new Node[] {groupLabel, group}) {
            n.visibleProperty().bind(model.needsGroup);
            n.managedProperty().bind(model.needsGroup);
        }
        for (Node n : new Node[] {yearLabel, year}) {
            n.visibleProperty().bind(model.needsYear);
            n.managedProperty().bind(model.needsYear);
        }

        Button export = new Button("Export");
        export.setId("export-report");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.busy.or(model.report.isNull()));
        export.setOnAction(e -> model.export());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        progress.progressProperty().bind(context.tasks().progress);
        progress.visibleProperty().bind(model.busy);
        HBox exportRow = new HBox(12, export, progress);
        exportRow.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        Button openFile = new Button("Open the report");
        openFile.setId("open-file");
        openFile.setOnAction(e -> model.openSaved());
        Button openFolder = new Button("Open its folder");
        openFolder.setId("open-folder");
        openFolder.setOnAction(e -> model.openSavedFolder());
        TextField savedPath = new TextField();
        savedPath.setId("saved-path");
        savedPath.setEditable(false);
        savedPath.textProperty().bind(Bindings.createStringBinding(
                () -> model.saved.get() == null ? "" : model.saved.get().toString(), model.saved));
        HBox.setHgrow(savedPath, Priority.ALWAYS);
        HBox savedRow = new HBox(8, openFile, openFolder, savedPath);
        savedRow.setAlignment(Pos.CENTER_LEFT);
        savedRow.visibleProperty().bind(model.saved.isNotNull());
        savedRow.managedProperty().bind(savedRow.visibleProperty());

        Label hint = new Label("Word documents use the styles of reference.docx and the branding in branding.properties;"
                + " put your own copies in the data folder (" + context.services().dataDirectory() + ") to re-brand every report.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");

        VBox pane = new VBox(12, title, description, grid, exportRow, status, savedRow, hint);
        pane.setPadding(new Insets(16));
        pane.setMaxWidth(760);
        return pane;
    }

    private static ListCell<PartnershipYear> yearCell() {
        return Lists.textCell(y -> y.label() + "  (" + y.span() + ")");
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save reports in");
        Path current = Path.of(model.folder.get() == null ? "." : model.folder.get());
        if (Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(context.owner().get());
        if (chosen != null) {
            model.folder.set(chosen.getAbsolutePath());
        }
    }
}
