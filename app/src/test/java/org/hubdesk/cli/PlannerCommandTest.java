package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hubdesk.service.Services;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

/** {@code planner list|add} and {@code export planner} over a real data folder with the demo. */
class PlannerCommandTest extends CliCommandTest {
    @Test
    void addListAndExportTheForwardPlanner() throws Exception {
        try (Services services = Services.open(dir.resolve("data"), null)) {
            services.demo().createDemo(0, LocalDate.of(2027, 1, 11));
        }
        Result demoYear = run("planner", "list", "--from", "2027-01-01", "--to", "2027-12-31");
        assertThat(demoYear.code()).as(demoYear.err()).isZero();
        List<String> lines = Arrays.asList(demoYear.out().split(System.lineSeparator()));
        assertThat(lines).allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}–\\d{2}:\\d{2}  \\S.*"));
        // The first Friday of every month but January, whose first Friday is New Year's Day: a series leaves out bank holidays.
        assertThat(lines).filteredOn(l -> l.contains("Information Highway session")).hasSize(11)
                .allMatch(l -> LocalDate.parse(l.substring(0, 10)).getDayOfWeek() == java.time.DayOfWeek.FRIDAY)
                .noneMatch(l -> l.startsWith("2027-01-01"));
        assertThat(lines).noneMatch(l -> org.hubdesk.domain.calendar.BankHolidays.isBankHoliday(LocalDate.parse(l.substring(0, 10))));
        assertThat(lines).filteredOn(l -> l.contains("  Workshop  Young People's Safeguarding Forum workshop")).hasSize(6);
        assertThat(lines).filteredOn(l -> l.contains("Development day")).hasSize(1);
        assertThat(lines.stream().map(l -> l.substring(0, 16)).toList()).isSorted();

        Result added = run("planner", "add", "--title", "7-minute briefing launch", "--kind", "learning-event", "--date", "2028-02-04",
                "--start", "12:30", "--end", "13:15", "--place", "Online", "--audience", "All partners", "--organiser", "Business unit",
                "--repeat", "monthly", "--every", "2", "--until", "2028-08-31");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added 4 events, every 2 months on the first Friday, until 2028-08-31:")
                .contains("2028-02-04 12:30–13:15  Learning event  7-minute briefing launch · Online")
                .contains("2028-04-07 ").contains("2028-06-02 ").contains("2028-08-04 ");
        assertThat(run("planner", "list", "--from", "2028-01-01", "--to", "2028-12-31").out().lines()
                .filter(l -> l.contains("7-minute briefing launch")).count()).isEqualTo(4);

        Path ics = dir.resolve("planner.ics");
        Result export = run("export", "planner", "--year", "2028", "--ics", ics.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("4 events from 2028-01-01 to 2028-12-31");
        String text = Files.readString(ics);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH\r\n").contains("BEGIN:VTIMEZONE\r\n")
                .contains("DTSTART;TZID=Europe/London:20280204T123000\r\n").contains("SUMMARY:7-minute briefing launch\r\n")
                .contains("LOCATION:Online\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(5);
        assertThat(text.lines().filter(l -> l.startsWith("UID:hubdesk-event-")).distinct().count()).isEqualTo(4);

        Result badKind = run("planner", "add", "--title", "X", "--kind", "party", "--date", "2028-01-01", "--start", "10:00", "--end", "11:00");
        assertThat(badKind.code()).isNotZero();
        assertThat(badKind.err()).contains("Unknown event kind 'party'").doesNotContain("Exception");
        Result backwards = run("planner", "add", "--title", "X", "--date", "2028-01-01", "--start", "11:00", "--end", "10:00");
        assertThat(backwards.err()).contains("must end after it starts");
        Result noUntil = run("planner", "add", "--title", "X", "--date", "2028-01-01", "--start", "10:00", "--end", "11:00", "--repeat", "weekly");
        assertThat(noUntil.err()).contains("--until");
        assertThat(run("export", "planner", "--year", "2028", "--ics", dir.resolve("no/such/x.ics").toString()).err()).contains("does not exist");
        assertThat(run("planner", "list", "--from", "01/01/2028").err()).contains("is not a date");
    }

    @Test
    void editAndDeleteAnEventOrItsSeriesByTheIdTheListShows() {
        try (Services services = Services.open(dir.resolve("data"), null)) {
            services.demo().createEmpty("Test partnership");
        }
        Result added = run("planner", "add", "--title", "Information Highway Friday session", "--kind", "information-highway",
                "--date", "2027-01-01", "--start", "12:30", "--end", "13:30", "--repeat", "monthly", "--until", "2027-04-30");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added 3 events, every month on the first Friday, until 2027-04-30:")
                .contains("Left out 2027-01-01 (New Year's Day), a bank holiday.");
        List<String> lines = run("planner", "list", "--from", "2027-01-01", "--to", "2027-12-31").out().lines().toList();
        assertThat(lines).hasSize(3).allMatch(l -> l.matches(".*  \\(id \\d+\\)"));
        String march = lines.get(1).replaceAll(".*\\(id (\\d+)\\)$", "$1");

        Result one = run("planner", "edit", march, "--date", "2027-03-04", "--title", "Information Highway: learning from Child Q");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("Changed 1 event:").contains("2027-03-04 12:30–13:30  Information Highway session"
                + "  Information Highway: learning from Child Q  (id " + march + ")");
        Result all = run("planner", "edit", march, "--series", "--start", "13:00", "--end", "14:00", "--place", "Online (Teams)");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).startsWith("Changed 3 events of the series:").contains("2027-02-05 13:00–14:00")
                .contains("2027-03-04 13:00–14:00").contains("2027-04-02 13:00–14:00");
        assertThat(all.out().lines().skip(1)).allMatch(l -> l.contains(" · Online (Teams)"));
        Result moveAll = run("planner", "edit", march, "--series", "--date", "2027-03-11");
        assertThat(moveAll.code()).isNotZero();
        assertThat(moveAll.err()).contains("keeps its dates").doesNotContain("Exception");

        Result deleteOne = run("planner", "delete", march);
        assertThat(deleteOne.code()).as(deleteOne.err()).isZero();
        assertThat(deleteOne.out()).startsWith("Deleted 1 event:").contains("2027-03-04");
        String feb = lines.get(0).replaceAll(".*\\(id (\\d+)\\)$", "$1");
        Result deleteSeries = run("planner", "delete", feb, "--series");
        assertThat(deleteSeries.out()).startsWith("Deleted 2 events:").contains("2027-02-05").contains("2027-04-02");
        assertThat(run("planner", "list", "--from", "2027-01-01", "--to", "2027-12-31").out()).isEmpty();
        Result missing = run("planner", "delete", feb);
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("There is no event with id " + feb).doesNotContain("Exception");
    }
}
