package org.hubdesk.domain.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A learning record's dissemination action plan (seed 004 Appendix C): always the four audience
 * rows in the template's order, each with its purpose, measures of success and the methods
 * (with owner, date and done) planned for that audience.
 */
public record DisseminationPlan(long learningId, List<DisseminationRow> rows, List<DisseminationAction> actions) {
    public DisseminationPlan {
        Map<Audience, DisseminationRow> byAudience = new EnumMap<>(Audience.class);
        for (DisseminationRow r : rows == null ? List.<DisseminationRow>of() : rows) {
            byAudience.put(r.audience(), r);
        }
        List<DisseminationRow> all = new ArrayList<>();
        for (Audience a : Audience.values()) {
            all.add(byAudience.getOrDefault(a, DisseminationRow.empty(a)));
        }
        rows = List.copyOf(all);
        actions = List.copyOf(actions == null ? List.of() : actions);
    }

    public DisseminationRow row(Audience audience) {
        return rows.get(audience.ordinal());
    }

    public List<DisseminationAction> actionsFor(Audience audience) {
        return actions.stream().filter(a -> a.audience() == audience).toList();
    }

    public boolean hasMethods() {
        return !actions.isEmpty();
    }

    public boolean allDone() {
        return !actions.isEmpty() && actions.stream().allMatch(DisseminationAction::done);
    }

    public long overdue(LocalDate today) {
        return actions.stream().filter(a -> a.overdue(today)).count();
    }
}
