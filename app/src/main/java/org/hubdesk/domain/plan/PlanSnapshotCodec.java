package org.hubdesk.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;

/**
 * Writes a whole delivery plan as one JSON text for a version, and reads it back. The format
 * carries its own number ("format": 1) so a later change can still read old versions.
 */
public final class PlanSnapshotCodec {
    public static final int FORMAT = 1;

    private PlanSnapshotCodec() {
    }

    public static String encode(DeliveryPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("planId", plan.id());
        root.put("hubCycleId", plan.hubCycleId());
        root.put("priority", plan.priorityTitle());
        Map<String, Object> texts = new LinkedHashMap<>();
        for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
            if (s.holdsText() && !plan.text(s).isEmpty()) {
                texts.put(s.name(), plan.text(s));
            }
        }
        root.put("texts", texts);
        List<Object> evidence = new ArrayList<>();
        for (EvidenceEntry e : plan.evidence()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("section", e.section().name());
            m.put("text", e.text());
            m.put("source", e.source().name());
            m.put("agencyId", e.agencyId());
            m.put("datedOn", str(e.datedOn()));
            m.put("fileLink", e.fileLink());
            m.put("sortOrder", e.sortOrder());
            evidence.add(m);
        }
        root.put("evidence", evidence);
        List<Object> downloads = new ArrayList<>();
        for (PracticeDownload d : plan.downloads()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("observed", d.observed());
            m.put("observedOn", str(d.observedOn()));
            m.put("agencyId", d.agencyId());
            Map<String, Object> answers = new LinkedHashMap<>();
            for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
                if (!d.answer(q).isEmpty()) {
                    answers.put(q.name(), d.answer(q));
                }
            }
            m.put("answers", answers);
            m.put("sortOrder", d.sortOrder());
            downloads.add(m);
        }
        root.put("downloads", downloads);
        List<Object> actions = new ArrayList<>();
        for (ActionItem a : plan.actions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("description", a.description());
            m.put("leadPersonId", a.leadPersonId());
            m.put("leadText", a.leadText());
            m.put("timescale", a.timescale() == null ? null : a.timescale().toString());
            m.put("status", a.status().name());
            m.put("sortOrder", a.sortOrder());
            m.put("completedOn", str(a.completedOn()));
            actions.add(m);
        }
        root.put("actions", actions);
        root.put("people", stringKeys(plan.names().people()));
        root.put("agencies", stringKeys(plan.names().agencies()));
        return Json.write(root);
    }

    @SuppressWarnings("unchecked")
    public static DeliveryPlan decode(String json) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        Object format = root.get("format");
        if (!(format instanceof Long f) || f > FORMAT) {
            throw new IllegalArgumentException("This version was saved by a newer Hubdesk (snapshot format " + format + ")");
        }
        Map<DeliveryPlanSection, String> texts = new EnumMap<>(DeliveryPlanSection.class);
        ((Map<String, Object>) root.get("texts")).forEach((k, v) -> texts.put(DeliveryPlanSection.fromCode(k), (String) v));
        List<EvidenceEntry> evidence = new ArrayList<>();
        for (Object o : (List<Object>) root.get("evidence")) {
            Map<String, Object> m = (Map<String, Object>) o;
            evidence.add(new EvidenceEntry((Long) m.get("id"), DeliveryPlanSection.fromCode((String) m.get("section")),
                    (String) m.get("text"), LearningSource.valueOf((String) m.get("source")), (Long) m.get("agencyId"),
                    date(m.get("datedOn")), (String) m.get("fileLink"), ((Long) m.get("sortOrder")).intValue()));
        }
        List<PracticeDownload> downloads = new ArrayList<>();
        for (Object o : (List<Object>) root.get("downloads")) {
            Map<String, Object> m = (Map<String, Object>) o;
            Map<PracticeDownload.Question, String> answers = new EnumMap<>(PracticeDownload.Question.class);
            ((Map<String, Object>) m.get("answers")).forEach((k, v) -> answers.put(PracticeDownload.Question.valueOf(k), (String) v));
            downloads.add(new PracticeDownload((Long) m.get("id"), (String) m.get("observed"), date(m.get("observedOn")),
                    (Long) m.get("agencyId"), answers, ((Long) m.get("sortOrder")).intValue()));
        }
        List<ActionItem> actions = new ArrayList<>();
        for (Object o : (List<Object>) root.get("actions")) {
            Map<String, Object> m = (Map<String, Object>) o;
            String t = (String) m.get("timescale");
            Timescale timescale = t == null ? null : t.length() <= 7 ? Timescale.ofMonth(YearMonth.parse(t)) : Timescale.ofDay(LocalDate.parse(t));
            actions.add(new ActionItem((Long) m.get("id"), (String) m.get("description"), (Long) m.get("leadPersonId"),
                    (String) m.get("leadText"), timescale, ActionStatus.valueOf((String) m.get("status")),
                    ((Long) m.get("sortOrder")).intValue(), date(m.get("completedOn"))));
        }
        PlanNames names = new PlanNames(longKeys((Map<String, Object>) root.get("people")),
                longKeys((Map<String, Object>) root.get("agencies")));
        return new DeliveryPlan((Long) root.get("planId"), (Long) root.get("hubCycleId"), (String) root.get("priority"), texts,
                evidence, downloads, actions, names);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse((String) o);
    }

    private static Map<String, Object> stringKeys(Map<Long, String> map) {
        Map<String, Object> out = new java.util.TreeMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<Long, String> longKeys(Map<String, Object> map) {
        Map<Long, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(Long.parseLong(k), (String) v));
        return out;
    }
}
