package org.hubdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

class DeliveryPlanCommandTest extends CliCommandTest {
    @Test
    void listShowSnapshotAndCompareTheDemoPlan() {
        assertThat(run("demo").code()).isZero();
        assertThat(run("delivery-plan", "list").out()).contains("Improve the multi-agency response to children living with neglect");
        Result show = run("delivery-plan", "show", "1");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("Priority - Improve", "  1. Fewer repeat child protection plans",
                "Evidence from multi-agency audits", "Practice download: Strategy discussion", "What got in the way?",
                "Action plan\tLead\tTimescale\tStatus");
        // Sections in Appendix 2's order.
        assertThat(show.out().indexOf("Current data and performance")).isLessThan(show.out().indexOf("Success and impact measures"));
        assertThat(show.out().indexOf("Is there any evidence missing?")).isLessThan(show.out().indexOf("Action plan\t"));

        Result kept = run("delivery-plan", "snapshot", "1", "--name", "Learning and change phase");
        assertThat(kept.out()).startsWith("Kept version 2 'Learning and change phase'");
        assertThat(run("delivery-plan", "versions", "1").out()).contains("First phase knowledge", "Learning and change phase");
        Result compare = run("delivery-plan", "compare", "1", "2");
        assertThat(compare.out()).startsWith("From 'First phase knowledge' to 'Learning and change phase': 2 added, 0 changed, 0 removed")
                .contains("  + First 4 of 10 cases audited");
        assertThat(run("delivery-plan", "show", "1", "--version", "1").out()).startsWith("Version 'First phase knowledge' kept");
    }

    @Test
    void problemsAreOneLineAndExitOne() {
        assertThat(run("demo").code()).isZero();
        Result missing = run("delivery-plan", "show", "99");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("hubdesk: There is no delivery plan number 99; it may have been removed");
        Result blank = run("delivery-plan", "snapshot", "1", "--name", " ");
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.err()).contains("A version needs a name");
        assertThat(run("delivery-plan", "compare").code()).isEqualTo(2);
    }
}
