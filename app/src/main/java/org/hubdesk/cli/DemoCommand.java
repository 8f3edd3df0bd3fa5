package org.hubdesk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hubdesk.service.Services;
import org.hubdesk.service.demo.DemoFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the fictional demo partnership in an empty data folder.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @Option(names = "--years", paramLabel = "N", defaultValue = "0",
            description = "Add a synthetic history of N years (for benchmarks); default ${DEFAULT-VALUE}")
    int years;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            DemoFacts facts = services.demo().createDemo(years, LocalDate.now());
            root.spec.commandLine().getOut().printf("Created the demo partnership in %s: %d groups, %d people%s%n",
                    services.teamDatabase() ? services.location() : services.dataDirectory(), facts.groupIdsByName().size(), facts.personIds().size(),
                    years > 0 ? ", " + years + " years of history" : "");
            if (years > 0) {
                services.demo().counts().forEach((what, n) -> root.spec.commandLine().getOut().printf("  %7d %s%n", n, what));
            }
        }
        return 0;
    }
}
