package org.hubdesk.service.reviews;

import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.store.reviews.CaseReviewRepository;

/** The decision record of one review's LCSPR decision: the referral, the eight criteria ticked with notes, the outcome. */
public final class LcsprDecisionReport extends CatalogueReport {
    public LcsprDecisionReport() {
        super("lcspr-decision", "LCSPR decision record",
                "A rapid review's decision against the eight LCSPR criteria (seed 002 section 5), with the outcome; "
                + "from this screen, the latest decision.");
    }

    @Override
    public Document build(ReportInput input) {
        CaseReviewRepository repo = new CaseReviewRepository(input.ctx());
        CaseReview r = input.chosenItem(repo::find, id -> "There is no case review number " + id)
                .orElseGet(() -> repo.all().stream().filter(c -> c.lcsprDecision() != null)
                        .max(java.util.Comparator.comparing(c -> c.lcsprDecision().decidedOn()))
                        .orElseThrow(() -> new UserInputException("No LCSPR decision is recorded yet")));
        LcsprDecision d = r.lcsprDecision();
        if (d == null) {
            throw new UserInputException("Review " + r.id() + " has no LCSPR decision yet");
        }
        DocumentBuilder doc = input.document(title(),
                r.title() + (r.caseReference() == null ? "" : " (" + r.caseReference() + ")"));
        doc.labelValues(lv -> lv.add("Referral received", r.received()).add("Referred by", r.referredBy())
                .add("Agencies involved", r.agencies())
                .add("Virtual Panel decision", r.panelDecision() == null ? null : r.panelDecision().decidedOn() + ": "
                        + (r.panelDecision().rapidReview() ? "rapid review. " : "no rapid review. ") + r.panelDecision().reason())
                .add("Rapid review report sent", r.reportSentOn())
                .add("Decided on", d.decidedOn()));
        doc.heading1("Criteria");
        CaseReviewsReport.criteriaTable(doc, d);
        doc.heading1("Outcome");
        doc.paragraph(d.outcome().label() + " (" + d.criteriaMet() + " of " + d.answers().size() + " criteria met).");
        if (d.consistencyWarning() != null) {
            doc.warning(d.consistencyWarning());
        }
        return doc.build();
    }
}
