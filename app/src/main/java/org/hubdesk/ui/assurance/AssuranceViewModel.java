package org.hubdesk.ui.assurance;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.time.LocalDate;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.service.assurance.AssessmentImportPreview;
import org.hubdesk.service.assurance.AssuranceService;
import org.hubdesk.service.assurance.PerformanceImportPreview;
import org.hubdesk.service.assurance.PerformanceService;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Assurance screen's state: the audit rounds and the chosen round's heat map and challenge
 * panel, the performance indicators and the chosen one's series, and the year's audit calendar.
 * Every load and import is one service call off the FX thread.
 */
public final class AssuranceViewModel implements AreaModel {
    public final ObservableList<AssuranceService.RoundSummary> rounds = FXCollections.observableArrayList();
    public final ObjectProperty<AssuranceService.RoundSummary> selectedRound = new SimpleObjectProperty<>();
    public final ObjectProperty<AuditOverview> overview = new SimpleObjectProperty<>();
    public final ObjectProperty<AuditOverview.Row> selectedRow = new SimpleObjectProperty<>();

    public final ObservableList<PerformanceService.Series> series = FXCollections.observableArrayList();
    public final ObjectProperty<PerformanceService.Series> selectedSeries = new SimpleObjectProperty<>();

    public final ObjectProperty<PartnershipYear> year = new SimpleObjectProperty<>();
    public final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();

    /** The organisation whose return to show once the round's overview has (re)loaded. */
    private String keepRow;
    private final ReadOnlyBooleanWrapper loadedWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty loaded = loadedWrapper.getReadOnlyProperty();
    public final StringProperty message = new SimpleStringProperty("");

    private final UiContext context;
    private final AssuranceService audits;

    public AssuranceViewModel(UiContext context) {
        this.context = context;
        this.audits = context.services().assurance();
        selectedRound.addListener((o, a, r) -> loadOverview());
        year.addListener((o, a, y) -> loadCalendar());
    }

    /** Reloads rounds, indicators and the calendar; keeps what was chosen where it is still there. */
    @Override
    public void load() {
        load(selectedRound.get() == null ? null : selectedRound.get().round().id());
    }

