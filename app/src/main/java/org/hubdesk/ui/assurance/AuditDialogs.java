package org.hubdesk.ui.assurance;

import static org.hubdesk.ui.assurance.AssuranceNodes.choice;
import static org.hubdesk.ui.assurance.AssuranceNodes.names;
import static org.hubdesk.ui.common.Dialogs.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.DatePickers;
import org.hubdesk.ui.common.Fields;

/**
 * The self-assessment audit forms: a new round, an agency's or school's return standard by
 * standard, and the round's challenge panel. Each saves through the view model on OK; a problem
 * shows in the dialog, which keeps what was typed.
 */
final class AuditDialogs {
    private AuditDialogs() {
    }

    /** New round: the audit, the year it starts in, when returns are due and who is asked. */
    static void newRound(AssuranceViewModel model) {
        GridPane grid = CheckedDialog.grid();
        ComboBox<AuditKind> kind = row(grid, "Audit:", choice("round-kind", Arrays.asList(AuditKind.values()), "(choose the audit)",
                AuditKind::label, AuditKind.SECTION_11));
        Spinner<Integer> year = row(grid, "Year it starts in:", new Spinner<>(2000, 2100, model.today().getYear()));
        year.setId("round-year");
        year.setEditable(true);
        DatePicker due = row(grid, "Returns due on:", DatePickers.iso("round-due", null, "Returns due on"));
        TextArea asked = row(grid, "Ask for a return from:", new TextArea());
        asked.setId("round-asked");
        asked.setPrefRowCount(5);
        asked.setPromptText("One agency or school per line");
        Label hint = new Label("Section 11 audits run every two years; schools complete the Section 175 audit.");
        hint.setWrapText(true);
        CheckedDialog.create(model.context().owner().get(), "New audit round", new VBox(8, grid, hint), "round-ok",
                () -> model.startRound(kind.getValue(), spinnerValue(year, model.today().getYear()), due.getValue(), asked.getText())).showAndWait();
    }

