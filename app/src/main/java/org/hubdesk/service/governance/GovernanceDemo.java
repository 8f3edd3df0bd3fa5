package org.hubdesk.service.governance;

import org.hubdesk.domain.governance.TermsReview;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.store.governance.GovernanceRepository;
import org.jooq.DSLContext;

/**
 * The demo's governance: the Forum accountable to three boards as in seed 003, and last year's
 * reviews of the terms of reference (the groups' next review dates are set with the groups; the
 * Learning Hub's falls due this week, so Home shows it).
 */
public final class GovernanceDemo implements DemoContributor {
    static final String FORUM_ACCOUNTABILITY = "Accountable to the Partnership Board, the Safeguarding Adults Board and the "
            + "Community Safety Partnership; reports to them twice yearly on the impact of learning from practice.";

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        GovernanceRepository repo = new GovernanceRepository(ctx);
        Long forum = facts.groupIdsByName().get("Multi-Agency Learning Forum");
        if (forum != null) {
            repo.setAccountability(forum, FORUM_ACCOUNTABILITY);
        }
        Long hub = facts.groupIdsByName().get("Learning Hub");
        if (hub != null) {
            // Recorded as it was a year ago; the group keeps the date set with it (this week).
            java.time.LocalDate last = facts.today().plusDays(5).minusYears(1);
            java.time.LocalDate next = facts.today().plusDays(5);
            repo.insertReview(new TermsReview(0, hub, last, next, "Membership refreshed; Appendix 2 template unchanged"));
        }
    }
}
