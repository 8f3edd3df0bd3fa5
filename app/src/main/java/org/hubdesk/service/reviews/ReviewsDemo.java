package org.hubdesk.service.reviews;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.calendar.WorkingDayCalendar;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ClockKind;
import org.hubdesk.domain.reviews.CriterionAnswer;
import org.hubdesk.domain.reviews.LcsprCriterion;
import org.hubdesk.domain.reviews.LcsprDecision;
import org.hubdesk.domain.reviews.Milestone;
import org.hubdesk.domain.reviews.PanelDecision;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewOutcome;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.store.reviews.CaseReviewRepository;
import org.jooq.DSLContext;

/**
 * The demo's case reviews, all invented, a few in each state: a fresh referral, a rapid review
 * under way, one overdue, one awaiting the LCSPR decision, an LCSPR being written and a published
 * one, a referral the panel closed, single agency reviews, seriously good reviews, and a DHR and a
 * SAR led elsewhere. Dates are counted back from the demo's today, so the clocks show every colour.
 */
public final class ReviewsDemo implements DemoContributor {
    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        CaseReviewRepository repo = new CaseReviewRepository(ctx);
        LocalDate today = facts.today();

        // A referral in from the hospital two working days ago: the panel has not met yet.
        LocalDate r1 = WorkingDayCalendar.workingDaysBefore(today, 2);
        repo.insert(referral("Infant with unexplained injuries", "Baby K", r1, "Designated Nurse", "Health visiting; Acute hospital; Police"));

        // A rapid review under way, 13 working days in: the panel was notified in time, the report is due soon
        // (counted from the last working day, so at a weekend too its report is two working days off: amber).
        LocalDate r2 = WorkingDayCalendar.workingDaysBefore(WorkingDayCalendar.onOrBefore(today), 13);
        repo.insert(withPanel(referral("Neglect of three siblings", "Siblings M", r2, "Children's Social Care",
                "Children's Social Care; Schools; Police; GP"), r2, true, ClockKind.NATIONAL_PANEL.dueOn(r2), null, ReviewStatus.IN_PROGRESS));

        // A rapid review whose report is late.
        LocalDate r3 = WorkingDayCalendar.workingDaysBefore(today, 19);
        repo.insert(withPanel(referral("Young person seriously harmed in exploitation", "Young Person J", r3, "Police",
                "Police; Youth Justice Service; Children's Social Care"), r3, true, r3.plusDays(4), null, ReviewStatus.IN_PROGRESS));

        // A rapid review sent in time, waiting for the partners' LCSPR decision.
        LocalDate r4 = WorkingDayCalendar.workingDaysBefore(today, 25);
        repo.insert(withPanel(referral("Child death at home, neglect suspected", "Child P", r4, "Designated Doctor",
                "Health; Children's Social Care; Early Help"), r4, true, ClockKind.NATIONAL_PANEL.dueOn(r4),
                ClockKind.RAPID_REVIEW_REPORT.dueOn(r4), ReviewStatus.AWAITING_DECISION));

        // A referral the Virtual Panel did not take to rapid review.
        LocalDate r5 = today.minusDays(40);
        repo.insert(ReviewBuilder.copy(referral("Serious injury to a toddler at a nursery", "Child N", r5, "LADO", "Early years; Police"), b -> {
            b.panelDecision = new PanelDecision(r5.plusDays(3), false, "Accidental injury; no abuse or neglect known or suspected");
            b.panelNotifiedOn = ClockKind.NATIONAL_PANEL.dueOn(r5);
            b.status = ReviewStatus.CLOSED;
        }));

