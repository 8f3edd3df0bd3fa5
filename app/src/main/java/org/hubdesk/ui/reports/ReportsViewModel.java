package org.hubdesk.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.service.report.Report;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.service.report.ReportService;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Reports screen's state: which report, its scope (group, partnership year), the format and
 * where to save it; the export runs in the background and leaves the saved file to open.
 */
public final class ReportsViewModel implements AreaModel {
    public final ObservableList<Report> reports = FXCollections.observableArrayList();
    public final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    public final ObservableList<String> groups = FXCollections.observableArrayList();
    public final StringProperty group = new SimpleStringProperty();
    public final ObservableList<PartnershipYear> years = FXCollections.observableArrayList();
    public final ObjectProperty<PartnershipYear> year = new SimpleObjectProperty<>();
    public final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.DOCX);
    public final StringProperty folder = new SimpleStringProperty(defaultFolder().toString());
    public final StringProperty fileName = new SimpleStringProperty("");
    private final BooleanProperty fileNameEdited = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busyWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty busy = busyWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper statusWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty status = statusWrapper.getReadOnlyProperty();
    private final ReadOnlyObjectWrapper<Path> savedWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<Path> saved = savedWrapper.getReadOnlyProperty();
    public final BooleanBinding needsGroup = Bindings.createBooleanBinding(() -> needs(ReportScope.Kind.GROUP), report);
    public final BooleanBinding needsYear = Bindings.createBooleanBinding(() -> needs(ReportScope.Kind.YEAR), report);
    private boolean suggesting;

    private final UiContext context;
    private final ReportService reportService;
    private final DesktopFiles desktop;

    public ReportsViewModel(UiContext context, DesktopFiles desktop) {
        this.context = context;
        this.reportService = context.services().reports();
        this.desktop = desktop;
        reports.setAll(reportService.reports());
        report.addListener((o, a, b) -> suggestFileName());
        group.addListener((o, a, b) -> suggestFileName());
        year.addListener((o, a, b) -> suggestFileName());
        format.addListener((o, a, b) -> suggestFileName());
        fileName.addListener((o, a, b) -> {
            if (!suggesting) {
                fileNameEdited.set(true);
            }
        });
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private boolean needs(ReportScope.Kind kind) {
        return report.get() != null && report.get().needs().contains(kind);
    }

    /** Loads the groups and the years with data, for the scope pickers. */
    @Override
    public void load() {
        context.tasks().run("Loading report choices",
                () -> new Choices(reportService.groupNames(), reportService.yearsWithData(context.today())),
                choices -> {
                    String keepGroup = group.get();
                    PartnershipYear keepYear = year.get();
                    groups.setAll(choices.groups());
                    years.setAll(choices.years());
                    group.set(keepGroup != null && groups.contains(keepGroup) ? keepGroup : groups.isEmpty() ? null : groups.get(0));
                    year.set(keepYear != null && years.contains(keepYear) ? keepYear : years.isEmpty() ? null : years.get(0));
                    if (report.get() == null && !reports.isEmpty()) {
                        report.set(reports.get(0));
                    }
                });
    }

    private record Choices(List<String> groups, List<PartnershipYear> years) {
    }

    private void suggestFileName() {
        if (report.get() == null || fileNameEdited.get() && fileName.get() != null && !fileName.get().isBlank()) {
            retargetExtension();
            return;
        }
        suggesting = true;
        try {
            fileName.set(ReportService.suggestedFileName(report.get(), scope(), format.get(), context.today(), year.get()));
        } finally {
            suggesting = false;
        }
    }

    /** A name the user typed keeps its words but follows the chosen format. */
    private void retargetExtension() {
        String name = fileName.get();
        if (name == null || name.isBlank()) {
            return;
        }
        String stem = name.replaceFirst("\\.(docx|pdf)$", "");
        suggesting = true;
        try {
            fileName.set(stem + "." + format.get().extension());
        } finally {
            suggesting = false;
        }
    }

    private ReportScope scope() {
        return new ReportScope(needs(ReportScope.Kind.GROUP) ? group.get() : null,
                needs(ReportScope.Kind.YEAR) && year.get() != null ? year.get().startYear() : null, null);
    }

    /** Exports in the background; the status says what happened and {@link #saved} holds the file. */
    public void export() {
        Report chosen = report.get();
        if (chosen == null || busyWrapper.get()) {
            return;
        }
        String name = fileName.get() == null ? "" : fileName.get().strip();
        if (name.isEmpty()) {
            statusWrapper.set("Give the file a name.");
            return;
        }
        Path target = Path.of(folder.get() == null ? "" : folder.get().strip()).resolve(name);
        ReportFormat chosenFormat = format.get();
        ReportScope scope = scope();
        busyWrapper.set(true);
        savedWrapper.set(null);
        statusWrapper.set("Exporting " + chosen.title() + "…");
        context.tasks().run("Exporting " + chosen.title(),
                progress -> reportService.export(chosen.id(), scope, chosenFormat, target,
                        (fraction, message) -> progress.update(fraction, 1.0, message)),
                done -> {
                    busyWrapper.set(false);
                    savedWrapper.set(done.file());
                    statusWrapper.set("Saved " + done.title() + " as " + done.file().getFileName() + ".");
                },
                message -> {
                    busyWrapper.set(false);
                    statusWrapper.set("Not saved: " + message);
                });
    }

    public void openSaved() {
        open(savedWrapper.get());
    }

    public void openSavedFolder() {
        open(savedWrapper.get() == null ? null : savedWrapper.get().getParent());
    }

    private void open(Path path) {
        if (path == null) {
            return;
        }
        context.tasks().run("Opening " + path.getFileName(), () -> desktop.open(path), opened -> {
            if (!opened) {
                statusWrapper.set("This computer cannot open files from Hubdesk; the report is at " + savedWrapper.get());
            }
        });
    }
}
