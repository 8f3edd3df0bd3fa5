package org.hubdesk.domain.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;

/**
 * Writes a whole delivery plan as one JSON text for a version, and reads it back (Jackson's tree
 * model, so the field names and order are spelled out here and stay those of format 1). The format
 * carries its own number ("format": 1) so a later change can still read old versions; the snapshots
 * written before Jackson are kept as test fixtures (StoredSnapshotsTest).
 */
public final class PlanSnapshotCodec {
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanSnapshotCodec() {
    }

    public static String encode(DeliveryPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("planId", plan.id());
        root.put("hubCycleId", plan.hubCycleId());
        root.put("priority", plan.priorityTitle());
        ObjectNode texts = root.putObject("texts");
        for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
            if (s.holdsText() && !plan.text(s).isEmpty()) {
                texts.put(s.name(), plan.text(s));
            }
        }
        ArrayNode evidence = root.putArray("evidence");
        for (EvidenceEntry e : plan.evidence()) {
            evidence.addObject()
                    .put("id", e.id())
                    .put("section", e.section().name())
                    .put("text", e.text())
                    .put("source", e.source().name())
                    .put("agencyId", e.agencyId())
                    .put("datedOn", str(e.datedOn()))
                    .put("fileLink", e.fileLink())
                    .put("sortOrder", e.sortOrder());
        }
        ArrayNode downloads = root.putArray("downloads");
        for (PracticeDownload d : plan.downloads()) {
            ObjectNode m = downloads.addObject()
                    .put("id", d.id())
                    .put("observed", d.observed())
                    .put("observedOn", str(d.observedOn()))
                    .put("agencyId", d.agencyId());
            ObjectNode answers = m.putObject("answers");
            for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
                if (!d.answer(q).isEmpty()) {
                    answers.put(q.name(), d.answer(q));
                }
            }
            m.put("sortOrder", d.sortOrder());
        }
        ArrayNode actions = root.putArray("actions");
        for (ActionItem a : plan.actions()) {
            actions.addObject()
                    .put("id", a.id())
                    .put("description", a.description())
                    .put("leadPersonId", a.leadPersonId())
                    .put("leadText", a.leadText())
                    .put("timescale", a.timescale() == null ? null : a.timescale().toString())
                    .put("status", a.status().name())
                    .put("sortOrder", a.sortOrder())
                    .put("completedOn", str(a.completedOn()));
        }
        putNames(root.putObject("people"), plan.names().people());
        putNames(root.putObject("agencies"), plan.names().agencies());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the plan snapshot", e);
        }
    }

    public static DeliveryPlan decode(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a readable plan snapshot (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Not a readable plan snapshot (not a JSON object)");
        }
        JsonNode format = root.path("format");
        if (!format.isIntegralNumber() || format.asLong() > FORMAT) {
            throw new IllegalArgumentException("This version was saved by a newer Hubdesk (snapshot format "
                    + (format.isMissingNode() ? null : format) + ")");
        }
        Map<DeliveryPlanSection, String> texts = new EnumMap<>(DeliveryPlanSection.class);
        root.get("texts").properties().forEach(e -> texts.put(DeliveryPlanSection.fromCode(e.getKey()), e.getValue().asText()));
        List<EvidenceEntry> evidence = new ArrayList<>();
        for (JsonNode m : root.get("evidence")) {
            evidence.add(new EvidenceEntry(m.get("id").asLong(), DeliveryPlanSection.fromCode(m.get("section").asText()),
                    text(m, "text"), LearningSource.valueOf(m.get("source").asText()), id(m, "agencyId"),
                    date(m, "datedOn"), text(m, "fileLink"), m.get("sortOrder").asInt()));
        }
        List<PracticeDownload> downloads = new ArrayList<>();
        for (JsonNode m : root.get("downloads")) {
            Map<PracticeDownload.Question, String> answers = new EnumMap<>(PracticeDownload.Question.class);
            m.get("answers").properties().forEach(e -> answers.put(PracticeDownload.Question.valueOf(e.getKey()), e.getValue().asText()));
            downloads.add(new PracticeDownload(m.get("id").asLong(), text(m, "observed"), date(m, "observedOn"),
                    id(m, "agencyId"), answers, m.get("sortOrder").asInt()));
        }
        List<ActionItem> actions = new ArrayList<>();
        for (JsonNode m : root.get("actions")) {
            String t = text(m, "timescale");
            Timescale timescale = t == null ? null : t.length() <= 7 ? Timescale.ofMonth(YearMonth.parse(t)) : Timescale.ofDay(LocalDate.parse(t));
            actions.add(new ActionItem(m.get("id").asLong(), text(m, "description"), id(m, "leadPersonId"),
                    text(m, "leadText"), timescale, ActionStatus.valueOf(m.get("status").asText()),
                    m.get("sortOrder").asInt(), date(m, "completedOn")));
        }
        PlanNames names = new PlanNames(names(root.get("people")), names(root.get("agencies")));
        return new DeliveryPlan(id(root, "planId"), id(root, "hubCycleId"), text(root, "priority"), texts,
                evidence, downloads, actions, names);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long id(JsonNode object, String field) {
        JsonNode v = object.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static LocalDate date(JsonNode object, String field) {
        String s = text(object, field);
        return s == null ? null : LocalDate.parse(s);
    }

    /** Names by id, written in the order of the ids' text (as format 1 always was). */
    private static void putNames(ObjectNode into, Map<Long, String> names) {
        Map<String, String> sorted = new TreeMap<>();
        names.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        sorted.forEach(into::put);
    }

    private static Map<Long, String> names(JsonNode object) {
        Map<Long, String> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(Long.parseLong(e.getKey()), e.getValue().asText()));
        return out;
    }
}
