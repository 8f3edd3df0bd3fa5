package org.hubdesk.service.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.hub.ProgrammeMonths;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.domain.members.Person;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.hub.HubService;
import org.hubdesk.service.hub.TimelineExporter;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.members.MembersRepository;

/**
 * The Learning Hub programme for a partnership year as Appendix 3 of the terms of reference
 * (seed 000) sets it out: the timeline picture, then month by month each priority's phase and
 * activities. The months and the picture come from the hub's own month view and timeline layout.
 */
final class HubProgrammeReport extends CatalogueReport {
    /** The picture's width on an A4 landscape page inside the margins. */
    private static final double PICTURE_CM = 25.5;

    HubProgrammeReport() {
        super("hub-programme", "Learning Hub programme",
                "A partnership year's Learning Hub programme (terms of reference, Appendix 3): the timeline, then each month's "
                + "activities for every priority.", ReportScope.Kind.YEAR);
    }

    @Override
    public Document build(ReportInput input) {
        HubRepository hub = new HubRepository(input.ctx());
        HubSettings settings = hub.settings();
        List<Priority> priorities = hub.priorities();
        List<HubCycle> cycles = hub.cycles();
        PartnershipYear year = HubYears.choose(input, settings, priorities, cycles.stream(),
                "No Learning Hub cycles are planned yet; plan them with 'hubdesk plan' or on the Hub timeline screen",
                "hub cycles");
        HubService.Programme programme = new HubService.Programme(settings, priorities, cycles, List.of(), List.of());
        YearMonth[] window = HubService.yearWindow(programme, year.startYear());
        List<Priority> ofYear = priorities.stream().filter(p -> p.partnershipYear() == year.startYear()).toList();
        List<HubCycle> yearCycles = HubCycle.ofYear(cycles, ofYear, year.startYear());
        ProgrammeMonths months = ProgrammeMonths.of(ofYear, yearCycles, window[0], window[1]);

        // Columns in the order the cycles start: Priority 1 is the first to start, as in Appendix 3.
        Map<Long, Integer> column = new LinkedHashMap<>();
        yearCycles.forEach(c -> column.putIfAbsent(c.priorityId(), column.size()));
        Map<Long, Priority> byId = new HashMap<>();
        ofYear.forEach(p -> byId.put(p.id(), p));
        MembersRepository members = new MembersRepository(input.ctx());

        DocumentBuilder doc = input.document("Learning Hub programme " + year.label(),
                "Month by month, " + monthName(window[0]) + " to " + monthName(window[1]))
                .landscape();
        doc.paragraph("The Learning Hub is made up of nominated members who attend a set of events relating to one of the "
                + "safeguarding partnership's priorities and who have tasks to complete between these events to progress the "
                + "Hub's work. Each priority's cycle runs through initial scoping, audits, feedback and recommendations.");
        doc.table(t -> {
            t.column("Priority", 1.2).column("Title", 7).column("Lead", 3).column("Months", 2.4);
            column.forEach((priorityId, index) -> {
                HubCycle cycle = yearCycles.stream().filter(c -> c.priorityId() == priorityId).findFirst().orElseThrow();
                String lead = cycle.leadPersonId() == null ? "Not yet nominated"
                        : members.personTable().find(cycle.leadPersonId()).map(Person::fullName).orElse("");
                t.row("Priority " + (index + 1), byId.get(priorityId).title(), lead,
                        monthName(cycle.firstMonth()) + " to " + monthName(cycle.lastMonth()));
            });
        });

        TimelineLayout layout = TimelineLayout.compute("Learning Hub programme " + year.label(), ofYear, yearCycles, window[0],
                window[1], input.today(), List.of(), TimelineLayout.Metrics.PICTURE.withMonthWidth(90).withRowHeight(64));
        StringBuilder alt = new StringBuilder("Timeline of the Learning Hub programme " + year.label() + ", one row per priority. ");
        column.forEach((priorityId, index) -> {
            HubCycle cycle = yearCycles.stream().filter(c -> c.priorityId() == priorityId).findFirst().orElseThrow();
            alt.append("Priority ").append(index + 1).append(", ").append(byId.get(priorityId).title()).append(": ")
                    .append(monthName(cycle.firstMonth())).append(" to ").append(monthName(cycle.lastMonth())).append(". ");
        });
        alt.append("The month-by-month table gives each phase.");
        doc.picture(png(layout, input), PICTURE_CM, "The " + year.label() + " programme: one row per priority, one bar per phase.",
                alt.toString());

        doc.pageBreak();
        doc.heading1("Month by month");
        doc.table(t -> {
            t.column("Month", 1.3);
            column.forEach((priorityId, index) -> t.column("Priority " + (index + 1) + ": " + byId.get(priorityId).title(), 4));
            for (ProgrammeMonths.MonthRow row : months.rows()) {
                List<Block.Cell> cells = new ArrayList<>();
                cells.add(new Block.Cell(List.of(Run.bold(row.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        .toUpperCase(Locale.ROOT)), Run.plain(" " + row.month().getYear()))));
                List<List<Run>> byColumn = new ArrayList<>();
                column.values().forEach(i -> byColumn.add(new ArrayList<>()));
                for (ProgrammeMonths.Entry entry : row.entries()) {
                    List<Run> runs = byColumn.get(column.get(entry.priority().id()));
                    if (!runs.isEmpty()) {
                        runs.add(Run.plain("\n"));
                    }
                    runs.add(Run.bold(entry.phase().kind().label()));
                    for (Activity a : entry.activities()) {
                        runs.add(Run.plain("\n• " + a.description()));
                    }
                }
                byColumn.forEach(runs -> cells.add(runs.isEmpty() ? Block.Cell.of("") : new Block.Cell(runs)));
                t.row(cells);
            }
            t.caption("Each priority's phase and activities month by month, as in Appendix 3 of the Learning Hub's terms of reference.");
        });
        return doc.build();
    }

    private static byte[] png(TimelineLayout layout, ReportInput input) {
        return org.hubdesk.report.PngBytes.of(TimelineExporter.image(layout, 2.0, input.today()));
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }
}
