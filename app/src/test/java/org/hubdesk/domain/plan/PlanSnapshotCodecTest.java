package org.hubdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSnapshotCodecTest {
    @Test
    void aPlanReadsBackExactlyAsWritten() {
        DeliveryPlan plan = DeliveryPlanTest.samplePlan()
                .withText(DeliveryPlanSection.GUIDANCE, "Quotes \" and backslash \\ and tab\t and ünïcode — and\nnew lines");
        DeliveryPlan back = PlanSnapshotCodec.decode(PlanSnapshotCodec.encode(plan));
        assertThat(back).isEqualTo(plan);
        assertThat(back.names().person(7L)).isEqualTo("Wren Larkin");
    }

    @Test
    void anEmptyPlanRoundTrips() {
        DeliveryPlan plan = new DeliveryPlan(3, 9L, "P", Map.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), null);
        assertThat(PlanSnapshotCodec.decode(PlanSnapshotCodec.encode(plan))).isEqualTo(plan);
    }

    @Test
    void aSnapshotFromANewerFormatIsRefusedClearly() {
        assertThatThrownBy(() -> PlanSnapshotCodec.decode("{\"format\":99}")).hasMessageContaining("newer Hubdesk");
        assertThatThrownBy(() -> PlanSnapshotCodec.decode("{\"format\":1")).hasMessageContaining("Not a readable plan snapshot");
    }
}
