package org.hubdesk.service.assurance;

import java.util.List;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.service.report.Report;

/** The Assurance area's reports, for the catalogue. */
public final class AssuranceReports {
    private AssuranceReports() {
    }

    public static List<Report> all() {
        return List.of(new AuditOverviewReport(AuditKind.SECTION_11), new AuditOverviewReport(AuditKind.SECTION_175),
                new AuditOverviewReport(AuditKind.VCS), new PerformanceReport(), new AuditCalendarReport());
    }
}