        // An LCSPR being written: decision against the criteria, commissioned, milestones, actions.
        LocalDate r6 = today.minusMonths(5);
        CaseReview lcspr = repo.insert(ReviewBuilder.copy(referral("Teenager missing from care, seriously harmed", "Young Person S", r6,
                "Children's Social Care", "Children's Social Care; Police; Health; Neighbouring local authority"), b -> {
                    b.panelDecision = new PanelDecision(r6.plusDays(2), true, "Serious harm; exploitation suspected");
                    b.panelNotifiedOn = ClockKind.NATIONAL_PANEL.dueOn(r6);
                    b.reportSentOn = ClockKind.RAPID_REVIEW_REPORT.dueOn(r6).plusDays(1);
                    b.lcsprDecision = new LcsprDecision(ClockKind.RAPID_REVIEW_REPORT.dueOn(r6).plusDays(14), List.of(
                            new CriterionAnswer(LcsprCriterion.WORKING_TOGETHER, true, "Missing episodes were not shared with the police"),
                            new CriterionAnswer(LcsprCriterion.MORE_THAN_ONE_AREA, true, "Placed out of area"),
                            new CriterionAnswer(LcsprCriterion.RECURRENT_THEMES, true, "Exploitation is a theme of two earlier reviews")),
                            ReviewOutcome.LCSPR);
                    b.lcspr = new CaseReview.Lcspr(r6.plusMonths(1), "An independent reviewer (demo)", true, null);
                    b.kind = ReviewKind.LCSPR;
                    b.status = ReviewStatus.IN_PROGRESS;
                }));
        repo.insertMilestone(new Milestone(0, lcspr.id(), "Terms of reference agreed", r6.plusMonths(1).plusDays(14), r6.plusMonths(1).plusDays(10)));
        repo.insertMilestone(new Milestone(0, lcspr.id(), "Practitioner learning event", r6.plusMonths(3), r6.plusMonths(3)));
        repo.insertMilestone(new Milestone(0, lcspr.id(), "Draft report to the Partnership Board", today.plusMonths(1), null));
        repo.insertAction(lcspr.id(), new ActionItem(0, "Agree a joint missing-from-care protocol with the neighbouring authority",
                null, "Head of Service, Children in Care", Timescale.ofDay(today.plusMonths(2)), ActionStatus.IN_PROGRESS, 0, null));

        // An LCSPR published last year, its actions mostly done.
        LocalDate r7 = today.minusMonths(16);
        CaseReview published = repo.insert(ReviewBuilder.copy(referral("Child harmed by a parent's partner", "Child W", r7, "Police",
                "Police; Children's Social Care; Probation; Schools"), b -> {
                    b.panelDecision = new PanelDecision(r7.plusDays(1), true, "Serious harm; abuse known");
                    b.panelNotifiedOn = ClockKind.NATIONAL_PANEL.dueOn(r7);
                    b.reportSentOn = ClockKind.RAPID_REVIEW_REPORT.dueOn(r7);
                    b.lcsprDecision = new LcsprDecision(ClockKind.RAPID_REVIEW_REPORT.dueOn(r7).plusDays(10), List.of(
                            new CriterionAnswer(LcsprCriterion.IMPROVEMENTS, true, "Checks on new partners were not made"),
                            new CriterionAnswer(LcsprCriterion.WORKING_TOGETHER, true, null)), ReviewOutcome.LCSPR);
                    b.lcspr = new CaseReview.Lcspr(r7.plusMonths(1), "Partnership practice review lead (demo)", false, r7.plusMonths(9));
                    b.learning = "Ask about every adult in the household, and check new partners with the police";
                    b.kind = ReviewKind.LCSPR;
                    b.status = ReviewStatus.COMPLETED;
                }));
        repo.insertAction(published.id(), new ActionItem(0, "Add 'who else lives here?' to every agency's assessment", null,
                "Practice Review & Learning Manager", Timescale.ofDay(r7.plusMonths(11)), ActionStatus.DONE, 0, r7.plusMonths(11)));
        repo.insertAction(published.id(), new ActionItem(0, "Run a 7-minute briefing on unknown adults", null,
                "Workforce Development Lead", Timescale.ofDay(today.minusMonths(1)), ActionStatus.IN_PROGRESS, 1, null));

        // Single agency reviews: one running, one completed in its three weeks.
        LocalDate s1 = today.minusDays(10);
        repo.insert(CaseReview.draft(ReviewKind.SINGLE_AGENCY, "Single agency review: school's response to disclosures", "Child D", s1,
                "Independent Chair", "Education"));
        LocalDate s2 = today.minusMonths(3);
        repo.insert(ReviewBuilder.copy(CaseReview.draft(ReviewKind.SINGLE_AGENCY, "Single agency review: GP follow-up of missed appointments",
                "Child F", s2, "Independent Chair", "GP practice"), b -> {
                    b.reportSentOn = s2.plusDays(19);
                    b.status = ReviewStatus.COMPLETED;
                }));

