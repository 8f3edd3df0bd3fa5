package org.hubdesk.ui.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.LearningSource;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.Converters;
import org.hubdesk.ui.common.FileChoosers;
import org.hubdesk.ui.common.Fields;

/**
 * The editor's dialogs. Each validates on OK through the view model (a service call); a problem
 * is shown in the dialog, which stays open with everything typed still in it.
 */
final class PlanDialogs {
    private PlanDialogs() {
    }

    /** A dialog whose OK runs {@code save}; a UserInputException keeps it open with the message. */
    private static Dialog<Boolean> dialog(DeliveryPlanViewModel model, String title, Node content, String okId, Runnable save) {
        return CheckedDialog.create(model.context.owner().get(), title, content, okId, save);
    }

    private static GridPane grid() {
        return CheckedDialog.grid();
    }

    static ComboBox<Agency> agencyChoice(DeliveryPlanViewModel model, Long selected, String id) {
        ComboBox<Agency> agency = new ComboBox<>();
        agency.getItems().add(null);
        agency.getItems().addAll(model.agencies);
        agency.setId(id);
        agency.setMaxWidth(Double.MAX_VALUE);
        agency.setConverter(Converters.showing(a -> a.name(), "(none)"));
        if (selected != null) {
            model.agencies.stream().filter(a -> a.id() == selected).findFirst().ifPresent(agency::setValue);
        }
        return agency;
    }

    /** Adds an entry to {@code section} ({@code existing} null) or edits one. */
    static void evidence(DeliveryPlanViewModel model, DeliveryPlanSection section, EvidenceEntry existing) {
        MarkupEditor text = new MarkupEditor("evidence-text", 8);
        text.area().setPrefColumnCount(50);
        ComboBox<LearningSource> source = Fields.choice("evidence-source", LearningSource.values(), null);
        source.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Agency> agency = agencyChoice(model, existing == null ? null : existing.agencyId(), "evidence-agency");
        DatePicker date = org.hubdesk.ui.common.DatePickers.iso((java.time.LocalDate) null);
        date.setId("evidence-date");
        TextField link = new TextField();
        link.setId("evidence-link");
        link.setPromptText("Optional: the full path of a document (audit report, review)");
        Button browse = FileChoosers.browseInto("Choose file…", link, model.context.owner(), null);
        HBox linkRow = new HBox(6, link, browse);
        HBox.setHgrow(link, Priority.ALWAYS);
        if (existing != null) {
            text.area().setText(existing.text());
            source.setValue(existing.source());
            date.setValue(existing.datedOn());
            link.setText(existing.fileLink() == null ? "" : existing.fileLink());
        } else {
            source.setValue(LearningSource.usualFor(section));
            date.setValue(model.context.today());
        }
        GridPane grid = grid();
        grid.addRow(0, new Label("Source of learning:"), source);
        grid.addRow(1, new Label("Agency:"), agency);
        grid.addRow(2, new Label("Date:"), date);
        grid.addRow(3, new Label("File:"), linkRow);
        Label where = new Label(section.title());
        where.setWrapText(true);
        where.getStyleClass().add("plan-cell-title");
        VBox content = new VBox(8, where, text, grid);
        content.setPrefWidth(620);
        dialog(model, existing == null ? "Add evidence" : "Edit evidence", content, "evidence-ok", () -> {
            Long agencyId = agency.getValue() == null ? null : agency.getValue().id();
            LocalDate day = parseDate(date);
            if (existing == null) {
                model.items.evidence.add(EvidenceEntry.draft(section, text.area().getText(), source.getValue(), agencyId, day, link.getText()));
            } else {
                model.items.evidence.update(new EvidenceEntry(existing.id(), section, text.area().getText(), source.getValue(), agencyId, day,
                        link.getText(), existing.sortOrder()));
            }
        }).showAndWait();
    }

