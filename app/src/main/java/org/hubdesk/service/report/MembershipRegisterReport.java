package org.hubdesk.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import org.hubdesk.domain.meetings.AttendanceReport;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.store.members.MembersRepository;

/**
 * A group's membership register laid out as seed 003 Appendix 2: core membership then ad hoc
 * membership, each by agency, representative (job title), name and joint membership, with the
 * chair, deputies and the quoracy warning, and each member's attendance over the last 12 months.
 */
final class MembershipRegisterReport extends CatalogueReport {
    MembershipRegisterReport() {
        super("register", "Membership register",
                "A group's core and ad hoc members by agency, with joint memberships, deputies and whether the group can be quorate.", ReportScope.Kind.GROUP);
    }

    @Override
    public Document build(ReportInput input) {
        Group group = input.requireGroup();
        MembersRepository members = new MembersRepository(input.ctx());
        List<RegisterEntry> entries = members.register(group.id());
        List<RegisterEntry> current = entries.stream().filter(e -> e.isCurrentOn(input.today())).toList();
        List<AgencyKind> uncovered = group.quorumRule().uncoveredPartners(entries);
        String reportsTo = group.reportsToGroupId() == null ? null
                : members.groupTable().find(group.reportsToGroupId()).map(Group::name).orElse(null);

        DocumentBuilder doc = input.document(group.name() + " membership", "Membership register at " + input.today());
        doc.labelValues(lv -> lv
                .add("Group", group.name() + " (" + group.kind().label() + ")")
                .add("Purpose", group.purpose())
                .add("Chair", names(current, MemberRole.CHAIR))
                .add("Deputy chair", names(current, MemberRole.DEPUTY_CHAIR))
                .add("Meets", group.meetingFrequency() == null ? null : group.meetingFrequency()
                        + (group.usualLengthMinutes() == null ? "" : ", usually " + group.usualLengthMinutes() + " minutes"))
                .add("Reports to", reportsTo)
                .add("Quorum", group.quorumRule().description())
                .add("Terms of reference review", group.termsReviewDate()));
        if (!uncovered.isEmpty()) {
            doc.warning("this group can never be quorate: no current core member from "
                    + String.join(", ", uncovered.stream().map(k -> k.label().toLowerCase(Locale.ROOT)).toList())
                    + ". Ask the agency to nominate a core member (and a deputy) before the next meeting.");
        }

        List<RegisterEntry> core = current.stream().filter(RegisterEntry::core).toList();
        List<RegisterEntry> adHoc = current.stream().filter(e -> !e.core()).toList();
        doc.heading1("Core membership");
        if (core.isEmpty()) {
            doc.paragraph("The group has no current core members.");
        } else {
            doc.paragraph("Core members attend every meeting; each is responsible for sending their deputy when they cannot."
                    + " Joint members share one seat and agree between them who attends.");
            doc.table(t -> {
                t.column("Agency", 2.2).column("Representatives", 2.8).column("Name", 1.8)
                        .column("Joint membership?", 1.4).column("Deputy", 1.7);
                for (RegisterEntry e : core) {
                    t.row(List.of(Block.Cell.of(e.agencyName()), representative(e), Block.Cell.of(e.personName()),
                            Block.Cell.of(e.joint() || isJointPartner(e, core) ? "Yes" : ""),
                            Block.Cell.of(e.deputyName() == null ? "" : e.deputyName())));
                }
                t.caption(core.size() + " core member" + (core.size() == 1 ? "" : "s") + " from "
                        + core.stream().map(RegisterEntry::agencyName).distinct().count() + " agencies.");
            });
        }
        doc.heading1("Ad hoc membership");
        if (adHoc.isEmpty()) {
            doc.paragraph("The group has no ad hoc members at present.");
        } else {
            doc.paragraph("Ad hoc members are invited when their specialist knowledge helps the discussion.");
            doc.table(t -> {
                t.column("Agency", 2.2).column("Representatives", 3.2).column("Name", 2.2);
                for (RegisterEntry e : adHoc) {
                    t.row(List.of(Block.Cell.of(e.agencyName()), representative(e), Block.Cell.of(e.personName())));
                }
            });
        }
        List<RegisterEntry> past = entries.stream().filter(e -> e.endsOn() != null && !e.endsOn().isAfter(input.today())
                && e.endsOn().isAfter(input.today().minusYears(1))).toList();
        if (!past.isEmpty()) {
            doc.heading2("Members who left in the last 12 months");
            doc.table(t -> {
                t.column("Name", 2).column("Agency", 2.4).column("Representatives", 3).column("From", 1.4).column("Until", 1.4);
                for (RegisterEntry e : past) {
                    t.row(e.personName(), e.agencyName(), e.jobTitle() == null ? "" : e.jobTitle(),
                            e.startsOn() == null ? "" : e.startsOn().toString(), e.endsOn().toString());
                }
            });
        }
        attendance(doc, group, input);
        return doc.build();
    }

    /** Seed 004 Appendix A §3: the chair monitors attendance and reports by exception. */
    private static void attendance(DocumentBuilder doc, Group group, ReportInput input) {
        LocalDate from = input.today().minusYears(1);
        AttendanceReport.Result record = org.hubdesk.service.meetings.MeetingService.attendanceRecord(input.ctx(), group.id(),
                from, input.today());
        doc.heading2("Attendance in the last 12 months");
        if (record.meetings() == 0) {
            doc.paragraph("No meetings of the group were held between " + from + " and " + input.today() + ".");
            return;
        }
        doc.paragraph(record.meetings() + (record.meetings() == 1 ? " meeting was" : " meetings were") + " held between "
                + from + " and " + input.today() + ". Attendance counts a member present in person or by their deputy;"
                + " members below 75% are marked for reporting by exception.");
        doc.table(t -> {
            t.column("Name", 2.0).column("Agency", 2.4).column("Meetings", 1.25).column("Present", 1.1).column("By deputy", 1.1)
                    .column("Apologies", 1.3).column("Absent", 1.0).column("Attended", 1.5);
            for (AttendanceReport.MemberTally m : record.members()) {
                t.row(m.name(), m.agencyName(), String.valueOf(m.meetings()), String.valueOf(m.present()),
                        String.valueOf(m.deputy()), String.valueOf(m.apologies()), String.valueOf(m.absent()),
                        m.percent() + "%" + (m.percent() < 75 ? " (below 75%)" : ""));
            }
        });
    }

    private static Block.Cell representative(RegisterEntry e) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain(e.jobTitle() == null ? "" : e.jobTitle()));
        if (e.role() != MemberRole.MEMBER) {
            runs.add(Run.bold(" (" + e.role().label().toLowerCase(Locale.ROOT) + ")"));
        }
        return new Block.Cell(runs);
    }

    /** A joint membership is recorded on one of the pair; the register marks both. */
    private static boolean isJointPartner(RegisterEntry e, List<RegisterEntry> others) {
        return others.stream().anyMatch(o -> o.jointWithPersonId() != null && o.jointWithPersonId() == e.personId());
    }

    private static String names(List<RegisterEntry> current, MemberRole role) {
        List<String> names = current.stream().filter(e -> e.role() == role)
                .map(e -> e.personName() + ", " + e.agencyName()).toList();
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
