package org.hubdesk.ui.meetings;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaItemKind;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.members.Person;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.FileChoosers;

/**
 * Adds or edits one agenda item; the item's own rules (title, minutes) are checked, and the save
 * made, before it closes, so a problem (or a colleague's save since it was opened) stays in it.
 */
final class AgendaItemDialog {
    /** Saves the item built from the fields: calls {@code done} once saved, {@code problem} with what was wrong. */
    interface Save {
        void save(AgendaItem item, Runnable done, java.util.function.Consumer<String> problem);
    }

    private AgendaItemDialog() {
    }

    static Dialog<Boolean> create(Window owner, AgendaItem existing, long meetingId, List<Person> people, Save save) {
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("item-title");
        title.setPrefColumnCount(40);
        ComboBox<AgendaItemKind> kind = new ComboBox<>();
        kind.getItems().setAll(AgendaItemKind.values());
        kind.setValue(existing == null ? AgendaItemKind.DISCUSSION : existing.kind());
        // A member from the registers, or free text ("Business unit", a visiting presenter).
        ComboBox<String> lead = new ComboBox<>();
        lead.setEditable(true);
        lead.getItems().setAll(people.stream().map(Person::fullName).sorted().toList());
        String currentLead = existing == null ? "" : existing.leadPersonId() != null
                ? people.stream().filter(p -> p.id() == existing.leadPersonId()).map(Person::fullName).findFirst().orElse("")
                : existing.leadText() == null ? "" : existing.leadText();
        lead.getEditor().setText(currentLead);
        lead.setPromptText("Who presents or leads the item");
        lead.setPrefWidth(360);
        TextField minutes = new TextField(existing == null ? "10" : String.valueOf(existing.minutes()));
        minutes.setId("item-minutes");
        minutes.setPrefColumnCount(5);
        TextArea subPoints = new TextArea(existing == null ? "" : String.join("\n", existing.subPoints()));
        subPoints.setPrefRowCount(4);
        subPoints.setPromptText("One sub-point per line");
        TextField paper = new TextField(existing == null || existing.paperPath() == null ? "" : existing.paperPath());
        paper.setPromptText("A PDF to go in the meeting pack");
        Button browse = FileChoosers.browseInto("Choose…", paper, () -> paper.getScene().getWindow(), "Attach a paper",
                FileChoosers.filter("PDF papers", "*.pdf", "*.PDF"), FileChoosers.filter("All files", "*.*"));
        HBox paperRow = new HBox(6, paper, browse);
        HBox.setHgrow(paper, Priority.ALWAYS);
        TextField caseRef = new TextField(existing == null || existing.caseReference() == null ? "" : existing.caseReference());
        caseRef.setPromptText("For case-learning items: an anonymised reference");

        GridPane grid = CheckedDialog.grid();
        int r = 0;
        grid.addRow(r++, new Label("Title"), title);
        grid.addRow(r++, new Label("Kind"), kind);
        grid.addRow(r++, new Label("Lead"), lead);
        grid.addRow(r++, new Label("Minutes"), minutes);
        grid.addRow(r++, new Label("Sub-points"), subPoints);
        grid.addRow(r++, new Label("Paper"), paperRow);
        grid.addRow(r++, new Label("Case reference"), caseRef);
        return CheckedDialog.create(owner, existing == null ? "Add agenda item" : "Edit agenda item", grid, "item-ok", (done, problem) -> {
            int mins;
            try {
                mins = Integer.parseInt(minutes.getText().strip());
            } catch (NumberFormatException ex) {
                throw new UserInputException("Minutes must be a whole number, e.g. 15, not '" + minutes.getText() + "'");
            }
            List<String> points = Arrays.stream(subPoints.getText().split("\n")).toList();
            String leadName = lead.getEditor().getText() == null ? "" : lead.getEditor().getText().strip();
            Long leadId = people.stream().filter(p -> p.fullName().equalsIgnoreCase(leadName)).map(Person::id).findFirst().orElse(null);
            save.save(new AgendaItem(existing == null ? 0 : existing.id(), meetingId, existing == null ? 0 : existing.sortOrder(),
                    title.getText(), kind.getValue(), leadId, leadId == null ? leadName : null, mins, points,
                    paper.getText(), caseRef.getText(), existing == null ? StandingRole.NONE : existing.role()), done, problem);
        });
    }
}
