package org.hubdesk.domain.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ActionItemTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void aMonthTimescaleIsDueByTheMonthsLastDay() {
        ActionItem march = ActionItem.draft("Audit", null, "Lead", Timescale.parse("2027-03"));
        assertThat(march.timescale()).isEqualTo(Timescale.ofMonth(YearMonth.of(2027, 3)));
        assertThat(march.isOverdue(TODAY)).isFalse();
        assertThat(march.isOverdue(LocalDate.of(2027, 4, 1))).isTrue();
    }

    @Test
    void overdueIsDerivedAndDoneIsNeverOverdue() {
        ActionItem late = ActionItem.draft("Send briefing", null, null, Timescale.parse("2027-03-14"));
        assertThat(late.statusLabel(TODAY)).isEqualTo("Overdue");
        ActionItem done = late.withStatus(ActionStatus.DONE, TODAY);
        assertThat(done.statusLabel(TODAY)).isEqualTo("Done");
        assertThat(done.completedOn()).isEqualTo(TODAY);
        assertThat(done.withStatus(ActionStatus.IN_PROGRESS, TODAY).completedOn()).isNull();
    }

    @Test
    void dueSoonLooksAheadButNotBehind() {
        ActionItem soon = ActionItem.draft("Book venue", null, null, Timescale.parse("2027-03-20"));
        assertThat(soon.isDueSoon(TODAY, 7)).isTrue();
        assertThat(soon.isDueSoon(TODAY, 3)).isFalse();
    }

    @Test
    void badInputGetsMessagesAUserCanActOn() {
        assertThatThrownBy(() -> Timescale.parse("next spring"))
                .hasMessage("'next spring' is not a timescale: write a date like 2027-06-01 or a month like 2027-06");
        assertThatThrownBy(() -> Timescale.parse("2027-02-30")).hasMessageContaining("is not a timescale");
        assertThatThrownBy(() -> ActionItem.draft("  ", null, null, null))
                .hasMessage("An action needs a description of what is to be done");
        assertThat(Timescale.parse(" ")).isNull();
    }
}
