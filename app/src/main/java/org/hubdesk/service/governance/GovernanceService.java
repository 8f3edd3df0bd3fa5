package org.hubdesk.service.governance;

import java.time.Clock;
import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.governance.TermsOfReference;
import org.hubdesk.domain.governance.TermsReview;
import org.hubdesk.domain.members.Group;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.governance.GovernanceRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/** Each group's terms of reference and their reviews. One public method per user action. */
public final class GovernanceService extends DatedService {
    public static final int ACCOUNTABILITY_LIMIT = 1000;

    public GovernanceService(Database database, Clock clock) {
        super(database, clock);
    }

    public TermsOfReference termsOfReference(long groupId) {
        return database.transaction(ctx -> load(ctx, groupId));
    }

    /** The group named (case ignored), or a message naming the groups there are. */
    public Group groupNamed(String name) {
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            return repo.groupByName(name).orElseThrow(() -> new UserInputException("There is no group called '" + name
                    + "'; the groups are: " + String.join(", ", repo.groups().stream().map(Group::name).toList())));
        });
    }

    /**
     * Records a review of the terms held on {@code reviewedOn} (today if null), setting the date for
     * the next review ({@code next}, else a year on). A review in the future is refused.
     */
    public TermsReview recordReview(long groupId, LocalDate reviewedOn, LocalDate next, String note) {
        LocalDate on = reviewedOn == null ? today() : reviewedOn;
        if (on.isAfter(today())) {
            throw new UserInputException("The review date, " + on + ", is in the future; record a review once it is held");
        }
        TermsReview review = TermsReview.of(groupId, on, next, note);
        return database.transaction(ctx -> {
            requireGroup(ctx, groupId);
            return new GovernanceRepository(ctx).insertReview(review);
        });
    }

    /** Sets accountability in words (blank clears it, and the reports-to group is shown instead). */
    public void setAccountability(long groupId, String text) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && t.length() > ACCOUNTABILITY_LIMIT) {
            throw new UserInputException("Accountability is limited to " + ACCOUNTABILITY_LIMIT + " characters (this has " + t.length() + ")");
        }
        database.run(ctx -> {
            requireGroup(ctx, groupId);
            new GovernanceRepository(ctx).setAccountability(groupId, t);
        });
    }

    private static Group requireGroup(DSLContext ctx, long groupId) {
        return new MembersRepository(ctx).groupTable().find(groupId).orElseThrow(() -> new UserInputException("There is no group with id " + groupId));
    }

    static TermsOfReference load(DSLContext ctx, long groupId) {
        MembersRepository members = new MembersRepository(ctx);
        Group g = requireGroup(ctx, groupId);
        String reportsTo = g.reportsToGroupId() == null ? null : members.groupTable().find(g.reportsToGroupId()).map(Group::name).orElse(null);
        GovernanceRepository repo = new GovernanceRepository(ctx);
        return new TermsOfReference(g, reportsTo, repo.accountability(groupId).orElse(null), members.register(groupId), repo.reviews(groupId));
    }
}
