package org.hubdesk.domain.plan;

import java.time.LocalDateTime;

/** What the list of delivery plans shows, without loading each plan. */
public record PlanSummary(long id, Long hubCycleId, String priorityTitle, LocalDateTime updatedAt) {
    @Override
    public String toString() {
        return priorityTitle;
    }
}
