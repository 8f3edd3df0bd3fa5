package org.hubdesk.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A feature's group of commands under {@code hubdesk} (group, learning, review, meeting, audit,
 * delivery-plan, planner, export): without a subcommand it prints its usage. Its subcommands extend {@link Action}.
 */
abstract class FeatureCommand extends RootAction {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /**
     * One subcommand of a feature command: {@code parent} is the feature command (picocli injects it),
     * through which it opens the store and prints.
     */
    abstract static class Action<P extends FeatureCommand> extends HubdeskAction {
        @ParentCommand
        P parent;

        @Override
        HubdeskCommand root() {
            return parent.root();
        }
    }
}
