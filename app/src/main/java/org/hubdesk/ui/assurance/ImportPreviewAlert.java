package org.hubdesk.ui.assurance;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** An import's preview, row by row: confirm to write, or (with errors) a list of what to fix and nothing written. */
public final class ImportPreviewAlert {
    private ImportPreviewAlert() {
    }

    public static boolean confirm(Window owner, String title, String summary, String detail, boolean hasErrors) {
        Alert alert = new Alert(hasErrors ? Alert.AlertType.ERROR : Alert.AlertType.CONFIRMATION, summary,
                hasErrors ? new ButtonType[] {ButtonType.CLOSE} : new ButtonType[] {ButtonType.OK, ButtonType.CANCEL});
        alert.setTitle(title);
        alert.setHeaderText(hasErrors ? "Nothing will be imported: fix these rows and import again" : "Import these rows?");
        TextArea area = new TextArea(detail);
        area.setEditable(false);
        area.setAccessibleText("The file's rows, as they would be imported");
        area.setPrefRowCount(16);
        alert.getDialogPane().setExpandableContent(area);
        alert.getDialogPane().setExpanded(true);
        alert.initOwner(owner);
        return !hasErrors && alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
