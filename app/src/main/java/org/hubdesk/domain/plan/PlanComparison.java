package org.hubdesk.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hubdesk.domain.actions.ActionItem;

/**
 * Section-by-section differences between two states of a delivery plan (two versions, or a
 * version and the plan now): what was added, changed and removed. Text is compared paragraph by
 * paragraph; evidence, practice downloads and actions item by item (they keep their ids).
 */
public record PlanComparison(String olderName, String newerName, List<SectionChanges> sections) {
    public enum ChangeKind { ADDED, CHANGED, REMOVED }

    /** One difference; {@code before} is empty for an addition, {@code after} for a removal. */
    public record Change(ChangeKind kind, String what, String before, String after) {
    }

    public record SectionChanges(DeliveryPlanSection section, List<Change> changes) {
        public long count(ChangeKind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    public boolean identical() {
        return sections.stream().allMatch(s -> s.changes().isEmpty());
    }

    public List<SectionChanges> changedSections() {
        return sections.stream().filter(s -> !s.changes().isEmpty()).toList();
    }

    public long count(ChangeKind kind) {
        return sections.stream().mapToLong(s -> s.count(kind)).sum();
    }

    public static PlanComparison compare(String olderName, DeliveryPlan older, String newerName, DeliveryPlan newer) {
        List<SectionChanges> result = new ArrayList<>();
        for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
            List<Change> changes = new ArrayList<>();
            switch (s.kind()) {
                case PRIORITY -> {
                    if (!older.priorityTitle().equals(newer.priorityTitle())) {
                        changes.add(new Change(ChangeKind.CHANGED, "Priority", older.priorityTitle(), newer.priorityTitle()));
                    }
                }
                case TEXT, NUMBERED -> changes.addAll(compareLines(
                        RichText.parse(older.text(s)).lines(), RichText.parse(newer.text(s)).lines(),
                        s.kind() == DeliveryPlanSection.Kind.NUMBERED ? "Measure" : "Paragraph"));
                case EVIDENCE -> {
                    changes.addAll(compareItems(byId(older.evidenceIn(s), EvidenceEntry::id), byId(newer.evidenceIn(s), EvidenceEntry::id),
                            e -> describe(e, older.names()), e -> describe(e, newer.names()), "Evidence"));
                    if (s == DeliveryPlanSection.VISITS_AND_OBSERVATIONS) {
                        changes.addAll(compareItems(byId(older.downloads(), PracticeDownload::id), byId(newer.downloads(), PracticeDownload::id),
                                PlanComparison::describe, PlanComparison::describe, "Practice download"));
                    }
                }
                case ACTIONS -> changes.addAll(compareItems(byId(older.actions(), ActionItem::id), byId(newer.actions(), ActionItem::id),
                        a -> describe(a, older), a -> describe(a, newer), "Action"));
            }
            result.add(new SectionChanges(s, List.copyOf(changes)));
        }
        return new PlanComparison(olderName, newerName, List.copyOf(result));
    }

    private static <T> Map<Long, T> byId(List<T> items, java.util.function.ToLongFunction<T> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.applyAsLong(i), i));
        return map;
    }

    private static <T> List<Change> compareItems(Map<Long, T> older, Map<Long, T> newer, java.util.function.Function<T, String> describeOld,
                                                 java.util.function.Function<T, String> describeNew, String what) {
        List<Change> changes = new ArrayList<>();
        older.forEach((id, o) -> {
            T n = newer.get(id);
            if (n == null) {
                changes.add(new Change(ChangeKind.REMOVED, what, describeOld.apply(o), ""));
            } else {
                String before = describeOld.apply(o);
                String after = describeNew.apply(n);
                if (!before.equals(after)) {
                    changes.add(new Change(ChangeKind.CHANGED, what, before, after));
                }
            }
        });
        newer.forEach((id, n) -> {
            if (!older.containsKey(id)) {
                changes.add(new Change(ChangeKind.ADDED, what, "", describeNew.apply(n)));
            }
        });
        return changes;
    }

    /**
     * Paragraph diff by longest common subsequence; a removal directly followed by an addition at
     * the same place reads as a change of that paragraph.
     */
    static List<Change> compareLines(List<String> a, List<String> b, String what) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                raw.add(new Change(ChangeKind.ADDED, what, "", b.get(j++)));
            } else {
                raw.add(new Change(ChangeKind.REMOVED, what, a.get(i++), ""));
            }
        }
        List<Change> merged = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Change c = raw.get(k);
            if (k + 1 < raw.size() && c.kind() != raw.get(k + 1).kind() && c.kind() != ChangeKind.CHANGED
                    && raw.get(k + 1).kind() != ChangeKind.CHANGED) {
                Change next = raw.get(k + 1);
                Change removed = c.kind() == ChangeKind.REMOVED ? c : next;
                Change added = c.kind() == ChangeKind.ADDED ? c : next;
                merged.add(new Change(ChangeKind.CHANGED, what, removed.before(), added.after()));
                k++;
            } else {
                merged.add(c);
            }
        }
        return merged;
    }

    static String describe(EvidenceEntry e, PlanNames names) {
        StringBuilder b = new StringBuilder(e.richText().plainText());
        b.append(" [").append(e.source().label());
        if (e.agencyId() != null) {
            b.append("; ").append(names.agency(e.agencyId()));
        }
        if (e.datedOn() != null) {
            b.append("; ").append(e.datedOn());
        }
        if (e.fileLink() != null) {
            b.append("; file ").append(e.fileLink());
        }
        return b.append(']').toString();
    }

    static String describe(PracticeDownload d) {
        StringBuilder b = new StringBuilder(d.observed());
        if (d.observedOn() != null) {
            b.append(" (").append(d.observedOn()).append(')');
        }
        for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
            if (!d.answer(q).isEmpty()) {
                b.append("\n").append(q.words()).append(' ').append(d.answer(q));
            }
        }
        return b.toString();
    }

    static String describe(ActionItem a, DeliveryPlan plan) {
        return a.description() + " — lead: " + Objects.requireNonNullElse(plan.leadLabel(a), "none")
                + "; timescale: " + (a.timescale() == null ? "none" : a.timescale()) + "; " + a.status().label();
    }
}
