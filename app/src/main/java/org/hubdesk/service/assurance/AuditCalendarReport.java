package org.hubdesk.service.assurance;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;

/**
 * The multi-agency audit and observations calendar for a partnership year (seed 002 section 10 and
 * its Appendix B), month by month, with the Learning Hub cycles' month-2 audits in their months.
 */
public final class AuditCalendarReport extends CatalogueReport {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public AuditCalendarReport() {
        super("audit-calendar", "Multi-agency audit and observations calendar",
                "A year's multi-agency audits and observations by month (theme, lead, agencies, template, findings fed back), "
                + "with the Learning Hub cycles' audit months.", ReportScope.Kind.YEAR);
    }

    @Override
    public Document build(ReportInput input) {
        PartnershipYear year = input.yearOrCurrent();
        List<CalendarEntry> entries = AuditCalendarService.calendar(input.ctx(), year);
        DocumentBuilder doc = input.document(title(), "Partnership audit plan " + year.labelWithSpan()).landscape();
        doc.paragraph("A calendar of multi-agency audits developed by the Safeguarding, Review and Learning Hub based on key areas of "
                + "focus identified through case reviews and performance data, with observations of key Partnership meetings such as "
                + "strategy meetings, core groups and child protection conferences. Members of the Hub undertake this activity using a "
                + "template developed for the theme and feed their findings back to the Hub and/or Performance group.");
        doc.table(t -> {
            t.column("Month", 1.6).column("Activity", 1.8).column("Theme", 3).column("Lead", 2).column("Agencies", 2.4)
                    .column("Template", 1.8).column("Findings", 3.4).column("Fed back", 1.8);
            for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
                YearMonth month = m;
                List<CalendarEntry> inMonth = entries.stream().filter(e -> e.month().equals(month)).toList();
                if (inMonth.isEmpty()) {
                    t.row(List.of(Block.Cell.of(MONTH.format(month)), new Block.Cell(List.of(Run.italic("Nothing planned")))));
                }
                for (CalendarEntry e : inMonth) {
                    boolean hub = e.kind() == CalendarEntry.Kind.HUB_CYCLE;
                    t.row(List.of(Block.Cell.of(MONTH.format(month)),
                            hub ? new Block.Cell(List.of(Run.plain(e.kind().label())), "FBE5D6") : Block.Cell.of(e.kind().label()),
                            Block.Cell.of(e.theme()), Block.Cell.of(e.lead()), Block.Cell.of(e.agencies()), Block.Cell.of(e.template()),
                            Block.Cell.of(hub ? "Single- and multi-agency audits of the hub cycle" : e.findings()),
                            Block.Cell.of(e.feedbackText())));
                }
            }
        });
        long audits = entries.stream().filter(e -> e.kind() == CalendarEntry.Kind.MULTI_AGENCY_AUDIT).count();
        long observations = entries.stream().filter(e -> e.kind() == CalendarEntry.Kind.OBSERVATION).count();
        long pending = entries.stream().filter(e -> e.kind() != CalendarEntry.Kind.HUB_CYCLE && e.fedBackTo() == null
                && e.month().isBefore(YearMonth.from(input.today()))).count();
        doc.paragraph(audits + " multi-agency audits and " + observations + " observations planned in " + year.label() + ".");
        if (pending > 0) {
            doc.warning(pending + (pending == 1 ? " audit or observation whose month is past has" : " audits or observations whose month is past have")
                    + " not yet fed back its findings.");
        }
        return doc.build();
    }
}
