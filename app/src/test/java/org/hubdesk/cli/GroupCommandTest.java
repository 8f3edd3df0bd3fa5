package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hubdesk.service.Services;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

class GroupCommandTest extends CliCommandTest {
    @Test
    void showTheTermsRecordAReviewAndDueNoLongerListsIt() {
        LocalDate today = LocalDate.now();
        try (Services services = Services.open(dir.resolve("data"), null)) {
            services.demo().createDemo(0, today);
        }
        Result show = run("group", "show", "Learning Hub");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("Terms of reference: Learning Hub").contains("Purpose: ").contains("Accountability: Reports to the Working Group")
                .contains("Frequency of meetings: Monthly").contains("Quorum: ").contains("Membership: ")
                .contains("Date for next review: " + today.plusDays(5));
        assertThat(run("due").out()).contains("  TERMS  Terms of reference of Learning Hub due for review");

        LocalDate next = today.plusMonths(11);
        Result review = run("group", "review", "Learning Hub", "--next", next.toString(), "--note", "Membership refreshed");
        assertThat(review.code()).as(review.err()).isZero();
        assertThat(review.out()).isEqualTo("Recorded the review of the terms of reference of Learning Hub on " + today
                + "; date for next review: " + next + System.lineSeparator());
        assertThat(run("group", "show", "Learning Hub").out()).contains("Date for next review: " + next)
                .contains("Reviewed " + today + ", next review set for " + next + ": Membership refreshed");
        assertThat(run("due").out()).doesNotContain("TERMS");

        Result said = run("group", "accountability", "Learning Hub", "Reports to the Working Group monthly and the Board yearly");
        assertThat(said.out()).contains("Accountability of Learning Hub: Reports to the Working Group monthly and the Board yearly");

        Result bad = run("group", "review", "Learning Hub", "--next", today.minusDays(1).toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("must fall after this review");
        assertThat(run("group", "show", "Nonesuch").err()).contains("There is no group called 'Nonesuch'");
    }
}
