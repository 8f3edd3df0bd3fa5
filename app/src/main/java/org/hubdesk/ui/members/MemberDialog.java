package org.hubdesk.ui.members;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.ui.common.Converters;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Fields;

/**
 * Add or edit one line of a register. A broken rule is shown inside the dialog, which stays open
 * with everything typed still in it.
 */
final class MemberDialog extends Dialog<ButtonType> {
    private static final Person NEW_PERSON = new Person(-1, "New person…", null, -1, null, null);

    MemberDialog(MembersViewModel model, Group group, RegisterEntry editing) {
        initOwner(model.context.owner().get());
        setTitle(editing == null ? "Add member to " + group.name() : "Edit member of " + group.name());
        // The person as opened, with their row version: a save after a colleague's is refused, not written over it.
        org.hubdesk.domain.common.Versioned<Person> opened = editing == null ? null : model.personForEdit(editing.personId());
        setHeaderText(null);
        setResizable(true);

        ObservableList<Person> choices = FXCollections.observableArrayList();
        choices.add(NEW_PERSON);
        choices.addAll(model.people);
        ComboBox<Person> person = new ComboBox<>(choices);
        person.setId("member-person");
        person.setConverter(personNames());
        person.setButtonCell(personCell());
        person.setCellFactory(v -> personCell());
        TextField name = field("member-name", "Full name");
        TextField jobTitle = field("member-job-title", "e.g. Named Nurse Safeguarding Children");
        ComboBox<Agency> agency = new ComboBox<>(model.agencies);
        agency.setId("member-agency");
        agency.setConverter(Converters.showing(a -> a.name() + " (" + a.kind().label() + ")", ""));
        TextField email = field("member-email", "name@agency.example");
        TextField phone = field("member-phone", "");
        CheckBox core = new CheckBox("Core member (untick for ad hoc)");
        core.setId("member-core");
        core.setSelected(true);
        ComboBox<MemberRole> role = Fields.choice("member-role", MemberRole.values(), MemberRole.MEMBER);
        ComboBox<Person> joint = optionalPerson(model, "member-joint");
        ComboBox<Person> deputy = optionalPerson(model, "member-deputy");
        DatePicker from = org.hubdesk.ui.common.DatePickers.iso(model.context.today());
        from.setId("member-from");
        DatePicker to = org.hubdesk.ui.common.DatePickers.iso((java.time.LocalDate) null);
        to.setId("member-to");

        person.valueProperty().addListener((o, a, p) -> {
            boolean isNew = p == null || p == NEW_PERSON;
            name.setText(isNew ? "" : p.fullName());
            jobTitle.setText(isNew || p.jobTitle() == null ? "" : p.jobTitle());
            email.setText(isNew || p.email() == null ? "" : p.email());
            phone.setText(isNew || p.phone() == null ? "" : p.phone());
            agency.setValue(isNew ? null : model.agencies.stream().filter(ag -> ag.id() == p.agencyId()).findFirst().orElse(null));
        });
        if (editing == null) {
            person.setValue(NEW_PERSON);
        } else {
            person.setValue(model.person(editing.personId()));
            person.setDisable(true);
            core.setSelected(editing.core());
            role.setValue(editing.role());
            joint.setValue(editing.jointWithPersonId() == null ? null : model.person(editing.jointWithPersonId()));
            deputy.setValue(editing.deputyPersonId() == null ? null : model.person(editing.deputyPersonId()));
            from.setValue(editing.startsOn());
            to.setValue(editing.endsOn());
        }

        GridPane grid = Dialogs.formGrid();
        int row = 0;
        grid.addRow(row++, label("Person", person), person);
        grid.addRow(row++, label("Name", name), name);
        grid.addRow(row++, label("Representatives (job title)", jobTitle), jobTitle);
        Button newAgency = new Button("New agency…");
        newAgency.setId("member-new-agency");
        newAgency.setOnAction(e -> AgencyDialog.ask(model).ifPresent(agency::setValue));
        grid.addRow(row++, label("Agency", agency), new javafx.scene.layout.HBox(6, agency, newAgency));
        grid.addRow(row++, label("E-mail", email), email);
        grid.addRow(row++, label("Phone", phone), phone);
        grid.addRow(row++, new Label(""), core);
        grid.addRow(row++, label("Role", role), role);
        grid.addRow(row++, label("Joint member (same agency)", joint), joint);
        grid.addRow(row++, label("Nominated deputy", deputy), deputy);
        grid.addRow(row++, label("From", from), from);
        grid.addRow(row, label("To (blank while current)", to), to);
        Label error = Dialogs.errorLine("member-error");
        error.setMaxWidth(460);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Dialogs.form(this, grid, error, "member-ok", () -> {
            if (agency.getValue() == null) {
                throw new UserInputException("Choose the member's agency");
            }
            Person chosen = person.getValue();
            boolean isNew = chosen == null || chosen == NEW_PERSON;
            Person details = new Person(isNew ? 0 : chosen.id(), name.getText(), jobTitle.getText(),
                    agency.getValue().id(), email.getText(), phone.getText());
            Membership membership = new Membership(editing == null ? 0 : editing.membershipId(), group.id(),
                    isNew ? 0 : chosen.id(), core.isSelected(), role.getValue(),
                    joint.getValue() == null ? null : joint.getValue().id(),
                    deputy.getValue() == null ? null : deputy.getValue().id(), from.getValue(), to.getValue());
            if (editing == null) {
                model.addMember(isNew ? details : null, membership);
            } else {
                model.updateMember(details, membership, opened);
            }
        }).setText(editing == null ? "Add" : "Save");
        javafx.application.Platform.runLater(name::requestFocus);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text + ":");
        l.setLabelFor(target);
        return l;
    }

    private static ComboBox<Person> optionalPerson(MembersViewModel model, String id) {
        ObservableList<Person> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(model.people);
        ComboBox<Person> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(personNames());
        box.setButtonCell(personCell());
        box.setCellFactory(v -> personCell());
        return box;
    }

    private static StringConverter<Person> personNames() {
        return Converters.showing(p -> p.fullName(), "(none)");
    }

    private static ListCell<Person> personCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : p == null ? "(none)" : p.jobTitle() == null ? p.fullName() : p.fullName() + " — " + p.jobTitle());
            }
        };
    }
}
