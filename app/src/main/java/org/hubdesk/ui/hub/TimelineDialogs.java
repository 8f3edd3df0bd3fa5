package org.hubdesk.ui.hub;

import java.io.File;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.hub.TimelineExporter;
import org.hubdesk.ui.common.Converters;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.FileChoosers;
import org.hubdesk.ui.shell.UiContext;

/** The timeline's dialogs: plan a programme, nominate a cycle's members, hub settings, and export. */
record TimelineDialogs(TimelineViewModel model, UiContext context) {

    void plan() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Plan a Learning Hub programme");
        dialog.setHeaderText("One cycle per priority, in this order; each next cycle's scoping falls in the previous cycle's final month.");
        dialog.initOwner(context.owner().get());
        TextField start = new TextField(YearMonth.from(model.today()).plusMonths(1).toString());
        start.setId("plan-start");
        start.setPromptText("YYYY-MM");
        TextArea titles = new TextArea();
        titles.setId("plan-priorities");
        titles.setPromptText("One priority per line, e.g.\nImprove the early identification of neglect");
        titles.setPrefRowCount(5);
        titles.setWrapText(true);
        GridPane form = Dialogs.formGrid();
        form.addRow(0, new Label("First cycle starts"), start);
        form.addRow(1, new Label("Priorities"), titles);
        form.setPrefWidth(560);
        Dialogs.form(dialog, form, "plan", 560, () -> {
            List<String> lines = titles.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            model.planProgramme(lines, TimelineView.parseMonth(start.getText(), "start"));
        }).setText("Plan");
        dialog.showAndWait();
    }

    void members() {
        TimelineViewModel.PhaseSelection s = model.selection.get();
        if (s == null) {
            return;
        }
        // The cycle as it is now, with its row version: a save after a colleague's is refused, not written over it.
        var opened = model.cycleForEdit(s.cycle().id());
        Map<Person, javafx.beans.property.BooleanProperty> chosen = new LinkedHashMap<>();
        for (Person p : model.people) {
            chosen.put(p, new javafx.beans.property.SimpleBooleanProperty(opened.value().memberIds().contains(p.id())));
        }
        javafx.scene.control.ListView<Person> list = new javafx.scene.control.ListView<>(FXCollections.observableArrayList(chosen.keySet()));
        list.setId("members-list");
        org.hubdesk.ui.common.Lists.checkCells(list, chosen::get, p -> p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle()));
        list.setPrefSize(520, 420);
        Dialog<Boolean> dialog = org.hubdesk.ui.common.CheckedDialog.create(context.owner().get(), "Nominated members", list, "members-ok",
                (done, problem) -> model.setMembers(s.cycle().id(),
                        chosen.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().id()).toList(),
                        opened.version(), done, problem));
        dialog.setHeaderText("Who attends the events of '" + s.priorityTitle() + "' and works on it between them");
        org.hubdesk.ui.common.Dialogs.escapeCancels(dialog, list);
        dialog.showAndWait();
    }

    void settings() {
        var programme = model.programme.get();
        if (programme == null) {
            return;
        }
        org.hubdesk.domain.hub.HubSettings current = programme.settings();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Learning Hub settings");
        dialog.setHeaderText("How long each phase of a new cycle lasts (the terms of reference use one month each),"
                + " and the month the partnership year starts in. Cycles already planned keep their months.");
        dialog.initOwner(context.owner().get());
        GridPane form = Dialogs.formGrid();
        Map<org.hubdesk.domain.hub.PhaseKind, javafx.scene.control.Spinner<Integer>> spinners = new LinkedHashMap<>();
        int row = 0;
        for (org.hubdesk.domain.hub.PhaseKind kind : org.hubdesk.domain.hub.PhaseKind.values()) {
            javafx.scene.control.Spinner<Integer> months = new javafx.scene.control.Spinner<>(1,
                    org.hubdesk.domain.hub.PhaseLengths.MAX_MONTHS, current.phaseLengths().of(kind));
            months.setId("length-" + kind.name().toLowerCase(Locale.ROOT));
            months.setPrefWidth(80);
            spinners.put(kind, months);
            Label name = new Label(kind.label());
            Label unit = new Label("months");
            name.setMinWidth(Region.USE_PREF_SIZE);
            unit.setMinWidth(Region.USE_PREF_SIZE);
            form.addRow(row++, name, months, unit);
        }
        ComboBox<java.time.Month> yearStart = new ComboBox<>(FXCollections.observableArrayList(java.time.Month.values()));
        yearStart.setId("year-start-month");
        yearStart.setValue(java.time.Month.of(current.yearStartMonth()));
        yearStart.setConverter(Converters.showing(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH), ""));
        form.addRow(row, new Label("Partnership year starts in"), yearStart);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Map<org.hubdesk.domain.hub.PhaseKind, Integer> lengths = new LinkedHashMap<>();
            spinners.forEach((kind, spinner) -> lengths.put(kind, spinner.getValue()));
            try {
                model.saveSettings(new org.hubdesk.domain.hub.HubSettings(new org.hubdesk.domain.hub.PhaseLengths(lengths),
                        yearStart.getValue().getValue()));
            } catch (UserInputException ex) {
                Dialogs.error(context.owner().get(), ex.getMessage());
            }
        });
    }

    void export(TimelineExporter.Format format) {
        PartnershipYear year = model.monthViewYear.get();
        if (year == null) {
            return;
        }
        File file = FileChoosers.save(context.owner().get(), "Export the " + year.label() + " timeline",
                "hub-timeline-" + year.label() + "." + format.extension(), FileChoosers.filter(format.name(), "*." + format.extension()));
        if (file != null) {
            model.export(year.startYear(), format, file.toPath(),
                    written -> Dialogs.info(context.owner().get(), "Export", "Saved the " + year.label() + " timeline to " + written));
        }
    }
}
