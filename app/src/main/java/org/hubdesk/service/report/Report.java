package org.hubdesk.service.report;

import java.util.Set;
import org.hubdesk.report.model.Document;

/**
 * One report Hubdesk can export. A report reads what it needs inside the export's transaction
 * ({@link ReportInput#ctx()}) and writes one {@link Document}; the renderers make DOCX and PDF
 * of it. To add a report: write a class extending {@link CatalogueReport} (or implementing this)
 * and list it in {@link ReportCatalogue#standard()}; the Reports screen shows it and
 * `hubdesk export` can run it with one subcommand line.
 */
public interface Report {
    /** The name on the command line, e.g. "register"; lowercase with hyphens. */
    String id();

    /** What the Reports screen lists, e.g. "Membership register". */
    String title();

    /** One sentence for the screen: what the paper is and who it is for. */
    String description();

    /** The scope the user must choose; empty when the report covers everything. */
    Set<ReportScope.Kind> needs();

    Document build(ReportInput input);
}