    /** A date picker's value, committing what was typed; a typed non-date is a clear message. */
    private static LocalDate parseDate(DatePicker date) {
        String typed = date.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return date.getConverter().fromString(typed.strip());
        } catch (RuntimeException e) {
            throw new UserInputException("'" + typed.strip() + "' is not a date: pick one or leave it empty");
        }
    }

    static void download(DeliveryPlanViewModel model, PracticeDownload existing) {
        TextField observed = new TextField(existing == null ? "" : existing.observed());
        observed.setId("download-observed");
        observed.setPromptText("What was observed: a meeting, a visit, a case discussion");
        DatePicker date = org.hubdesk.ui.common.DatePickers.iso(existing == null ? model.context.today() : existing.observedOn());
        ComboBox<Agency> agency = agencyChoice(model, existing == null ? null : existing.agencyId(), "download-agency");
        GridPane grid = grid();
        grid.addRow(0, new Label("Observed:"), observed);
        grid.addRow(1, new Label("Date:"), date);
        grid.addRow(2, new Label("Agency:"), agency);
        Map<PracticeDownload.Question, TextArea> answers = new EnumMap<>(PracticeDownload.Question.class);
        int row = 3;
        for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
            TextArea a = new TextArea(existing == null ? "" : existing.answer(q));
            a.setId("download-" + q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            a.setWrapText(true);
            a.setPrefRowCount(2);
            answers.put(q, a);
            Label l = new Label(q.words());
            l.setMinWidth(190);
            grid.addRow(row++, l, a);
        }
        grid.setPrefWidth(640);
        dialog(model, existing == null ? "Add practice download" : "Edit practice download", grid, "download-ok", () -> {
            Map<PracticeDownload.Question, String> typed = new EnumMap<>(PracticeDownload.Question.class);
            answers.forEach((q, a) -> typed.put(q, a.getText()));
            Long agencyId = agency.getValue() == null ? null : agency.getValue().id();
            if (existing == null) {
                model.items.downloads.add(new PracticeDownload(0, observed.getText(), parseDate(date), agencyId, typed, 0));
            } else {
                model.items.downloads.update(new PracticeDownload(existing.id(), observed.getText(), parseDate(date), agencyId, typed,
                        existing.sortOrder()));
            }
        }).showAndWait();
    }

    /** Adds an action ({@code existing} null) or edits one: action, lead (a person or free text), timescale, status. */
    static void action(DeliveryPlanViewModel model, ActionItem existing) {
        // The action as opened, with its row version: a save after a colleague's is refused, not written over it.
        org.hubdesk.domain.common.Versioned<ActionItem> opened = existing == null ? null : model.items.actionForEdit(existing.id());
        TextArea description = Fields.area("action-description", existing == null ? null : existing.description(), 3);
        ComboBox<String> lead = new ComboBox<>();
        lead.setId("action-lead");
        lead.setEditable(true);
        lead.setMaxWidth(Double.MAX_VALUE);
        lead.setPromptText("Choose from the registers or type a name or role");
        Map<String, Long> personByLabel = new java.util.LinkedHashMap<>();
        for (Person p : model.people) {
            String label = p.fullName() + (p.jobTitle() == null ? "" : " — " + p.jobTitle());
            personByLabel.putIfAbsent(label, p.id());
        }
        lead.getItems().addAll(personByLabel.keySet());
        if (existing != null) {
            if (existing.leadPersonId() != null) {
                personByLabel.entrySet().stream().filter(e -> e.getValue().equals(existing.leadPersonId())).findFirst()
                        .ifPresent(e -> lead.setValue(e.getKey()));
            } else {
                lead.setValue(existing.leadText());
            }
        }
        TextField timescale = new TextField(existing == null || existing.timescale() == null ? "" : existing.timescale().toString());
        timescale.setId("action-timescale");
        timescale.setPromptText("a date (2027-06-01) or a month (2027-06)");
        ChoiceBox<ActionStatus> status = new ChoiceBox<>(FXCollections.observableArrayList(ActionStatus.values()));
        status.setId("action-status");
        status.setValue(existing == null ? ActionStatus.NOT_STARTED : existing.status());
        GridPane grid = grid();
        grid.addRow(0, new Label("Action:"), description);
        grid.addRow(1, new Label("Lead:"), lead);
        grid.addRow(2, new Label("Timescale:"), timescale);
        grid.addRow(3, new Label("Status:"), status);
        grid.setPrefWidth(560);
        dialog(model, existing == null ? "Add action" : "Edit action", grid, "action-ok", () -> {
            String typedLead = lead.getEditor().getText() == null ? "" : lead.getEditor().getText().strip();
            Long personId = personByLabel.get(typedLead);
            Timescale t = Timescale.parse(timescale.getText());
            if (existing == null) {
                ActionItem draft = ActionItem.draft(description.getText(), personId, personId == null ? typedLead : null, t);
                model.items.actions.add(draft.withStatus(status.getValue(), model.context.today()));
            } else {
                model.items.updateAction(new ActionItem(existing.id(), description.getText(), personId, personId == null ? typedLead : null, t,
                        status.getValue(), existing.sortOrder(), existing.completedOn()), opened);
            }
        }).showAndWait();
    }

    static void newPlan(DeliveryPlanViewModel model) {
        TextField priority = new TextField();
        priority.setId("new-plan-priority");
        priority.setPrefColumnCount(50);
        priority.setPromptText("The partnership priority this hub cycle works on");
        ComboBox<DeliveryPlanViewModel.HubCycleChoice> cycle = new ComboBox<>();
        cycle.setId("new-plan-cycle");
        cycle.getItems().add(null);
        cycle.getItems().addAll(model.hubCycles);
        cycle.setMaxWidth(Double.MAX_VALUE);
        cycle.setConverter(Converters.showing(c -> c.label(), "(not linked to a hub cycle)"));
        cycle.valueProperty().addListener((o, a, c) -> {
            if (c != null && (priority.getText().isBlank() || a != null && priority.getText().equals(a.priorityTitle()))) {
                priority.setText(c.priorityTitle());
            }
        });
        Label help = new Label("One delivery plan per hub cycle; cycles that already have a plan are not listed.");
        help.getStyleClass().add("evidence-meta");
        VBox box = new VBox(6, new Label("Hub cycle:"), cycle, help, new Label("Priority:"), priority);
        dialog(model, "New delivery plan", box, "new-plan-ok", () -> model.createPlan(priority.getText(),
                cycle.getValue() == null ? null : cycle.getValue().cycleId())).showAndWait();
    }

    static void priority(DeliveryPlanViewModel model, String current) {
        TextField priority = new TextField(current);
        priority.setId("priority-text");
        priority.setPrefColumnCount(50);
        dialog(model, "Priority", new VBox(6, new Label("Priority:"), priority), "priority-ok",
                () -> model.setPriority(priority.getText())).showAndWait();
    }

    /** Keeps a version: Appendix 3's two points offered by name, any other name typed. */
    static void snapshot(DeliveryPlanViewModel model) {
        ComboBox<String> name = new ComboBox<>(FXCollections.observableArrayList(
                PlanVersion.FIRST_PHASE_KNOWLEDGE, PlanVersion.LEARNING_AND_CHANGE_PHASE));
        name.setId("version-name");
        name.setEditable(true);
        name.setPrefWidth(360);
        boolean hasFirst = model.versions.stream().anyMatch(v -> v.name().equals(PlanVersion.FIRST_PHASE_KNOWLEDGE));
        name.setValue(hasFirst ? PlanVersion.LEARNING_AND_CHANGE_PHASE : PlanVersion.FIRST_PHASE_KNOWLEDGE);
        Label help = new Label("First phase knowledge: presented in month 1. Learning and change phase: revisited in month 4.\n"
                + "Or type any name. A version never changes once kept.");
        help.getStyleClass().add("evidence-meta");
        dialog(model, "Keep a version", new VBox(6, new Label("Version name:"), name, help), "version-ok",
                () -> model.snapshot(name.getEditor().getText())).showAndWait();
    }
}
