package org.hubdesk.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --from} and {@code --to}, the days a listing or an export of the planner covers; each command says what a
 * day left out means, so the dates are read here, as {@link Typed} dates, only once the command knows its defaults.
 */
final class DateRange {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    /** The first day: {@code otherwise} when --from was left out. */
    LocalDate first(LocalDate otherwise) {
        return Typed.date(from, otherwise);
    }

    /** The last day: {@code otherwise} when --to was left out. */
    LocalDate last(LocalDate otherwise) {
        return Typed.date(to, otherwise);
    }
}
