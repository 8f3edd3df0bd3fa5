package org.hubdesk.ui.members;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.members.RegisterImportRow;
import org.hubdesk.service.members.ImportPreview;

/**
 * Shows every line an import would write, with its problems beside it. Nothing is written until
 * the user presses Import, and Import is only offered when no line has a problem.
 */
public final class ImportPreviewDialog extends Dialog<Boolean> {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    public ImportPreviewDialog(MembersViewModel model, ImportPreview preview, String groupName) {
        initOwner(model.context.owner().get());
        setTitle("Import register into " + groupName);
        setHeaderText(preview.file().getFileName() + ": " + preview.summary());
        setResizable(true);
        TableView<RegisterImportRow> table = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        table.setId("import-preview-table");
        table.getColumns().add(column("Row", r -> String.valueOf(r.rowNumber()), 45));
        table.getColumns().add(column("Agency", r -> r.agency() + (r.newAgency() ? " (new)" : ""), 180));
        table.getColumns().add(column("Representatives", RegisterImportRow::jobTitle, 200));
        table.getColumns().add(column("Name", RegisterImportRow::name, 140));
        table.getColumns().add(column("E-mail", RegisterImportRow::email, 160));
        table.getColumns().add(column("Core / ad hoc", RegisterImportRow::membershipKind, 80));
        table.getColumns().add(column("Joint with", RegisterImportRow::jointWith, 120));
        table.getColumns().add(column("Deputy", RegisterImportRow::deputy, 120));
        table.getColumns().add(column("Problems", r -> String.join("; ", r.errors()), 320));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RegisterImportRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && row.hasErrors() ? "-fx-background-color: #fdecea;" : "");
            }
        });
        table.setPlaceholder(new Label("No member lines were found in the file."));
        table.setPrefSize(1100, 420);
        VBox box = new VBox(8);
        for (String problem : preview.fileErrors()) {
            Label l = new Label(problem);
            l.getStyleClass().add("text-danger");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (!preview.newAgencies().isEmpty()) {
            box.getChildren().add(new Label("New agencies to be created: " + String.join(", ", preview.newAgencies())));
        }
        Label note = new Label(preview.hasErrors()
                ? "Correct the file and import it again: nothing is written while any line has a problem."
                : "Import writes all these lines in one step. It cannot be undone from the Edit menu.");
        note.setWrapText(true);
        box.getChildren().addAll(table, note);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
        importButton.setId("import-confirm");
        importButton.setDisable(preview.hasErrors());
        setResultConverter(b -> b == IMPORT);
    }

    private static TableColumn<RegisterImportRow, String> column(String title, Function<RegisterImportRow, String> value, double width) {
        TableColumn<RegisterImportRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
