package org.hubdesk.service.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.RatingChange;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.report.Report;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.store.assurance.AssuranceRepository;

/**
 * The overview report of one Section 11 or Section 175 round for the Learning Hub (seed 002
 * section 9): a heat map of organisations × standards with each rating's move since the previous
 * round, the changes listed, who has not yet returned, the standards rated not or partly met with
 * their evidence and actions, and the challenge panel.
 */
public final class AuditOverviewReport implements Report {
    private final AuditKind kind;

    public AuditOverviewReport(AuditKind kind) {
        this.kind = kind;
    }

    @Override
    public String id() {
        return kind.code() + "-overview";
    }

    @Override
    public String title() {
        return kind.label() + " audit overview";
    }

    @Override
    public String description() {
        return "The Learning Hub's overview of a " + kind.label() + " round: heat map of " + kind.organisationWord()
                + " returns by standard, changes since the last round, returns outstanding and the challenge panel.";
    }

    @Override
    public Set<ReportScope.Kind> needs() {
        return Set.of(ReportScope.Kind.YEAR);
    }

    @Override
    public Document build(ReportInput input) {
        Integer year = input.scope().year();
        AuditRound round = AssuranceService.roundFor(input.ctx(), kind, year).orElseThrow(() -> new UserInputException(
                "There is no " + kind.label() + " round" + (year == null ? "" : " in or before " + year)
                        + "; see 'hubdesk audit list'"));
        AuditOverview o = AssuranceService.overview(input.ctx(), round.id());
        ChallengePanel panel = new AssuranceRepository(input.ctx()).panel(round.id()).orElse(null);
        String who = kind.organisationWord();
        String whoPlural = who.equals("agency") ? "agencies" : who + "s";
        String Who = Character.toUpperCase(whoPlural.charAt(0)) + whoPlural.substring(1);

        DocumentBuilder doc = input.document(title(), round.title()).landscape();
        doc.labelValues(lv -> lv.add("Round", round.title() + " (" + round.startYear() + ")")
                .add("Compared with", o.previousRound() == null ? "No earlier round" : o.previousRound().title())
                .add("Returns", o.returnedRows().size() + " of " + o.rows().size() + " " + whoPlural + " returned")
                .add("Returns due", round.returnsDueOn())
                .add("Rating scale", "4 fully met, 3 mostly met, 2 partly met, 1 not met"));
        doc.paragraph("The partnership undertakes a cycle of audits every two years; " + whoPlural + " self-assess against the "
                + kind.standards().size() + " standards below, providing evidence to support their assessment. This overview is "
                + "prepared for the Safeguarding, Review and Learning Hub.");

        doc.heading1("Heat map");
        if (o.returnedRows().isEmpty()) {
            doc.paragraph("No returns have come back yet.");
        } else {
            doc.table(t -> {
                t.column(Character.toUpperCase(who.charAt(0)) + who.substring(1), kind.standards().size() > 8 ? 4.2 : 3.6);
                for (int n = 1; n <= kind.standards().size(); n++) {
                    t.column(Integer.toString(n), 1);
                }
                for (AuditOverview.Row row : o.returnedRows()) {
                    List<Block.Cell> cells = new ArrayList<>();
                    cells.add(Block.Cell.of(row.organisation()));
                    for (AuditOverview.Cell c : row.cells()) {
                        cells.add(c.rating() == null ? Block.Cell.shaded("", "EEEEEE") : Block.Cell.shaded(c.text(), c.rating().hex()));
                    }
                    t.row(cells);
                }
                List<Block.Cell> avg = new ArrayList<>();
                avg.add(new Block.Cell(List.of(Run.bold("Average"))));
                for (int n = 1; n <= kind.standards().size(); n++) {
                    double a = o.average(n);
                    avg.add(Block.Cell.of(Double.isNaN(a) ? "" : String.format(Locale.UK, "%.1f", a)));
                }
                t.row(avg);
                t.caption("Each cell: this round's self-rating, and in brackets its move since " + (o.previousRound() == null
                        ? "the last round (none recorded)" : o.previousRound().title()) + ". Colours: green 4 fully met, light green 3 mostly "
                        + "met, amber 2 partly met, red 1 not met, grey not rated.");
            });
        }
        doc.table(t -> {
            t.column("No.", 0.6).column("Standard", 6).column("Average", 1.2).column("Rated 1 or 2", 1.4);
            for (int n = 1; n <= kind.standards().size(); n++) {
                int num = n;
                double a = o.average(n);
                long low = o.returnedRows().stream().map(r -> r.cells().get(num - 1).rating())
                        .filter(r -> r != null && r.score() <= 2).count();
                t.row(Integer.toString(n), kind.standard(n), Double.isNaN(a) ? "" : String.format(Locale.UK, "%.1f", a), Long.toString(low));
            }
        });
        doc.table(t -> {
            t.column("Rating", 1).column("Meaning", 3);
            for (SelfRating s : SelfRating.values()) {
                t.row(List.of(Block.Cell.shaded(Integer.toString(s.score()), s.hex()), Block.Cell.of(s.label())));
            }
            t.caption("The rating scale");
        });

        doc.heading1("Changes since the last round");
        if (o.previousRound() == null) {
            doc.paragraph("This is the first " + kind.label() + " round recorded, so there is nothing to compare with.");
        } else {
            List<AuditOverview.Change> changes = o.changes();
            doc.paragraph(o.count(RatingChange.IMPROVED) + " ratings improved, " + o.count(RatingChange.DECLINED) + " declined and "
                    + o.count(RatingChange.SAME) + " stayed the same since " + o.previousRound().title() + ".");
            if (!changes.isEmpty()) {
                doc.table(t -> {
                    t.column(Character.toUpperCase(who.charAt(0)) + who.substring(1), 3).column("Standard", 4).column("Last round", 1.3)
                            .column("This round", 1.3).column("Change", 1.2);
                    for (AuditOverview.Change c : changes) {
                        t.row(List.of(Block.Cell.of(c.organisation()), Block.Cell.of(c.standardNumber() + ". " + c.standard()),
                                Block.Cell.shaded(c.previous().toString(), c.previous().hex()), Block.Cell.shaded(c.now().toString(), c.now().hex()),
                                c.change() == RatingChange.DECLINED ? new Block.Cell(List.of(Run.bold(c.change().label())))
                                        : Block.Cell.of(c.change().label())));
                    }
                });
            }
        }

        doc.heading1(Who + " not yet returned");
        List<String> missing = o.notYetReturned();
        if (missing.isEmpty()) {
            doc.paragraph("Every " + who + " asked has returned its self-assessment.");
        } else {
            doc.warning(missing.size() + " of " + o.rows().size() + " " + whoPlural + " have not yet returned their self-assessment"
                    + (round.returnsDueOn() == null ? "." : " (due " + round.returnsDueOn() + ")."));
            doc.bullets(missing);
        }

        doc.heading1("Standards rated not met or partly met");
        boolean any = false;
        for (AuditOverview.Row row : o.returnedRows()) {
            List<StandardRating> low = row.assessment().ratings().stream().filter(r -> r.rating() != null && r.rating().score() <= 2).toList();
            if (low.isEmpty()) {
                continue;
            }
            any = true;
            doc.heading2(row.organisation());
            doc.table(t -> {
                t.column("Standard", 3).column("Rating", 1.2).column("Evidence", 4).column("Actions", 4);
                for (StandardRating r : low) {
                    t.row(List.of(Block.Cell.of(r.standardNumber() + ". " + kind.standard(r.standardNumber())),
                            Block.Cell.shaded(r.rating().toString(), r.rating().hex()),
                            Block.Cell.of(r.evidence() + (r.evidenceLink() == null ? "" : " (" + r.evidenceLink() + ")")),
                            Block.Cell.of(r.actions() == null ? "No action given" : r.actions())));
                }
            });
        }
        if (!any) {
            doc.paragraph("No standard was rated not met or partly met.");
        }

        doc.heading1("Challenge panel");
        doc.paragraph("Three agencies and three schools are invited to a peer review \"challenge panel\" made of members of the Hub "
                + "and a representative from the Young People's Safeguarding Forum.");
        if (panel == null) {
            doc.toBeWritten("The challenge panel has not been arranged yet.");
        } else {
            doc.labelValues(lv -> lv.add("Date", panel.heldOn() == null ? "Not yet set" : panel.heldOn().toString())
                    .add("Agencies invited", String.join("; ", panel.agenciesInvited()))
                    .add("Schools invited", String.join("; ", panel.schoolsInvited()))
                    .add("Panel members from the Hub", String.join("; ", panel.panelMembers()))
                    .add("Young People's Safeguarding Forum representative", panel.youngPeopleRepresentative()));
            panel.warnings().forEach(doc::warning);
            doc.heading2("Findings");
            if (panel.findings() == null) {
                doc.toBeWritten("The panel's findings are still to be written.");
            } else {
                panel.findings().lines().filter(l -> !l.isBlank()).forEach(doc::paragraph);
            }
        }
        return doc.build();
    }
}
