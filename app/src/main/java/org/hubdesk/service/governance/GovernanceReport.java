package org.hubdesk.service.governance;

import java.util.List;
import java.util.Set;
import org.hubdesk.domain.members.Group;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.service.report.Report;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.store.governance.GovernanceRepository;
import org.hubdesk.store.members.MembersRepository;

/**
 * The partnership's governance arrangements (seed 000 Appendix 4, seed 003 Appendix 3): the chart
 * of groups and who reports to whom, each group's accountability, meetings and terms review, and
 * the Back to Practice model (seed 001).
 */
public final class GovernanceReport implements Report {
    @Override
    public String id() {
        return "governance";
    }

    @Override
    public String title() {
        return "Governance arrangements";
    }

    @Override
    public String description() {
        return "The governance chart of the partnership's groups, each group's accountability and terms review, and the Back to Practice model.";
    }

    @Override
    public Set<ReportScope.Kind> needs() {
        return Set.of();
    }

    @Override
    public Document build(ReportInput input) {
        MembersRepository members = new MembersRepository(input.ctx());
        GovernanceRepository governance = new GovernanceRepository(input.ctx());
        List<Group> groups = members.groups();
        DocumentBuilder doc = input.document("Governance arrangements",
                input.partnershipName() + ": groups, accountability and the Back to Practice model");
        doc.heading1("1. Governance chart");
        doc.paragraph("Each group is drawn under the group it reports to, as recorded in its terms of reference.");
        GovernanceSection.chart(doc, groups, input.today());

        doc.heading1("2. Accountability and review of terms of reference");
        if (groups.isEmpty()) {
            doc.paragraph("No groups are recorded yet.");
        } else {
            doc.table(t -> {
                t.column("Group", 2.4).column("Accountability", 4).column("Meets", 1.6).column("Quorum", 2.6).column("Date for next review", 1.8);
                for (Group g : groups) {
                    String reportsTo = g.reportsToGroupId() == null ? null
                            : members.groupTable().find(g.reportsToGroupId()).map(Group::name).orElse(null);
                    String accountability = governance.accountability(g.id())
                            .orElse(reportsTo == null ? "Not recorded" : "Reports to the " + reportsTo);
                    String review = g.termsReviewDate() == null ? "Not set"
                            : g.termsReviewDate() + (g.termsReviewDate().isBefore(input.today()) ? " (overdue)" : "");
                    t.row(g.name(), accountability, g.meetingFrequency() == null ? "" : g.meetingFrequency(),
                            g.quorumRule().description(), review);
                }
                t.caption("Groups at " + input.today() + "; an overdue review says so in words.");
            });
        }

        doc.heading1("3. The Back to Practice model");
        GovernanceSection.backToPractice(doc);
        return doc.build();
    }
}
