package org.hubdesk.service.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.domain.plan.RichText;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.service.assurance.PerformanceReport;
import org.hubdesk.service.assurance.PerformanceService;
import org.hubdesk.store.plan.DeliveryPlanRepository;
import org.hubdesk.store.plan.PlanIndicatorRepository;

/**
 * The delivery plan as Appendix 2 lays it out, as tables: the priority; current data beside the
 * success measures, with guidance and the first evidence below them on the right; the single
 * evidence sections full width; the audits and the two feedbacks side by side; the missing
 * evidence question; the action plan (action, lead, timescale, status). The plan's markup becomes
 * bold, italic and bullets through {@link RichText}, as on screen.
 */
public final class DeliveryPlanReport extends CatalogueReport {
    public DeliveryPlanReport() {
        // The plan is optional: without one, the most recently changed plan, which is the one being worked on.
        super("delivery-plan", "Delivery plan",
                "A hub cycle's delivery plan laid out as Appendix 2 of the Learning Hub terms of reference "
                + "(the most recently changed plan unless one is chosen).");
    }

    @Override
    public Document build(ReportInput input) {
        DeliveryPlanRepository repo = new DeliveryPlanRepository(input.ctx());
        DeliveryPlan plan = input.chosenItem(repo::load, id -> "There is no delivery plan number " + id + "; see 'hubdesk delivery-plan list'")
                .orElseGet(() -> latest(repo));
        List<PerformanceService.Series> indicators = PerformanceService.chosen(input.ctx(),
                new PlanIndicatorRepository(input.ctx()).chosen(plan.id()));
        return build(plan, input.author(), input.today(), null, indicators);
    }

    /** The most recently changed plan, the one being worked on. */
    private static DeliveryPlan latest(DeliveryPlanRepository repo) {
        List<PlanSummary> plans = repo.plans();
        if (plans.isEmpty()) {
            throw new UserInputException("There is no delivery plan yet: create one on the Delivery plans screen first");
        }
        return repo.load(plans.get(0).id()).orElseThrow();
    }

    /** The document of a plan (or of a version of it, named in the subtitle), without indicators. */
    public static Document build(DeliveryPlan plan, String author, LocalDate today, String versionName) {
        return build(plan, author, today, versionName, List.of());
    }

    /**
     * The document of a plan with the performance indicators its "Current data and performance"
     * pulls in: named in that cell, then each one's latest values and trend chart after the table.
     */
    public static Document build(DeliveryPlan plan, String author, LocalDate today, String versionName,
                                 List<PerformanceService.Series> indicators) {
        DocumentBuilder doc = Document.builder("Delivery plan")
                .subtitle(plan.priorityTitle() + (versionName == null ? "" : " — version: " + versionName))
                .author(author)
                .date(today)
                .landscape();
        doc.table(t -> t.column("Priority - " + plan.priorityTitle(), 1));
        doc.table(t -> {
            t.column(DeliveryPlanSection.CURRENT_DATA.title(), 1).column(DeliveryPlanSection.SUCCESS_MEASURES.title(), 1);
            t.row(List.of(cell(currentData(plan, indicators)), cell(measures(plan))));
            for (DeliveryPlanSection s : List.of(DeliveryPlanSection.GUIDANCE, DeliveryPlanSection.PREVIOUS_HUBS,
                    DeliveryPlanSection.VISITS_AND_OBSERVATIONS)) {
                List<Run> runs = new ArrayList<>();
                runs.add(Run.bold(s.title()));
                runs.add(Run.plain("\n"));
                runs.addAll(content(plan, s));
                t.row(List.of(Block.Cell.of(""), cell(runs)));
            }
        });
        PerformanceReport.planIndicators(doc, indicators);
        single(doc, plan, DeliveryPlanSection.SELF_ASSESSMENT);
        single(doc, plan, DeliveryPlanSection.CASE_REVIEWS);
        pair(doc, plan, DeliveryPlanSection.MULTI_AGENCY_AUDITS, DeliveryPlanSection.SINGLE_AGENCY_AUDITS);
        pair(doc, plan, DeliveryPlanSection.FEEDBACK_CHILDREN_AND_FAMILIES, DeliveryPlanSection.FEEDBACK_PROFESSIONALS);
        single(doc, plan, DeliveryPlanSection.EVIDENCE_MISSING);
        doc.table(t -> {
            List<String> h = DeliveryPlanSection.ACTION_PLAN_HEADINGS;
            t.column(h.get(0), 6).column(h.get(1), 2.5).column(h.get(2), 1.4).column("Status", 1.4);
            for (ActionItem a : plan.actions()) {
                String lead = plan.leadLabel(a);
                t.row(List.of(Block.Cell.of(a.description()), Block.Cell.of(lead == null ? "" : lead),
                        Block.Cell.of(a.timescale() == null ? "" : a.timescale().toString()),
                        a.isOverdue(today) ? new Block.Cell(List.of(Run.bold("Overdue"))) : Block.Cell.of(a.status().label())));
            }
            if (plan.actions().isEmpty()) {
                t.row(List.of(Block.Cell.of("No actions yet")));
            }
        });
        List<DeliveryPlanSection> empty = plan.emptySections();
        if (!empty.isEmpty()) {
            doc.note("Sections with nothing in them yet: " + String.join("; ", empty.stream().map(DeliveryPlanSection::title).toList()) + ".");
        }
        return doc.build();
    }

