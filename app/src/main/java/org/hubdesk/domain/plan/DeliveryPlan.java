package org.hubdesk.domain.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.UserInputException;

/**
 * A delivery plan as Appendix 2 lays it out: the priority, the text sections, the evidence entries
 * and practice downloads, and the action plan (whose rows are the partnership's shared actions).
 * Immutable: the store loads one, a version stores one, the editor shows one.
 */
public record DeliveryPlan(long id, Long hubCycleId, String priorityTitle, Map<DeliveryPlanSection, String> texts,
                           List<EvidenceEntry> evidence, List<PracticeDownload> downloads, List<ActionItem> actions,
                           PlanNames names) {
    public static final int MAX_PRIORITY = 500;
    public static final int MAX_SECTION_TEXT = 20_000;

    public DeliveryPlan {
        priorityTitle = requirePriority(priorityTitle);
        EnumMap<DeliveryPlanSection, String> clean = new EnumMap<>(DeliveryPlanSection.class);
        texts.forEach((section, text) -> {
            if (!section.holdsText()) {
                throw new IllegalArgumentException(section + " does not hold text");
            }
            if (text != null && !text.isBlank()) {
                clean.put(section, text.strip());
            }
        });
        texts = Map.copyOf(clean);
        evidence = List.copyOf(evidence);
        downloads = List.copyOf(downloads);
        actions = List.copyOf(actions);
        names = names == null ? PlanNames.NONE : names;
    }

    public static String requirePriority(String title) {
        if (title == null || title.isBlank()) {
            throw new UserInputException("A delivery plan needs its priority (for example 'Get basic child protection right')");
        }
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_PRIORITY) {
            throw new UserInputException("The priority is " + t.length() + " characters long; keep it under " + MAX_PRIORITY
                    + " and put the detail in 'Current data and performance'");
        }
        return t;
    }

    public static String requireSectionText(DeliveryPlanSection section, String text) {
        if (!section.holdsText()) {
            throw new IllegalArgumentException(section + " does not hold text");
        }
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_SECTION_TEXT) {
            throw new UserInputException("'" + section.title() + "' is " + t.length() + " characters long; the most is "
                    + MAX_SECTION_TEXT + ": move detail into evidence entries or a linked document");
        }
        return t;
    }

    public String text(DeliveryPlanSection section) {
        return texts.getOrDefault(section, "");
    }

    /** The success and impact measures, one per paragraph, for the numbered list (1., 2., 3.). */
    public List<String> successMeasures() {
        return RichText.parse(text(DeliveryPlanSection.SUCCESS_MEASURES)).lines().stream()
                .map(line -> line.replaceFirst("^(•\\s*|\\d+[.)]\\s*)", "")).filter(l -> !l.isBlank()).toList();
    }

    public List<EvidenceEntry> evidenceIn(DeliveryPlanSection section) {
        return evidence.stream().filter(e -> e.section() == section).toList();
    }

    /** Whether a section has nothing in it yet: what the completeness checklist reports. */
    public boolean isEmpty(DeliveryPlanSection section) {
        return switch (section.kind()) {
            case PRIORITY -> false;
            case TEXT, NUMBERED -> text(section).isBlank();
            case EVIDENCE -> evidenceIn(section).isEmpty()
                    && (section != DeliveryPlanSection.VISITS_AND_OBSERVATIONS || downloads.isEmpty());
            case ACTIONS -> actions.isEmpty();
        };
    }

    /** One line of the completeness checklist. */
    public record ChecklistItem(DeliveryPlanSection section, boolean filled, int entries) {
    }

    /**
     * Every section but the priority and the 'is any evidence missing' question itself, with whether
     * it has content yet. The empty evidence sections are the first answer to that question.
     */
    public List<ChecklistItem> checklist() {
        List<ChecklistItem> items = new ArrayList<>();
        for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
            if (s == DeliveryPlanSection.PRIORITY || s == DeliveryPlanSection.EVIDENCE_MISSING) {
                continue;
            }
            int entries = switch (s.kind()) {
                case EVIDENCE -> evidenceIn(s).size() + (s == DeliveryPlanSection.VISITS_AND_OBSERVATIONS ? downloads.size() : 0);
                case ACTIONS -> actions.size();
                case NUMBERED -> successMeasures().size();
                default -> isEmpty(s) ? 0 : 1;
            };
            items.add(new ChecklistItem(s, !isEmpty(s), entries));
        }
        return items;
    }

    public List<DeliveryPlanSection> emptySections() {
        return checklist().stream().filter(i -> !i.filled()).map(ChecklistItem::section).toList();
    }

    /**
     * A starting answer for "Is there any evidence missing?": one bullet per empty evidence section,
     * which the user then edits. Empty when every evidence section has something.
     */
    public String missingEvidenceDraft() {
        StringBuilder b = new StringBuilder();
        for (DeliveryPlanSection s : emptySections()) {
            if (s.holdsEvidence()) {
                b.append("- Nothing yet: ").append(s.title().replaceFirst("^Evidence from ", "")).append('\n');
            }
        }
        return b.toString().strip();
    }

    /** Where a search term was found. {@code itemId} is the evidence, download or action id; 0 for section text. */
    public record FindHit(DeliveryPlanSection section, ItemKind kind, long itemId, String excerpt) {
    }

    public enum ItemKind { SECTION_TEXT, EVIDENCE, PRACTICE_DOWNLOAD, ACTION }

    /** Case-insensitive search across every section, in the plan's order. */
    public List<FindHit> find(String query) {
        List<FindHit> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
            switch (s.kind()) {
                case PRIORITY -> match(priorityTitle, q).ifPresent(x -> hits.add(new FindHit(s, ItemKind.SECTION_TEXT, 0, x)));
                case TEXT, NUMBERED -> match(searchable(text(s)), q)
                        .ifPresent(x -> hits.add(new FindHit(s, ItemKind.SECTION_TEXT, 0, x)));
                case EVIDENCE -> {
                    for (EvidenceEntry e : evidenceIn(s)) {
                        String all = searchable(e.text()) + " " + e.source().label() + " "
                                + nullToEmpty(names.agency(e.agencyId())) + " " + nullToEmpty(e.fileLink());
                        match(all, q).ifPresent(x -> hits.add(new FindHit(s, ItemKind.EVIDENCE, e.id(), x)));
                    }
                    if (s == DeliveryPlanSection.VISITS_AND_OBSERVATIONS) {
                        for (PracticeDownload d : downloads) {
                            StringBuilder all = new StringBuilder(d.observed());
                            d.answers().values().forEach(a -> all.append(' ').append(a));
                            match(all.toString(), q).ifPresent(x -> hits.add(new FindHit(s, ItemKind.PRACTICE_DOWNLOAD, d.id(), x)));
                        }
                    }
                }
                case ACTIONS -> {
                    for (ActionItem a : actions) {
                        String all = a.description() + " " + nullToEmpty(leadLabel(a));
                        match(all, q).ifPresent(x -> hits.add(new FindHit(s, ItemKind.ACTION, a.id(), x)));
                    }
                }
            }
        }
        return hits;
    }

    /** The lead as shown in the action plan: the person's name from the registers, else the free text. */
    public String leadLabel(ActionItem action) {
        return action.leadPersonId() != null ? names.person(action.leadPersonId()) : action.leadText();
    }

    private static java.util.Optional<String> match(String text, String lowerQuery) {
        int at = indexOfIgnoreCase(text, lowerQuery);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + lowerQuery.length() + 40);
        return java.util.Optional.of((from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : ""));
    }

    private static int indexOfIgnoreCase(String text, String lowerQuery) {
        int n = lowerQuery.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, lowerQuery, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text a user sees, near enough for searching: markup asterisks and escapes dropped, so
     * "**21%**" is found by "21%". Cheaper than a full parse, which matters on large plans.
     */
    static String searchable(String markup) {
        StringBuilder b = new StringBuilder(markup.length());
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c != '*' && c != '\\') {
                b.append(c == '\n' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public DeliveryPlan withText(DeliveryPlanSection section, String text) {
        Map<DeliveryPlanSection, String> copy = new EnumMap<>(DeliveryPlanSection.class);
        copy.putAll(texts);
        copy.put(section, text);
        return new DeliveryPlan(id, hubCycleId, priorityTitle, copy, evidence, downloads, actions, names);
    }
}
