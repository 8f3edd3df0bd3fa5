package org.hubdesk.ui.members;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.ui.common.Converters;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Fields;

/** Create or edit a group's terms of reference basics. Errors stay in the dialog with the typing. */
final class GroupDialog extends Dialog<ButtonType> {
    GroupDialog(MembersViewModel model, Group listed) {
        // The group as it is now, with its row version: a save after a colleague's is refused, not written over it.
        org.hubdesk.domain.common.Versioned<Group> opened = listed == null ? null : model.groupForEdit(listed.id());
        Group editing = opened == null ? null : opened.value();
        initOwner(model.context.owner().get());
        setTitle(editing == null ? "New group" : "Edit " + editing.name());
        setHeaderText(null);
        GridPane grid = Dialogs.formGrid();
        TextField name = Dialogs.row(grid, "Name:", Fields.text("group-name", editing == null ? null : editing.name()));
        name.setPromptText("e.g. Multi-Agency Learning Forum");
        ComboBox<GroupKind> kind = Dialogs.row(grid, "Kind:",
                Fields.choice(null, GroupKind.values(), editing == null ? GroupKind.SUBGROUP : editing.kind()));
        TextArea purpose = Dialogs.row(grid, "Purpose:", Fields.area(null, editing == null ? null : editing.purpose(), 3));
        TextField frequency = Dialogs.row(grid, "Meets:",
                new TextField(editing == null || editing.meetingFrequency() == null ? "Quarterly" : editing.meetingFrequency()));
        Spinner<Integer> minutes = Dialogs.row(grid, "Usual length (minutes):", new Spinner<>(15, 480,
                editing == null || editing.usualLengthMinutes() == null ? 120 : editing.usualLengthMinutes(), 15));
        minutes.setEditable(true);
        ComboBox<QuorumRule> quorum = Dialogs.row(grid, "Quorum:",
                Fields.choice(null, QuorumRule.values(), editing == null ? QuorumRule.STATUTORY_PARTNERS : editing.quorumRule()));
        ObservableList<Group> others = FXCollections.observableArrayList();
        others.add(null);
        model.groups.stream().filter(g -> editing == null || g.id() != editing.id()).forEach(others::add);
        ComboBox<Group> reportsTo = Dialogs.row(grid, "Reports to:", new ComboBox<>(others));
        reportsTo.setConverter(Converters.showing(g -> g.name(), "(none)"));
        if (editing != null && editing.reportsToGroupId() != null) {
            reportsTo.setValue(others.stream().filter(g -> g != null && g.id() == editing.reportsToGroupId()).findFirst().orElse(null));
        }
        DatePicker review = Dialogs.row(grid, "Terms of reference next review:",
                org.hubdesk.ui.common.DatePickers.iso(editing == null ? null : editing.termsReviewDate()));
        Dialogs.form(this, grid, "group", 560, () -> {
            Group group = new Group(editing == null ? 0 : editing.id(), name.getText(), kind.getValue(), purpose.getText(),
                    frequency.getText(), minutes.getValue(), quorum.getValue(),
                    reportsTo.getValue() == null ? null : reportsTo.getValue().id(), review.getValue());
            model.saveGroup(group, editing, opened);
        });
        javafx.application.Platform.runLater(name::requestFocus);
    }
}