    /** A return typed in: {@code row} null for a new one (choose the organisation), else that organisation's return. */
    static void enterReturn(AssuranceViewModel model, AuditOverview.Row row) {
        AuditRound round = model.requireRound();
        AuditKind kind = round.kind();
        String word = kind.organisationWord();
        ComboBox<String> organisation = names("return-organisation", model.organisations(kind), row == null ? null : row.organisation(),
                "The " + word + " the return comes from");
        DatePicker returnedOn = DatePickers.iso("return-date", null, "Date returned");
        returnedOn.setValue(row != null && row.assessment().returnedOn() != null ? row.assessment().returnedOn() : model.today());
        List<StandardFields> fields = new ArrayList<>();
        GridPane standards = CheckedDialog.grid();
        standards.addRow(0, bold("Standard"), bold("Rating"), bold("Evidence"), bold("Evidence link"), bold("Actions"));
        for (int n = 1; n <= kind.standards().size(); n++) {
            StandardFields f = new StandardFields(n);
            fields.add(f);
            Label name = new Label(n + ". " + kind.standard(n));
            name.setWrapText(true);
            name.setPrefWidth(200);
            standards.addRow(n, name, f.rating, f.evidence, f.link, f.actions);
        }
        // The return as it is now, with its row version: a save after a colleague's is refused, not written over it.
        var opened = new java.util.concurrent.atomic.AtomicReference<org.hubdesk.domain.common.Versioned<SelfAssessment>>();
        Runnable fill = () -> {
            String name = organisation.getEditor().getText();
            opened.set(name == null || name.isBlank() ? null : model.returnForEdit(name));
            SelfAssessment existing = opened.get() == null ? null : opened.get().value();
            fields.forEach(f -> f.show(existing == null ? null : existing.rating(f.number).orElse(null)));
        };
        organisation.valueProperty().addListener((o, a, v) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(standards);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(1040, 460);
        GridPane top = CheckedDialog.grid();
        row(top, Character.toUpperCase(word.charAt(0)) + word.substring(1) + ":", organisation);
        row(top, "Date returned:", returnedOn);
        Label scale = new Label("Rating: 1 Not met (red), 2 Partly met (amber), 3 Mostly met (yellow-green), 4 Fully met (green).");
        CheckedDialog.create(model.context().owner().get(), "Return to " + round.title(), new VBox(8, top, scale, scroll), "return-ok",
                () -> model.saveReturn(organisation.getEditor().getText(), returnedOn.getValue(),
                        fields.stream().map(StandardFields::value).toList(), opened.get())).showAndWait();
    }

    /** One standard's line of the return form. */
    private static final class StandardFields {
        final int number;
        final ComboBox<SelfRating> rating;
        final TextArea evidence = area();
        final TextField link = new TextField();
        final TextArea actions = area();

        StandardFields(int number) {
            this.number = number;
            this.rating = choice("rating-" + number, Arrays.asList(SelfRating.values()), "Not rated", SelfRating::toString, null);
            rating.setPrefWidth(175);
            evidence.setId("evidence-" + number);
            link.setId("link-" + number);
            link.setPromptText("web address or file");
            link.setPrefWidth(170);
            actions.setId("actions-" + number);
            // One row per standard: each field says which standard it belongs to.
            rating.setAccessibleText("Standard " + number + " rating");
            evidence.setAccessibleText("Standard " + number + " evidence");
            link.setAccessibleText("Standard " + number + " evidence link");
            actions.setAccessibleText("Standard " + number + " actions");
        }

        void show(StandardRating r) {
            rating.setValue(r == null ? null : r.rating());
            evidence.setText(r == null || r.evidence() == null ? "" : r.evidence());
            link.setText(r == null || r.evidenceLink() == null ? "" : r.evidenceLink());
            actions.setText(r == null || r.actions() == null ? "" : r.actions());
        }

        StandardRating value() {
            return new StandardRating(number, rating.getValue(), evidence.getText(), link.getText(), actions.getText());
        }

        private static TextArea area() {
            TextArea a = new TextArea();
            a.setPrefRowCount(2);
            a.setPrefColumnCount(22);
            a.setWrapText(true);
            return a;
        }
    }

    /** The round's challenge panel: its date, three agencies and three schools invited, the panel, its findings. */
    static void challengePanel(AssuranceViewModel model) {
        AuditRound round = model.requireRound();
        ChallengePanel p = model.panel();
        DatePicker date = DatePickers.iso("panel-date", null, "Date of the challenge panel");
        date.setValue(p == null ? null : p.heldOn());
        List<String> agencyNames = model.organisations(AuditKind.SECTION_11);
        List<String> schoolNames = model.organisations(AuditKind.SECTION_175);
        List<ComboBox<String>> agencies = new ArrayList<>();
        List<ComboBox<String>> schools = new ArrayList<>();
        for (int i = 0; i < ChallengePanel.AGENCIES_INVITED; i++) {
            agencies.add(names("panel-agency-" + (i + 1), agencyNames, p == null ? null : at(p.agenciesInvited(), i),
                    "Agency invited " + (i + 1)));
        }
        for (int i = 0; i < ChallengePanel.SCHOOLS_INVITED; i++) {
            schools.add(names("panel-school-" + (i + 1), schoolNames, p == null ? null : at(p.schoolsInvited(), i),
                    "School invited " + (i + 1)));
        }
        TextArea members = new TextArea(p == null ? "" : String.join("\n", p.panelMembers()));
        members.setId("panel-members");
        members.setPrefRowCount(3);
        members.setPromptText("One member of the Hub per line");
        TextField young = Fields.text("panel-young-person", p == null ? null : p.youngPeopleRepresentative());
        TextArea findings = Fields.area("panel-findings", p == null ? null : p.findings(), 5);
        GridPane grid = CheckedDialog.grid();
        row(grid, "Date held:", date);
        for (int i = 0; i < agencies.size(); i++) {
            row(grid, "Agency invited " + (i + 1) + ":", agencies.get(i));
        }
        for (int i = 0; i < schools.size(); i++) {
            row(grid, "School invited " + (i + 1) + ":", schools.get(i));
        }
        row(grid, "Panel members from the Hub:", members);
        Label youngLabel = new Label("Young People's Safeguarding\nForum representative:");
        youngLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(grid.getRowCount(), youngLabel, young);
        row(grid, "Findings:", findings);
        grid.setPrefWidth(720);
        CheckedDialog.create(model.context().owner().get(), "Challenge panel: " + round.title(), grid, "panel-ok",
                () -> model.savePanel(new ChallengePanel(round.id(), date.getValue(), texts(agencies), texts(schools),
                        ChallengePanel.split(members.getText()), young.getText(), findings.getText()))).showAndWait();
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static List<String> texts(List<ComboBox<String>> boxes) {
        return boxes.stream().map(b -> b.getEditor().getText()).toList();
    }

    /** The spinner's typed text as a year; a problem a user can fix when it is not a number. */
    private static Integer spinnerValue(Spinner<Integer> spinner, int example) {
        String text = spinner.getEditor().getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new org.hubdesk.domain.common.UserInputException("'" + text + "' is not a year: type it as four digits, e.g. " + example);
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
