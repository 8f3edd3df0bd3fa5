package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.assurance.AssessmentImport;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.service.Services;
import org.hubdesk.service.assurance.AssessmentImportPreview;
import org.hubdesk.service.assurance.AssuranceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Section 11, Section 175 and VCS self-assessment audits, and the audit calendar, from the command line. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Section 11 / Section 175 / VCS self-assessment audit rounds, returned templates and the audit calendar.",
        subcommands = {AuditCommand.ListRounds.class, AuditCommand.Show.class, AuditCommand.New.class, AuditCommand.Template.class,
            AuditCommand.Import.class, AuditCommand.Calendar.class})
final class AuditCommand extends FeatureCommand {
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every audit round, latest first: returns received, the round compared with, the challenge panel.")
    static final class ListRounds extends Action<AuditCommand> {
        @Override
        void run(Services services, PrintWriter out) {
            List<AssuranceService.RoundSummary> rounds = services.assurance().summaries();
            if (rounds.isEmpty()) {
                out.println("No audit rounds yet: start one with 'hubdesk audit new --kind section-11 --year YYYY'");
                return;
            }
            out.printf("%-4s %-12s %-5s %-9s %-44s %s%n", "id", "audit", "year", "returned", "title", "compared with / challenge panel");
            for (AssuranceService.RoundSummary s : rounds) {
                AuditRound r = s.round();
                ChallengePanel p = s.panel();
                out.printf("%-4d %-12s %-5d %-9s %-44s %s%s%n", r.id(), r.kind().code(), r.startYear(), s.returned() + " of " + s.asked(),
                        r.title(), s.previous() == null ? "first round" : "round " + s.previous().id() + " (" + s.previous().startYear() + ")",
                        p == null ? "" : "; panel " + (p.heldOn() == null ? "not dated" : p.heldOn().toString()));
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One round's heat map as text: each return's rating per standard with its move since the last round.")
    static final class Show extends Action<AuditCommand> {
        @Parameters(index = "0", paramLabel = "ID", description = "The round (see 'hubdesk audit list')")
        long id;

        @Override
        void run(Services services, PrintWriter out) {
            AuditOverview o = services.assurance().overview(id);
            AuditKind kind = o.round().kind();
            out.println(o.round().title() + (o.previousRound() == null ? " (first round)" : ", compared with " + o.previousRound().title()));
            for (int n = 1; n <= kind.standards().size(); n++) {
                out.printf("  %2d %s%n", n, kind.standard(n));
            }
            StringBuilder head = new StringBuilder(String.format("%-42s", kind.organisationWord()));
            for (int n = 1; n <= kind.standards().size(); n++) {
                head.append(String.format(" %-7s", n));
            }
            out.println(head);
            for (AuditOverview.Row row : o.rows()) {
                StringBuilder b = new StringBuilder(String.format("%-42s", row.organisation()));
                if (!row.returned()) {
                    b.append(" not yet returned");
                } else {
                    row.cells().forEach(c -> b.append(String.format(" %-7s", c.text().isEmpty() ? "-" : c.text())));
                }
                out.println(b.toString().stripTrailing());
            }
            out.println(o.changes().size() + " ratings changed since the last round; " + o.notYetReturned().size() + " not yet returned");
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Start an audit round and name who is asked for a return.")
    static final class New extends Action<AuditCommand> {
        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "section-11, section-175 or vcs")
        String kind;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year the round starts in")
        int year;

        @Option(names = "--title", paramLabel = "TEXT", description = "Default: \"Section 11 audit YYYY\"")
        String title;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "When returns are due")
        String due;

        @Option(names = "--ask", paramLabel = "NAMES", description = "Agencies or schools asked for a return, separated by ';'")
        String ask;

        private AuditKind audit;

        @Override
        void check() {
            audit = AuditKind.parse(kind);
        }

        @Override
        void run(Services services, PrintWriter out) {
            List<String> names = ChallengePanel.split(ask);
            AuditRound r = services.assurance().startRound(audit, year, title, Typed.date(due, null), names);
            out.printf("Round %d: %s (%d standards), %d asked for a return%n", r.id(), r.title(), audit.standards().size(), names.size());
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Write the .xlsx self-assessment template of a round for one agency or school (one row per standard).")
    static final class Template extends Action<AuditCommand> {
        @Option(names = "--round", required = true, paramLabel = "N", description = "The round (see 'hubdesk audit list')")
        long round;

        @Option(names = "--organisation", paramLabel = "NAME", description = "The agency or school it is for")
        String organisation;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to save it")
        Path out;

        @Override
        void run(Services services, PrintWriter printed) {
            Path file = services.assurance().exportTemplate(round, organisation, out);
            printed.println("Saved the self-assessment template to " + file);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import an agency's or school's returned self-assessment (.xlsx template from 'audit template').",
                "Shows every standard's row first; writes nothing if any row has an error."})
    static final class Import extends Action<AuditCommand> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The returned template, .xlsx")
        Path file;

        @Option(names = "--round", paramLabel = "N", description = "The round; default: the one the file names")
        Long round;

        @Mixin
        DryRun dryRun;

        @Override
        void run(Services services, PrintWriter out) {
            AssessmentImportPreview preview = services.assurance().previewImport(file, round);
            if (preview.round() != null) {
                out.println("Preview of " + file + " for " + preview.round().title() + ": "
                        + (preview.organisation() == null ? "(no agency or school named)" : preview.organisation())
                        + ", returned " + preview.returnedOn() + (preview.replaces() ? " (replaces its earlier return)" : ""));
            }
            for (AssessmentImport.Row row : preview.rows()) {
                out.printf("Row %-3d %-3s %-58s %-14s %s%s%n", row.rowNumber(), row.standardNumber() == null ? "?" : row.standardNumber(),
                        abbreviate(row.standard(), 58), row.rating() == null ? "(not rated)" : row.rating().toString(),
                        abbreviate(row.evidence(), 40), row.hasErrors() ? "   <-- ERROR: " + String.join("; ", row.errors()) : "");
            }
            preview.fileErrors().forEach(e -> out.println("ERROR: " + e));
            DryRun.refuseErrors(out, preview);
            if (dryRun.stops(out, preview.summary())) {
                return;
            }
            services.assurance().importConfirmed(preview);
            out.println("Imported " + preview.rows().size() + " standards from " + preview.organisation() + " into " + preview.round().title());
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true,
            description = "The multi-agency audit and observation calendar of a partnership year, with the hub cycles' audit months.")
    static final class Calendar extends Action<AuditCommand> {
        @Option(names = "--year", paramLabel = "YYYY", description = "The year the partnership year starts in; default: this year")
        Integer year;

        @Override
        void run(Services services, PrintWriter out) {
            PartnershipYear y = services.auditCalendar().year(year, services.assurance().today());
            List<CalendarEntry> entries = services.auditCalendar().calendar(y);
            out.println("Audit and observation calendar " + y.labelWithSpan());
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
            for (CalendarEntry e : entries) {
                out.printf("%-9s %-36s %s%s%n", month.format(e.month()), e.kind().label(), e.theme(),
                        e.lead() == null ? "" : " (lead: " + e.lead() + ")" + (e.feedbackText().isEmpty() ? "" : "; " + e.feedbackText()));
            }
            if (entries.isEmpty()) {
                out.println("Nothing planned.");
            }
        }
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
