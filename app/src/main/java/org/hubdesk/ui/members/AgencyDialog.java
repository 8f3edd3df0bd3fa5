package org.hubdesk.ui.members;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Fields;

/** Adds an agency; the statutory-partner flag is what quoracy counts. */
public final class AgencyDialog extends Dialog<Agency> {
    private Agency created;

    AgencyDialog(MembersViewModel model) {
        initOwner(model.context.owner().get());
        setTitle("New agency");
        setHeaderText(null);
        TextField name = new TextField();
        name.setId("agency-name");
        ComboBox<AgencyKind> kind = Fields.choice("agency-kind", AgencyKind.values(), AgencyKind.OTHER);
        CheckBox statutory = new CheckBox("This agency is the statutory safeguarding partner for its kind "
                + "(the local authority, the police force, the integrated care board)");
        statutory.setWrapText(true);
        statutory.setMaxWidth(420);
        statutory.disableProperty().bind(kind.valueProperty().map(k -> !k.isStatutoryPartnerKind()));
        kind.valueProperty().addListener((o, a, k) -> {
            if (!k.isStatutoryPartnerKind()) {
                statutory.setSelected(false);
            }
        });
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Name:"), name);
        grid.addRow(1, new Label("Kind:"), kind);
        Label error = new Label();
        error.getStyleClass().add("text-danger");
        VBox box = new VBox(10, grid, statutory, error);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                created = model.addAgency(new Agency(0, name.getText(), kind.getValue(), statutory.isSelected()));
            } catch (UserInputException problem) {
                error.setText(problem.getMessage());
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? created : null);
    }

    public static Optional<Agency> ask(MembersViewModel model) {
        return new AgencyDialog(model).showAndWait();
    }
}
