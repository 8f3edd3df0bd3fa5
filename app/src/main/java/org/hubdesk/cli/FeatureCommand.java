package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hubdesk.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A feature's group of commands under {@code hubdesk} (group, learning, review, meeting, audit,
 * delivery-plan): without a subcommand it prints its usage. Its subcommands extend {@link Action}.
 */
abstract class FeatureCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Where a command prints its result. */
    PrintWriter out() {
        return root.spec.commandLine().getOut();
    }

    /** The store named by the global options; close it when done (try-with-resources). */
    Services openServices() {
        return root.openServices();
    }

    /**
     * One subcommand of a feature command: {@code parent} is the feature command (picocli injects it),
     * through which it opens the store and prints.
     */
    abstract static class Action<P extends FeatureCommand> implements Callable<Integer> {
        @ParentCommand
        P parent;

        PrintWriter out() {
            return parent.out();
        }

        Services openServices() {
            return parent.openServices();
        }
    }
}
