package org.hubdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hubdesk export NAME ...}. Each export is a subcommand; a feature adds its own with one
 * line in {@code subcommands}. (Minimal version from the hub branch: when the reports branch's
 * export command lands, keep that one and add {@link ExportTimelineCommand} to its list.)
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a report or picture.",
        subcommands = {ExportTimelineCommand.class})
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