        // Seriously good case reviews: one briefing to come, one held.
        repo.insert(ReviewBuilder.copy(CaseReview.draft(ReviewKind.SERIOUSLY_GOOD, "Family kept together through joint early help", "Family E",
                today.minusDays(20), "Early Help", "Early Help; Health visiting; Schools"), b -> {
                    b.sharedAt = "Learning Hub";
                    b.briefingOn = today.plusDays(30);
                    b.status = ReviewStatus.IN_PROGRESS;
                }));
        repo.insert(ReviewBuilder.copy(CaseReview.draft(ReviewKind.SERIOUSLY_GOOD, "Quick multi-agency response to a disclosure online",
                "Young Person L", today.minusMonths(4), "Police", "Police; School; CAMHS"), b -> {
                    b.sharedAt = "Learning Hub";
                    b.briefingOn = today.minusMonths(3);
                    b.learning = "Shared police and school safety planning worked within a day";
                    b.status = ReviewStatus.COMPLETED;
                }));

        // Reviews led elsewhere that the Forum notes.
        repo.insert(ReviewBuilder.copy(CaseReview.draft(ReviewKind.LED_ELSEWHERE, "Domestic homicide review (DHR), demo case 1", null,
                today.minusMonths(6), null, "Police; Probation; Children's Social Care"), b -> b.ledBy = "Community Safety Partnership"));
        repo.insert(ReviewBuilder.copy(CaseReview.draft(ReviewKind.LED_ELSEWHERE, "Safeguarding adults review (SAR), demo case 2", null,
                today.minusMonths(2), null, "Adult Social Care; Health"), b -> b.ledBy = "Safeguarding Adults Board"));
        if (years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS) {
            history(repo, today, years);
        }
    }

    /** Invented themes of a large partnership's earlier referrals. */
    private static final String[] THEMES = {"Neglect of a pre-school child", "Non-accidental injury to an infant",
        "Young person exploited by an organised group", "Child harmed during domestic abuse", "Self-harm of a young person in care",
        "Sudden unexpected death of an infant", "Child missing education, harm suspected"};

    /**
     * A decade's closed referrals, five a year before the last eighteen months: three the panel did not take to
     * rapid review, two rapid reviews after which the partners decided no further review was needed.
     */
    private static void history(CaseReviewRepository repo, LocalDate today, int years) {
        int n = 0;
        for (int y = years; y >= 2; y--) {
            for (int k = 0; k < 5; k++, n++) {
                LocalDate received = WorkingDayCalendar.onOrBefore(today.minusYears(y).plusMonths(2L * k + 1));
                CaseReview r = referral(THEMES[n % THEMES.length], "Child H" + (n + 1), received, k % 2 == 0 ? "Police" : "Health",
                        "Children's Social Care; Police; Health");
                if (k < 3) {
                    repo.insert(ReviewBuilder.copy(r, b -> {
                        b.panelDecision = new PanelDecision(WorkingDayCalendar.workingDaysAfter(received, 2), false,
                                "Threshold for a rapid review not met");
                        b.panelNotifiedOn = ClockKind.NATIONAL_PANEL.dueOn(received);
                        b.status = ReviewStatus.CLOSED;
                    }));
                } else {
                    LocalDate sent = ClockKind.RAPID_REVIEW_REPORT.dueOn(received);
                    repo.insert(ReviewBuilder.copy(withPanel(r, received, true, ClockKind.NATIONAL_PANEL.dueOn(received), sent,
                            ReviewStatus.CLOSED), b -> b.lcsprDecision = new LcsprDecision(sent.plusDays(7), List.of(
                                    new CriterionAnswer(LcsprCriterion.IMPROVEMENTS, false, "Learning already known and being acted on")),
                            ReviewOutcome.NO_FURTHER_REVIEW)));
                }
            }
        }
    }

    private static CaseReview referral(String title, String reference, LocalDate received, String by, String agencies) {
        return CaseReview.draft(ReviewKind.RAPID_REVIEW, title, reference, received, by, agencies);
    }

    private static CaseReview withPanel(CaseReview r, LocalDate received, boolean rapid, LocalDate notified, LocalDate sent,
                                        ReviewStatus status) {
        return ReviewBuilder.copy(r, b -> {
            b.panelDecision = new PanelDecision(WorkingDayCalendar.workingDaysAfter(received, 1), rapid,
                    "Serious harm; abuse or neglect suspected");
            b.panelNotifiedOn = notified;
            b.reportSentOn = sent;
            b.status = status;
        });
    }
}
