package org.hubdesk.service.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Group;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.report.SafeFileWriter;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.branding.BrandingLoader;
import org.hubdesk.report.model.Document;
import org.hubdesk.store.Database;
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.PartnershipRepository.PartnershipInfo;
import org.hubdesk.store.members.MembersRepository;
import org.hubdesk.store.report.ReportRepository;
import org.jooq.DSLContext;

/**
 * Exports reports: reads the branding (checking the user's files first), builds the report's
 * document in one transaction, and writes the file so it is complete or not there at all.
 */
public final class ReportService {
    private final Database database;
    private final ReportCatalogue catalogue;
    private final Path brandingFolder;

    public ReportService(Database database, ReportCatalogue catalogue, Path brandingFolder) {
        this.database = database;
        this.catalogue = catalogue;
        this.brandingFolder = brandingFolder;
    }

    /** A finished export: where it went and how many pages/blocks it holds (for the screen's message). */
    public record Export(Path file, ReportFormat format, String title) {
    }

    public List<Report> reports() {
        return catalogue.all();
    }

    public Report report(String id) {
        return catalogue.byId(id);
    }

    public List<String> groupNames() {
        return database.transaction(ctx -> new MembersRepository(ctx).groups().stream().map(Group::name).toList());
    }

    /** The partnership years with anything recorded in them, latest first (never later than this year). */
    public List<PartnershipYear> yearsWithData(LocalDate today) {
        return database.transaction(ctx -> yearsWithData(ctx, today));
    }

    private static List<PartnershipYear> yearsWithData(DSLContext ctx, LocalDate today) {
        int startMonth = partnership(ctx).yearStartMonth();
        PartnershipYear current = PartnershipYear.containing(today, startMonth);
        TreeSet<PartnershipYear> years = new TreeSet<>(Comparator.reverseOrder());
        for (LocalDate day : new ReportRepository(ctx).activityDays()) {
            PartnershipYear year = PartnershipYear.containing(day, startMonth);
            if (year.compareTo(current) <= 0) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    private static PartnershipInfo partnership(DSLContext ctx) {
        return new PartnershipRepository(ctx).current().orElseThrow(() -> new UserInputException(
                "This data folder has no partnership yet; create one (or the demo) before exporting reports"));
    }

    /** The branding every report uses now, with the user's files in the data folder checked. */
    public Branding branding() {
        String name = database.transaction(ctx -> partnership(ctx).name());
        return BrandingLoader.load(brandingFolder, name);
    }

    /** Builds a report's document without writing it (tests, benchmarks, previews). */
    public Document build(String reportId, ReportScope scope, LocalDate today) {
        Report report = catalogue.byId(reportId);
        return database.transaction(ctx -> {
            PartnershipInfo p = partnership(ctx);
            return report.build(new ReportInput(ctx, scope, p.name(), p.yearStartMonth(), today, yearsWithData(ctx, today)));
        });
    }

    /** A file name that says what the report is: "register-learning-hub-2026-11-25.docx". */
    public static String suggestedFileName(Report report, ReportScope scope, ReportFormat format, LocalDate today,
                                           PartnershipYear year) {
        StringBuilder name = new StringBuilder(report.id());
        if (report.needs().contains(ReportScope.Kind.GROUP) && scope.group() != null) {
            name.append('-').append(scope.group());
        }
        if (report.needs().contains(ReportScope.Kind.YEAR) && year != null) {
            name.append('-').append(year.label()).append("-draft");
        } else {
            name.append('-').append(today);
        }
        String safe = name.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-");
        return safe + "." + format.extension();
    }

    /** Exports a report to {@code out}; a problem (bad template, read-only folder) is a clear message and no file. */
    public Export export(String reportId, ReportScope scope, ReportFormat format, Path out, ExportProgress progress) {
        if (out == null) {
            throw new UserInputException("Choose where to save the report");
        }
        Path file = out.toAbsolutePath().normalize();
        progress.update(0.05, "Checking the branding and the output folder");
        Branding branding = branding();
        SafeFileWriter.checkWritableFolder(file.getParent());
        progress.update(0.2, "Collecting the data");
        Document document = build(reportId, scope, LocalDate.now());
        progress.update(0.5, "Writing the " + format.extension().toUpperCase(java.util.Locale.ROOT) + " file");
        SafeFileWriter.write(file, stream -> format.renderer().render(document, branding, stream));
        progress.update(1.0, "Saved " + file.getFileName());
        return new Export(file, format, document.info().title());
    }
}
