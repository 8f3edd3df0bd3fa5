package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.domain.plan.RichText;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Delivery plans from the command line: list, print in Appendix 2's order, keep and compare versions. */
@Command(name = "delivery-plan", mixinStandardHelpOptions = true,
        description = "Delivery plans (Appendix 2 of the Learning Hub terms of reference).",
        subcommands = {DeliveryPlanCommand.ListPlans.class, DeliveryPlanCommand.Show.class, DeliveryPlanCommand.Versions.class, DeliveryPlanCommand.Snapshot.class,
            DeliveryPlanCommand.Compare.class})
final class DeliveryPlanCommand extends FeatureCommand {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the delivery plans, most recently changed first.")
    static final class ListPlans extends Action<DeliveryPlanCommand> {
        @Override
        void run(Services services, PrintWriter out) {
            for (PlanSummary s : services.plans().plans()) {
                out.printf("%d\t%s\t%s%n", s.id(), s.updatedAt().toLocalDate(), s.priorityTitle());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a plan (or one of its versions) section by section.")
    static final class Show extends Action<DeliveryPlanCommand> {
        @Parameters(paramLabel = "PLAN", description = "The plan's number (from 'delivery-plan list')")
        long planId;

        @Option(names = "--version", paramLabel = "VERSION", description = "A version's number (from 'delivery-plan versions') instead of the plan now")
        Long versionId;

        @Override
        void run(Services services, PrintWriter out) {
            DeliveryPlan p;
            if (versionId != null) {
                PlanVersion v = services.plans().openVersion(versionId);
                if (v.planId() != planId) {
                    throw new UserInputException("Version " + versionId + " belongs to plan " + v.planId() + ", not " + planId);
                }
                out.printf("Version '%s' kept %s (read-only)%n%n", v.name(), v.takenAt().withNano(0));
                p = v.plan();
            } else {
                p = services.plans().load(planId);
            }
            print(p, services.plans().today(), out);
        }
    }

    static void print(DeliveryPlan p, java.time.LocalDate today, PrintWriter out) {
        for (DeliveryPlanSection s : DeliveryPlanSection.values()) {
            switch (s.kind()) {
                case PRIORITY -> out.printf("Priority - %s%n", p.priorityTitle());
                case TEXT -> {
                    out.printf("%n%s%n", s.title());
                    RichText.parse(p.text(s)).lines().forEach(l -> out.println("  " + l));
                }
                case NUMBERED -> {
                    out.printf("%n%s%n", s.title());
                    List<String> measures = p.successMeasures();
                    for (int i = 0; i < measures.size(); i++) {
                        out.printf("  %d. %s%n", i + 1, measures.get(i));
                    }
                }
                case EVIDENCE -> {
                    out.printf("%n%s%n", s.title());
                    for (EvidenceEntry e : p.evidenceIn(s)) {
                        List<String> lines = e.richText().lines();
                        out.println("  - " + String.join("\n    ", lines));
                        out.println("    (" + e.source().label() + (e.agencyId() == null ? "" : "; " + p.names().agency(e.agencyId()))
                                + (e.datedOn() == null ? "" : "; " + e.datedOn()) + (e.fileLink() == null ? "" : "; file " + e.fileLink()) + ")");
                    }
                    if (s == DeliveryPlanSection.VISITS_AND_OBSERVATIONS) {
                        for (PracticeDownload d : p.downloads()) {
                            out.println("  Practice download: " + d.observed() + (d.observedOn() == null ? "" : " (" + d.observedOn() + ")"));
                            for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
                                if (!d.answer(q).isEmpty()) {
                                    out.println("    " + q.words() + " " + d.answer(q));
                                }
                            }
                        }
                    }
                }
                case ACTIONS -> {
                    out.printf("%n%s%n", String.join("\t", DeliveryPlanSection.ACTION_PLAN_HEADINGS) + "\tStatus");
                    for (ActionItem a : p.actions()) {
                        out.printf("  %s\t%s\t%s\t%s%n", a.description(), p.leadLabel(a) == null ? "" : p.leadLabel(a),
                                a.timescale() == null ? "" : a.timescale(), a.statusLabel(today));
                    }
                }
            }
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "List a plan's kept versions.")
    static final class Versions extends Action<DeliveryPlanCommand> {
        @Parameters(paramLabel = "PLAN")
        long planId;

        @Override
        void run(Services services, PrintWriter out) {
            services.plans().load(planId);
            for (PlanVersion.Summary v : services.plans().versions(planId)) {
                out.printf("%d\t%s\t%s%n", v.id(), v.takenAt().withNano(0), v.name());
            }
        }
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Keep the plan as it is now as a named, unchangeable version.")
    static final class Snapshot extends Action<DeliveryPlanCommand> {
        @Parameters(paramLabel = "PLAN")
        long planId;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "e.g. \"First phase knowledge\" (month 1) or \"Learning and change phase\" (month 4)")
        String name;

        @Override
        void run(Services services, PrintWriter out) {
            PlanVersion v = services.plans().snapshot(planId, name);
            out.printf("Kept version %d '%s' of plan %d%n", v.id(), v.name(), planId);
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Compare two versions, or a version with the plan now, section by section.")
    static final class Compare extends Action<DeliveryPlanCommand> {
        @Parameters(index = "0", paramLabel = "OLDER", description = "A version's number")
        long older;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NEWER", description = "Another version's number; default: the plan now")
        Long newer;

        @Override
        void run(Services services, PrintWriter out) {
            PlanComparison c = services.plans().compare(older, newer);
            out.printf("From '%s' to '%s': %d added, %d changed, %d removed%n", c.olderName(), c.newerName(),
                    c.count(PlanComparison.ChangeKind.ADDED), c.count(PlanComparison.ChangeKind.CHANGED),
                    c.count(PlanComparison.ChangeKind.REMOVED));
            for (PlanComparison.SectionChanges s : c.changedSections()) {
                out.printf("%n%s%n", s.section().title());
                for (PlanComparison.Change ch : s.changes()) {
                    switch (ch.kind()) {
                        case ADDED -> out.println("  + " + ch.after().replace("\n", "\n    "));
                        case REMOVED -> out.println("  - " + ch.before().replace("\n", "\n    "));
                        case CHANGED -> out.println("  ~ " + ch.before().replace("\n", "\n    ") + "\n    now: "
                                + ch.after().replace("\n", "\n    "));
                    }
                }
            }
        }
    }
}
