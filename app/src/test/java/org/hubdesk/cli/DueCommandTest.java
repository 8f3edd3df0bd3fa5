package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hubdesk.service.Services;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

class DueCommandTest extends CliCommandTest {
    @Test
    void printsOneSortedLinePerItemInTheDocumentedShape() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        try (Services services = Services.open(dir.resolve("data"), null)) {
            services.demo().createDemo(0, today);
        }
        Result week = run("due", "--today", "2027-03-10");
        assertThat(week.code()).as(week.err()).isZero();
        List<String> lines = Arrays.asList(week.out().split(System.lineSeparator()));
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}  (PAPERS|MINUTES|ACTION|CLOCK|IMPACT|TERMS|MEETING)  \\S.*"));
        assertThat(lines.stream().map(l -> l.substring(0, 10)).toList()).isSorted();
        assertThat(lines).anyMatch(l -> l.contains("  MEETING  Next meeting of Learning Hub"));
        assertThat(lines).filteredOn(l -> l.compareTo("2027-03-10") < 0 && !l.contains("MEETING")).allMatch(l -> l.contains("  overdue: "));
        assertThat(lines).filteredOn(l -> !l.contains("MEETING")).allMatch(l -> l.substring(0, 10).compareTo("2027-03-17") <= 0);

        Result month = run("due", "--today", "2027-03-10", "--within", "31");
        assertThat(month.out().split(System.lineSeparator()).length).isGreaterThan(lines.size());

        Result bad = run("due", "--within", "-3");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("Look between 0 and 366 days ahead");
        assertThat(run("due", "--today", "10/03/2027").err()).contains("is not a date");
    }
}
