package org.hubdesk.ui.assurance;

import static org.hubdesk.ui.assurance.AssuranceNodes.choice;
import static org.hubdesk.ui.assurance.AssuranceNodes.names;
import static org.hubdesk.ui.common.Dialogs.row;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.Fields;

/**
 * Adds or edits one line of the multi-agency audit and observation calendar (seed 002 section
 * 10): the month, an audit or an observation, its theme, lead, agencies, the template used, the
 * findings and whether they went back to the Hub or the Performance group.
 */
final class CalendarEntryDialog {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** Seed 002 section 10: "observations of strategy meetings, core groups and child protection conferences". */
    static final List<String> OBSERVED = List.of("Strategy meetings", "Core groups", "Child protection conferences");

    private CalendarEntryDialog() {
    }

    /** {@code existing} null adds an entry in the year on screen. */
    static void show(AssuranceViewModel model, CalendarEntry existing) {
        PartnershipYear year = model.year.get();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        if (existing != null && !months.contains(existing.month())) {
            months.add(0, existing.month());
        }
        GridPane grid = CheckedDialog.grid();
        ComboBox<YearMonth> month = row(grid, "Month:", choice("entry-month", months, "(choose the month)", MONTH::format,
                existing == null ? null : existing.month()));
        ComboBox<CalendarEntry.Kind> kind = row(grid, "Activity:", choice("entry-kind", List.of(CalendarEntry.Kind.MULTI_AGENCY_AUDIT,
                CalendarEntry.Kind.OBSERVATION), "(choose)", CalendarEntry.Kind::label,
                existing == null ? CalendarEntry.Kind.MULTI_AGENCY_AUDIT : existing.kind()));
        ComboBox<String> theme = row(grid, "Theme:", names("entry-theme", List.of(), existing == null ? null : existing.theme(), "Theme"));
        theme.getEditor().setPromptText("From case reviews and performance data, or what is observed");
        Runnable offer = () -> theme.getItems().setAll(kind.getValue() == CalendarEntry.Kind.OBSERVATION ? OBSERVED : List.of());
        kind.valueProperty().addListener((o, a, k) -> offer.run());
        offer.run();
        TextField lead = row(grid, "Lead:", Fields.text("entry-lead", existing == null ? null : existing.lead()));
        TextField agencies = row(grid, "Agencies:", Fields.text("entry-agencies", existing == null ? null : existing.agencies()));
        agencies.setPromptText("Agencies taking part, separated by ';'");
        TextField template = row(grid, "Template used:", Fields.text("entry-template", existing == null ? null : existing.template()));
        TextArea findings = row(grid, "Findings:", Fields.area("entry-findings", existing == null ? null : existing.findings(), 4));
        ComboBox<CalendarEntry.FedBackTo> fedBack = row(grid, "Findings fed back to:", choice("entry-fed-back",
                Arrays.asList(CalendarEntry.FedBackTo.values()), "Not yet fed back", CalendarEntry.FedBackTo::label,
                existing == null ? null : existing.fedBackTo()));
        grid.setPrefWidth(640);
        long id = existing == null ? 0 : existing.id();
        CheckedDialog.create(model.context().owner().get(), existing == null ? "Add to the audit calendar" : "Edit calendar entry", grid,
                "entry-ok", () -> model.saveCalendarEntry(new CalendarEntry(id, month.getValue(), kind.getValue(), theme.getEditor().getText(),
                        lead.getText(), agencies.getText(), template.getText(), findings.getText(), fedBack.getValue()))).showAndWait();
    }
}
