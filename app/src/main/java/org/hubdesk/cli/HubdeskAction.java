package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hubdesk.service.Services;

/**
 * A command that does one piece of work over the store: {@link #call()} {@link #check checks} its options, opens the
 * store named by the global options, {@link #run runs} the work with it and the command's output, and closes it
 * (exit code 0). Commands directly under {@code hubdesk} extend {@link RootAction}, a feature's subcommands
 * {@link FeatureCommand.Action}.
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
        check();
        try (Services services = openServices()) {
            run(services, out());
        }
        return 0;
    }

    /**
     * Checks the options and reads the typed ones (dates, kinds) before the store is opened, so that a mistake in
     * them is a one-line error that never opens it; nothing to check by default.
     */
    void check() {
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
