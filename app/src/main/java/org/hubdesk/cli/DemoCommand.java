package org.hubdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.hubdesk.service.Services;
import org.hubdesk.service.demo.DemoFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the fictional demo partnership in an empty data folder.")
final class DemoCommand extends RootAction {
    @Option(names = "--years", paramLabel = "N", defaultValue = "0",
            description = "Add a synthetic history of N years (for benchmarks); default ${DEFAULT-VALUE}")
    int years;

    @Override
    void run(Services services, PrintWriter out) {
        DemoFacts facts = services.demo().createDemo(years, LocalDate.now());
        out.printf("Created the demo partnership in %s: %d groups, %d people%s%n",
                services.teamDatabase() ? services.location() : services.dataDirectory(), facts.groupIdsByName().size(), facts.personIds().size(),
                years > 0 ? ", " + years + " years of history" : "");
        if (years > 0) {
            services.demo().counts().forEach((what, n) -> out.printf("  %7d %s%n", n, what));
        }
    }
}
