package org.hubdesk.ui.learning;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.members.Person;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Fields;

/**
 * Adds or edits an action carrying out a recommendation. The lead is picked from the people in the
 * registers or typed as free text ("Practice Review & Learning Manager"); the timescale is a date
 * or a month as delivery plans write it.
 */
final class ActionDialog extends LearningItemDialog<ActionItem> {
    ActionDialog(LearningViewModel model, long recommendationId, ActionItem listed) {
        super(model, listed == null ? null : model.actionForEdit(listed.id()), "action", "An action agreed to carry out the recommendation");
        TextField description = Fields.text("action-description", existing == null ? null : existing.description());
        description.setPrefColumnCount(40);
        ComboBox<String> lead = new ComboBox<>(FXCollections.observableArrayList(
                model.people.stream().map(Person::fullName).sorted().toList()));
        lead.setId("action-lead");
        lead.setEditable(true);
        lead.setPromptText("Pick a person or type a role");
        lead.setMaxWidth(Double.MAX_VALUE);
        if (existing != null) {
            lead.getEditor().setText(model.leadOf(existing));
        }
        TextField timescale = new TextField(existing == null || existing.timescale() == null ? "" : existing.timescale().toString());
        timescale.setId("action-timescale");
        timescale.setPromptText("2027-06 or 2027-06-30");
        ComboBox<ActionStatus> status = Fields.choice("action-status", ActionStatus.values(),
                existing == null ? ActionStatus.NOT_STARTED : existing.status());
        GridPane grid = Dialogs.formGrid();
        grid.addRow(0, new Label("Action:"), description);
        grid.addRow(1, new Label("Lead:"), lead);
        grid.addRow(2, new Label("Timescale:"), timescale);
        grid.addRow(3, new Label("Status:"), status);
        Dialogs.form(this, grid, "action", 520, () -> {
            String leadName = lead.getEditor().getText() == null ? "" : lead.getEditor().getText().strip();
            Long personId = model.people.stream().filter(p -> p.fullName().equalsIgnoreCase(leadName)).map(Person::id)
                    .findFirst().orElse(null);
            Timescale when = Timescale.parse(timescale.getText());
            ActionItem item = new ActionItem(existing == null ? 0 : existing.id(), description.getText(), personId,
                    personId == null ? leadName : null, when, existing == null ? ActionStatus.NOT_STARTED : existing.status(),
                    existing == null ? 0 : existing.sortOrder(), existing == null ? null : existing.completedOn())
                    .withStatus(status.getValue(), model.context().today());
            save(item, a -> model.addAction(recommendationId, a), model::editAction);
        });
    }
}
