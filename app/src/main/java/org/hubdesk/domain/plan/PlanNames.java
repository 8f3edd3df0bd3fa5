package org.hubdesk.domain.plan;

import java.util.Map;

/**
 * The names of the people and agencies a plan refers to, as they were when it was loaded; a
 * version keeps them, so an old version still reads as it did even if the registers change.
 */
public record PlanNames(Map<Long, String> people, Map<Long, String> agencies) {
    public static final PlanNames NONE = new PlanNames(Map.of(), Map.of());

    public PlanNames {
        people = Map.copyOf(people);
        agencies = Map.copyOf(agencies);
    }

    public String person(Long id) {
        return id == null ? null : people.getOrDefault(id, "person #" + id);
    }

    public String agency(Long id) {
        return id == null ? null : agencies.getOrDefault(id, "agency #" + id);
    }
}