    /** The section's text, then the chosen indicators by name with their latest figure. */
    private static List<Run> currentData(DeliveryPlan plan, List<PerformanceService.Series> indicators) {
        List<Run> runs = new ArrayList<>(textRuns(plan.text(DeliveryPlanSection.CURRENT_DATA)));
        if (indicators.isEmpty()) {
            return runs;
        }
        newLine(runs);
        runs.add(Run.bold("Indicators (trend charts below the table):"));
        for (PerformanceService.Series s : indicators) {
            runs.add(Run.plain("\n• " + s.indicator().name() + s.latest().map(v -> ", " + v.quarter().label() + ": "
                    + s.indicator().format(v.value())).orElse(", no figures yet") + (s.exceptions().isEmpty() ? "" : " (exception)")));
        }
        return runs;
    }

    private static void single(DocumentBuilder doc, DeliveryPlan plan, DeliveryPlanSection s) {
        doc.table(t -> {
            t.column(s.title(), 1);
            t.row(List.of(cell(content(plan, s))));
        });
    }

    private static void pair(DocumentBuilder doc, DeliveryPlan plan, DeliveryPlanSection left, DeliveryPlanSection right) {
        doc.table(t -> {
            t.column(left.title(), 1).column(right.title(), 1);
            t.row(List.of(cell(content(plan, left)), cell(content(plan, right))));
        });
    }

    private static Block.Cell cell(List<Run> runs) {
        return runs.isEmpty() ? Block.Cell.of("") : new Block.Cell(runs);
    }

    /** A section's content as runs, with line breaks between paragraphs, entries and downloads. */
    static List<Run> content(DeliveryPlan plan, DeliveryPlanSection s) {
        if (s.holdsText()) {
            return textRuns(plan.text(s));
        }
        List<Run> runs = new ArrayList<>();
        for (EvidenceEntry e : plan.evidenceIn(s)) {
            newLine(runs);
            runs.addAll(textRuns(e.text()));
            StringBuilder meta = new StringBuilder(e.source().label());
            if (e.agencyId() != null) {
                meta.append("; ").append(plan.names().agency(e.agencyId()));
            }
            if (e.datedOn() != null) {
                meta.append("; ").append(e.datedOn());
            }
            if (e.fileLink() != null) {
                meta.append("; see ").append(e.fileLink());
            }
            runs.add(Run.italic("\n(" + meta + ")"));
        }
        if (s == DeliveryPlanSection.VISITS_AND_OBSERVATIONS) {
            for (PracticeDownload d : plan.downloads()) {
                newLine(runs);
                runs.add(Run.bold("Practice download: " + d.observed() + (d.observedOn() == null ? "" : " (" + d.observedOn() + ")")));
                for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
                    if (!d.answer(q).isEmpty()) {
                        runs.add(Run.plain("\n"));
                        runs.add(Run.italic(q.words() + " "));
                        runs.add(Run.plain(d.answer(q)));
                    }
                }
            }
        }
        return runs;
    }

    private static void newLine(List<Run> runs) {
        if (!runs.isEmpty()) {
            runs.add(Run.plain("\n\n"));
        }
    }

    private static List<Run> measures(DeliveryPlan plan) {
        List<Run> runs = new ArrayList<>();
        List<String> measures = plan.successMeasures();
        for (int i = 0; i < measures.size(); i++) {
            if (i > 0) {
                runs.add(Run.plain("\n"));
            }
            runs.add(Run.plain((i + 1) + ". "));
            runs.addAll(convert(RichText.parseRuns(measures.get(i))));
        }
        return runs;
    }

    /** The plan's markup as report runs: one line per paragraph, "• " before each bullet. */
    static List<Run> textRuns(String markup) {
        List<Run> runs = new ArrayList<>();
        for (RichText.Block block : RichText.parse(markup).blocks()) {
            if (block instanceof RichText.Paragraph p) {
                if (!runs.isEmpty()) {
                    runs.add(Run.plain("\n"));
                }
                runs.addAll(convert(p.runs()));
            } else if (block instanceof RichText.BulletList list) {
                for (List<RichText.Run> item : list.items()) {
                    if (!runs.isEmpty()) {
                        runs.add(Run.plain("\n"));
                    }
                    runs.add(Run.plain("• "));
                    runs.addAll(convert(item));
                }
            }
        }
        return runs;
    }

    private static List<Run> convert(List<RichText.Run> runs) {
        return runs.stream().map(r -> new Run(r.text(), r.bold(), r.italic())).toList();
    }
}
