package org.hubdesk.service.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ClockKind;
import org.hubdesk.domain.reviews.Milestone;
import org.hubdesk.domain.reviews.ReviewClock;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewYearSummary;
import org.hubdesk.domain.reviews.TrafficLight;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.store.reviews.CaseReviewRepository;
import org.jooq.DSLContext;

/**
 * The case review report for the Partnership Board: for one partnership year, every review received
 * in it (and any earlier one still open), its statutory clocks met or missed, the panel's and the
 * partners' decisions, LCSPR progress and the progress of its actions.
 */
public final class CaseReviewsReport extends CatalogueReport {
    public CaseReviewsReport() {
        super("case-reviews", "Case review report to the Partnership Board",
                "A partnership year's case reviews: rapid reviews, LCSPRs, single agency and seriously good reviews, with their "
                + "statutory clocks met or missed, decisions and actions' progress.", ReportScope.Kind.YEAR);
    }

    @Override
    public Document build(ReportInput input) {
        PartnershipYear year = input.yearOrCurrent();
        LocalDate end = year.lastDay().isAfter(input.today()) ? input.today() : year.lastDay();
        CaseReviewRepository repo = new CaseReviewRepository(input.ctx());
        List<CaseReview> all = repo.all();
        ReviewYearSummary summary = ReviewYearSummary.of(all, year, end);
        List<CaseReview> shown = new ArrayList<>(summary.reviews());
        all.stream().filter(r -> r.received().isBefore(year.firstDay()) && r.status().open()).forEach(shown::add);
        Map<Long, List<ActionItem>> actions = repo.actions();

        DocumentBuilder doc = input.document(title(), "Case reviews " + year.labelWithSpan()).landscape();
        doc.labelValues(lv -> {
            for (ReviewKind k : ReviewKind.values()) {
                lv.add(k.pluralLabel(), summary.count(k));
            }
            lv.add("Open from earlier years", shown.size() - summary.reviews().size());
        });
        doc.paragraph("Working Together 2018 asks the safeguarding partners to notify the National Panel of a serious child "
                + "safeguarding case within 5 working days, and the partnership returns a Rapid Review report within 15 working "
                + "days of the referral being received. A single agency review is completed within three weeks of the letter. "
                + "Working days exclude weekends and England and Wales bank holidays; day 1 is the first working day after the "
                + "referral was received.");
        doc.heading1("Statutory clocks");
        List<String> lines = summary.clockLines();
        doc.bullets(lines.isEmpty() ? List.of("No statutory clock fell due in " + year.label() + " by " + end + ".") : lines);
        long overdue = shown.stream().filter(r -> r.overdue(end)).count();
        if (overdue > 0) {
            doc.warning(overdue + (overdue == 1 ? " review has" : " reviews have") + " a statutory clock overdue at " + end + ".");
        }
        if (shown.isEmpty()) {
            doc.paragraph("No case reviews were received in " + year.label() + ".");
        }
        for (ReviewKind kind : ReviewKind.values()) {
            List<CaseReview> ofKind = shown.stream().filter(r -> r.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            doc.heading1(kind.pluralLabel());
            for (CaseReview r : ofKind) {
                review(doc, input.ctx(), r, actions.getOrDefault(r.id(), List.of()), end);
            }
        }
        return doc.build();
    }

    private static void review(DocumentBuilder doc, DSLContext ctx, CaseReview r, List<ActionItem> actions, LocalDate end) {
        doc.heading2(r.title() + (r.caseReference() == null ? "" : " (" + r.caseReference() + ")"));
        doc.labelValues(lv -> {
            lv.add("Received", r.received()).add("Status", r.status().label()).add("Referred by", r.referredBy())
                    .add("Agencies involved", r.agencies()).add("Led by", r.ledBy());
            if (r.panelDecision() != null) {
                lv.add("Virtual Panel decision", r.panelDecision().decidedOn() + ": "
                        + (r.panelDecision().rapidReview() ? "rapid review. " : "no rapid review. ") + r.panelDecision().reason());
            }
            if (r.lcsprDecision() != null) {
                lv.add("LCSPR decision", r.lcsprDecision().decidedOn() + ": " + r.lcsprDecision().outcome().label() + " ("
                        + r.lcsprDecision().criteriaMet() + " of 8 criteria met)");
            }
            if (r.lcspr() != null) {
                lv.add("Commissioned", r.lcspr().commissionedOn()).add("Reviewer", r.lcspr().reviewer() == null ? null
                        : r.lcspr().reviewer() + (r.lcspr().independentReviewer() ? " (independent)" : ""))
                        .add("Published", r.lcspr().publishedOn() == null ? "Not yet" : r.lcspr().publishedOn().toString());
            }
            if (r.kind() == ReviewKind.SERIOUSLY_GOOD) {
                lv.add("Shared at", r.sharedAt()).add("Briefing session", r.briefingOn());
            }
            lv.add("Learning", r.learning());
        });
        if (!r.clocks().isEmpty()) {
            doc.table(t -> {
                t.column("Clock", 3).column("Allowed", 1.6).column("Due", 1.4).column("Done", 1.4).column("Result", 2.4);
                for (ReviewClock c : r.clocks()) {
                    TrafficLight light = c.light(end);
                    String result = light.running() ? light.label() + ", " + c.describe(end) : light.label();
                    t.row(List.of(Block.Cell.of(c.label()), Block.Cell.of(c.kind().allowance().inWords()), Block.Cell.of(c.dueOn().toString()),
                            Block.Cell.of(c.doneOn() == null ? "" : c.doneOn().toString()),
                            light == TrafficLight.MISSED || light == TrafficLight.RED ? new Block.Cell(List.of(Run.bold(result)))
                                    : Block.Cell.of(result)));
                }
            });
        }
        if (r.lcsprDecision() != null) {
            criteriaTable(doc, r.lcsprDecision());
        }
        List<Milestone> milestones = new CaseReviewRepository(ctx).milestones(r.id());
        if (!milestones.isEmpty()) {
            doc.table(t -> {
                t.column("Milestone", 5).column("Due", 1.6).column("Done", 1.6);
                milestones.forEach(m -> t.row(m.title(), m.dueOn() == null ? "" : m.dueOn().toString(),
                        m.doneOn() == null ? (m.overdue(end) ? "Overdue" : "") : m.doneOn().toString()));
            });
        }
        if (!actions.isEmpty()) {
            long done = actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
            doc.paragraph("Recommendations' actions: " + done + " of " + actions.size() + " done.");
            doc.table(t -> {
                t.column("Action", 5.5).column("Lead", 2.5).column("Timescale", 1.5).column("Status", 1.5);
                actions.forEach(a -> t.row(a.description(), a.leadText() == null ? "" : a.leadText(),
                        a.timescale() == null ? "" : a.timescale().toString(), a.statusLabel(end)));
            });
        }
    }

    /** The eight criteria of seed 002 section 5 as the partners answered them. */
    static void criteriaTable(DocumentBuilder doc, org.hubdesk.domain.reviews.LcsprDecision d) {
        doc.table(t -> {
            t.column("Following a Rapid Review, an LCSPR may be appropriate where the case", 6).column("Met", 0.8).column("Note", 3.5);
            for (org.hubdesk.domain.reviews.CriterionAnswer a : d.answers()) {
                t.row(List.of(Block.Cell.of(a.criterion().text()), a.met() ? new Block.Cell(List.of(Run.bold("Yes"))) : Block.Cell.of("No"),
                        Block.Cell.of(a.note() == null ? "" : a.note())));
            }
        });
    }

    /** The annual report's counts: reviews received by kind and the clocks met, for section 8. */
    public static void annualReportSection(DocumentBuilder doc, DSLContext ctx, PartnershipYear year, LocalDate end) {
        ReviewYearSummary s = ReviewYearSummary.of(new CaseReviewRepository(ctx).all(), year, end);
        doc.heading2("Case reviews");
        if (s.reviews().isEmpty()) {
            doc.paragraph("No case reviews were received during the year.");
            return;
        }
        doc.table(t -> {
            t.column("Kind of review", 4).column("Received in " + year.label(), 1.6);
            for (ReviewKind k : ReviewKind.values()) {
                t.row(k.label(), Integer.toString(s.count(k)));
            }
        });
        List<String> clocks = new ArrayList<>();
        for (ClockKind c : ClockKind.values()) {
            int total = s.met(c) + s.missed(c);
            if (total > 0) {
                clocks.add(c.label() + " (" + c.allowance().inWords() + "): met " + s.met(c) + " of " + total + ".");
            }
        }
        doc.bullets(clocks.isEmpty() ? List.of("No statutory clock fell due during the year.") : clocks);
    }
}
