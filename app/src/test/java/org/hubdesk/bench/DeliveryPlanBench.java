package org.hubdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.LearningSource;
import org.hubdesk.domain.plan.PlanComparison;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.service.Services;
import org.hubdesk.service.plan.DeliveryPlanService;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.plan.DeliveryPlanViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * Not a unit test: times a large delivery plan (500 evidence entries, 200 actions) on a real H2
 * file: loading it, building the editor's model from it, one saved edit, find, a version and a
 * comparison. Appends the medians to docs/benchmarks.md when given that path.
 * <p>Run: {@code java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.DeliveryPlanBench docs/benchmarks.md}
 */
public final class DeliveryPlanBench {
    private static final int EVIDENCE = 500;
    private static final int ACTIONS = 200;
    private static final int RUNS = 15;

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("plan-bench");
        List<String> lines = new ArrayList<>();
        try (Services services = Services.open(dir, null)) {
            services.demo().createEmpty("Benchmark Partnership");
            Agency agency = services.members().addAgency(new Agency(0, "Bench Council", AgencyKind.LOCAL_AUTHORITY, true));
            Person lead = services.members().addPerson(new Person(0, "Bench Lead", "Manager", agency.id(), null, null));
            DeliveryPlanService plans = services.plans();
            DeliveryPlan plan = plans.createPlan("A large plan for the benchmark", null);
            List<DeliveryPlanSection> sections = DeliveryPlanSection.evidenceSections();
            long fill = System.nanoTime();
            for (int i = 0; i < EVIDENCE; i++) {
                plans.addEvidence(plan.id(), EvidenceEntry.draft(sections.get(i % sections.size()),
                        "Finding " + i + ": **practice** was *inconsistent* where agencies did not share information early.\n"
                                + "- first point of the finding\n- second point, with a little more detail than the first",
                        LearningSource.values()[i % LearningSource.values().length], agency.id(), LocalDate.of(2027, 1, 1).plusDays(i % 300), null));
            }
            for (int i = 0; i < ACTIONS; i++) {
                plans.addAction(plan.id(), ActionItem.draft("Action " + i + ": agree and publish the improvement", i % 2 == 0 ? lead.id() : null,
                        i % 2 == 0 ? null : "Business unit", Timescale.parse("2027-0" + (1 + i % 9))));
            }
            double fillMs = (System.nanoTime() - fill) / 1e6;
            long id = plan.id();
            plans.snapshot(id, PlanVersion.FIRST_PHASE_KNOWLEDGE);
            plans.setSectionText(id, DeliveryPlanSection.GUIDANCE, "Changed after the version");
            UiContext context = new UiContext(services, BackgroundTasks.sameThread(m -> { }), () -> null, Clock.systemDefaultZone());
            DeliveryPlan loaded = plans.load(id);

            lines.add(row("load the plan (service, one transaction)", time(() -> plans.load(id))));
            lines.add(row("build the editor's model from it", time(() -> {
                DeliveryPlanViewModel model = new DeliveryPlanViewModel(context);
                model.apply(loaded);
                return model;
            })));
            lines.add(row("load + build together", time(() -> {
                DeliveryPlanViewModel model = new DeliveryPlanViewModel(context);
                model.apply(plans.load(id));
                return model;
            })));
            int[] n = {0};
            lines.add(row("save one section text (committed, on disk)", time(() ->
                    plans.setSectionText(id, DeliveryPlanSection.CURRENT_DATA, "Figures revision " + n[0]++))));
            lines.add(row("find a word across the plan", time(() -> loaded.find("second point"))));
            long version = plans.versions(id).get(0).id();
            lines.add(row("open a version (decode the snapshot)", time(() -> plans.openVersion(version))));
            lines.add(row("compare that version with now", time(() -> plans.compare(version, null))));
            PlanComparison c = plans.compare(version, null);
            lines.add("| (filling the plan: " + EVIDENCE + " evidence entries + " + ACTIONS + " actions, one transaction each) | "
                    + String.format(Locale.ROOT, "%.0f ms total", fillMs) + " |");
            if (c.count(PlanComparison.ChangeKind.ADDED) + c.count(PlanComparison.ChangeKind.CHANGED) == 0) {
                throw new IllegalStateException("the comparison should have found the guidance change");
            }
        }
        String table = "\n## Delivery plans (" + LocalDateTime.now().withNano(0) + ", " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)\n\n"
                + "A plan with " + EVIDENCE + " evidence entries and " + ACTIONS + " actions on an H2 file; median of " + RUNS
                + " runs after " + 5 + " warm-up runs (`org.hubdesk.bench.DeliveryPlanBench`).\n\n"
                + "| operation | median |\n| --- | --- |\n" + String.join("\n", lines) + "\n";
        System.out.print(table);
        if (args.length > 0) {
            Path out = Path.of(args[0]);
            if (!Files.exists(out)) {
                Files.writeString(out, "# Benchmarks\n\nNumbers from the `bench` harnesses under app/src/test/java/org/hubdesk/bench/.\n");
            }
            Files.writeString(out, table, StandardOpenOption.APPEND);
        }
    }

    private static double time(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static String row(String what, double ms) {
        return "| " + what + " | " + String.format(Locale.ROOT, "%.1f ms", ms) + " |";
    }
}
