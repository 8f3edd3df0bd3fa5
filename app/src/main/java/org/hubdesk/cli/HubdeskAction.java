package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hubdesk.service.Services;

/**
 * A command that does one piece of work over the store: by default {@link #call()} opens the store named by
 * the global options, {@link #run runs} the work with it and the command's output, and closes it (exit code 0).
 * A command that checks or parses its options before the store is opened (so a mistake never opens it) does so in
 * its own {@code call()}, then does the work through {@link #withServices}. Commands directly under {@code hubdesk} extend {@link RootAction}, a feature's
 * subcommands {@link FeatureCommand.Action}.
 */
abstract class HubdeskAction implements Callable<Integer> {
    /** The {@code hubdesk} command, which holds the global options and the output. */
    abstract HubdeskCommand root();

    /** Where a command prints its result. */
    PrintWriter out() {
        return root().spec.commandLine().getOut();
    }

    /** Where a command says that there was nothing to show, or warns. */
    PrintWriter err() {
        return root().spec.commandLine().getErr();
    }

    /** The store named by the global options; close it when done (try-with-resources). */
    Services openServices() {
        return root().openServices();
    }

    @Override
    public Integer call() {
        return withServices(this::run);
    }

    /** Opens the store, does the work with it and the output, closes it; the exit code is 0. */
    Integer withServices(BiConsumer<Services, PrintWriter> work) {
        try (Services services = openServices()) {
            work.accept(services, out());
        }
        return 0;
    }

    /**
     * A list's lines, one per item, on {@code out}; for an empty list, {@code none} on stderr instead, so a script
     * reading stdout gets nothing (the exit code stays 0).
     */
    <T> void printEach(PrintWriter out, List<T> items, Function<T, String> line, Supplier<String> none) {
        items.forEach(item -> out.println(line.apply(item)));
        if (items.isEmpty()) {
            err().println(none.get());
        }
    }

    /** The command's work over the open store; {@code out} is where it prints. */
    void run(Services services, PrintWriter out) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does its work in call()");
    }
}