    private void load(Long keepRound) {
        if (keepRow == null && selectedRow.get() != null) {
            keepRow = selectedRow.get().organisation();
        }
        context.tasks().run("Loading audit rounds", audits::summaries, list -> {
            rounds.setAll(list);
            selectedRound.set(list.stream().filter(s -> keepRound != null && s.round().id() == keepRound).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            loadedWrapper.set(true);
        });
        String keepIndicator = selectedSeries.get() == null ? null : selectedSeries.get().indicator().name();
        context.tasks().run("Loading performance data", context.services().performance()::series, list -> {
            series.setAll(list);
            selectedSeries.set(list.stream().filter(s -> s.indicator().name().equals(keepIndicator)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
        if (year.get() == null) {
            context.tasks().run("Loading audit calendar", () -> context.services().auditCalendar().year(null, context.today()), year::set);
        } else {
            loadCalendar();
        }
    }

    private void loadOverview() {
        AssuranceService.RoundSummary s = selectedRound.get();
        if (s == null) {
            overview.set(null);
            selectedRow.set(null);
            return;
        }
        long id = s.round().id();
        context.tasks().run("Loading the round's returns", () -> audits.overview(id), o -> {
            if (selectedRound.get() != null && selectedRound.get().round().id() == id) {
                overview.set(o);
                String keep = keepRow;
                keepRow = null;
                selectedRow.set(o.returnedRows().stream().filter(r -> r.organisation().equalsIgnoreCase(keep)).findFirst()
                        .orElse(o.returnedRows().isEmpty() ? null : o.returnedRows().get(0)));
            }
        });
    }

    private void loadCalendar() {
        PartnershipYear y = year.get();
        if (y != null) {
            context.tasks().run("Loading audit calendar", () -> context.services().auditCalendar().calendar(y), entries::setAll);
        }
    }

    public void previousYear() {
        if (year.get() != null) {
            year.set(new PartnershipYear(year.get().startYear() - 1, year.get().startMonth()));
        }
    }

    public void nextYear() {
        if (year.get() != null) {
            year.set(year.get().next());
        }
    }

    /** Reads a returned self-assessment for the chosen round (or the round the file names); the view shows the preview. */
    public void previewReturn(Path file, java.util.function.Consumer<AssessmentImportPreview> show) {
        Long round = selectedRound.get() == null ? null : selectedRound.get().round().id();
        context.tasks().run("Reading " + file.getFileName(), () -> audits.previewImport(file, round), show);
    }

    public void confirmReturn(AssessmentImportPreview preview) {
        context.tasks().run("Importing the return", progress -> audits.importConfirmed(preview), done -> {
            message.set("Imported " + done.organisation() + "'s return into " + preview.round().title());
            load();
        }, problem -> message.set(problem));
    }

    /** Writes the template of the chosen round for the chosen organisation (or a blank one). */
    public void exportTemplate(Path file) {
        AssuranceService.RoundSummary s = selectedRound.get();
        if (s == null) {
            return;
        }
        String who = selectedRow.get() == null ? null : selectedRow.get().organisation();
        context.tasks().run("Writing the template", progress -> audits.exportTemplate(s.round().id(), who, file),
                done -> message.set("Saved the template to " + done), problem -> message.set(problem));
    }

    public void previewDataset(Path file, java.util.function.Consumer<PerformanceImportPreview> show) {
        context.tasks().run("Reading " + file.getFileName(), () -> context.services().performance().previewImport(file), show);
    }

    public void confirmDataset(PerformanceImportPreview preview) {
        context.tasks().run("Importing performance data", progress -> context.services().performance().importConfirmed(preview), n -> {
            message.set("Imported " + n + " values");
            load();
        }, problem -> message.set(problem));
    }

    // ---- the forms: each saves synchronously so a problem keeps its dialog open with what was typed

    /** Starts a round from the New round form and shows it. */
    public void startRound(AuditKind kind, Integer year, LocalDate returnsDue, String asked) {
        AuditRound r = audits.startRound(kind, year, null, returnsDue, ChallengePanel.split(asked));
        message.set("Started " + r.title());
        load(r.id());
    }

    /** Saves a return typed into the chosen round. */
    /** The organisation's return in the chosen round as it is now, with its row version: the form fills from this. */
    public org.hubdesk.domain.common.Versioned<SelfAssessment> returnForEdit(String organisation) {
        return audits.returnForEdit(requireRound().id(), organisation);
    }

    /**
     * Saves the return entered from {@code opened}; a colleague's save of the same return since (or
     * their entering it first) is refused with both versions, nothing saved. A name typed but not
     * yet chosen (no return opened for it) is saved as before.
     */
    public void saveReturn(String organisation, LocalDate returnedOn, List<StandardRating> ratings,
                           org.hubdesk.domain.common.Versioned<SelfAssessment> opened) {
        AuditRound round = requireRound();
        boolean same = opened != null && organisation != null && opened.value().organisation().equalsIgnoreCase(organisation.strip());
        SelfAssessment saved = same ? audits.saveReturn(round.id(), organisation, returnedOn, ratings, opened.version())
                : audits.saveReturn(round.id(), organisation, returnedOn, ratings);
        message.set("Saved " + saved.organisation() + "'s return to " + round.title());
        keepRow = saved.organisation();
        load();
    }

    /** Saves the chosen round's challenge panel. */
    public void savePanel(ChallengePanel panel) {
        audits.savePanel(panel);
        message.set("Saved the challenge panel of " + requireRound().title());
        load();
    }

    /** Adds or saves an audit calendar entry. */
    public void saveCalendarEntry(CalendarEntry entry) {
        CalendarEntry saved = context.services().auditCalendar().save(entry);
        message.set("Saved '" + saved.theme() + "' in " + saved.month());
        loadCalendar();
    }

    /** The names the return and panel forms offer for this kind of audit. */
    public List<String> organisations(AuditKind kind) {
        return audits.organisations(kind);
    }

    /** The chosen round; the forms that need one are only offered with a round chosen. */
    public AuditRound requireRound() {
        if (selectedRound.get() == null) {
            throw new UserInputException("Choose a round first");
        }
        return selectedRound.get().round();
    }

    public LocalDate today() {
        return context.today();
    }

    public UiContext context() {
        return context;
    }

    /** The panel of the chosen round, or null. */
    public ChallengePanel panel() {
        AssuranceService.RoundSummary s = selectedRound.get();
        return s == null ? null : s.panel();
    }
}
