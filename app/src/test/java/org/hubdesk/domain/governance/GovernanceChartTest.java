package org.hubdesk.domain.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.QuorumRule;
import org.junit.jupiter.api.Test;

class GovernanceChartTest {
    private static Group g(long id, String name, Long reportsTo) {
        return new Group(id, name, GroupKind.SUBGROUP, null, null, null, QuorumRule.STATUTORY_PARTNERS, reportsTo, null);
    }

    @Test
    void eachGroupSitsUnderTheGroupItReportsToCentredOverItsOwn() {
        // The demo's shape: board <- working group <- hub; board <- forum; board <- L&D.
        List<Group> groups = List.of(g(1, "Partnership Board", null), g(2, "Working Group", 1L), g(3, "Learning Hub", 2L),
                g(4, "Multi-Agency Learning Forum", 1L), g(5, "Learning and Development Group", 1L));
        GovernanceChart chart = GovernanceChart.of(groups);
        assertThat(chart.levels()).isEqualTo(3);
        assertThat(chart.slots()).isEqualTo(3);
        assertThat(chart.box(1).level()).isZero();
        assertThat(chart.box(2).level()).isEqualTo(1);
        assertThat(chart.box(3).level()).isEqualTo(2);
        assertThat(chart.box(3).x()).isEqualTo(chart.box(2).x());
        // Children by name: L&D, Forum, Working Group; the board over the middle.
        assertThat(chart.box(5).x()).isEqualTo(0.5);
        assertThat(chart.box(4).x()).isEqualTo(1.5);
        assertThat(chart.box(2).x()).isEqualTo(2.5);
        assertThat(chart.box(1).x()).isEqualTo(1.5);
        assertThat(chart.links()).containsExactlyInAnyOrder(new GovernanceChart.Link(2, 1), new GovernanceChart.Link(3, 2),
                new GovernanceChart.Link(4, 1), new GovernanceChart.Link(5, 1));
    }

    @Test
    void aLoopOrAMissingGroupIsDrawnNotLost() {
        GovernanceChart chart = GovernanceChart.of(List.of(g(1, "A", 2L), g(2, "B", 1L), g(3, "C", 99L)));
        assertThat(chart.boxes()).hasSize(3);
        assertThat(chart.box(3).level()).isZero();
        assertThat(chart.links()).hasSize(1);
        assertThat(GovernanceChart.of(List.of()).levels()).isZero();
    }
}
