package org.hubdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hubdesk export NAME ...}: documents for people outside Hubdesk. A stand-in until the
 * reports branch's ExportCommand lands: the meetings subcommands live in their own files
 * (ExportIcsCommand, ExportPackCommand), so merging is one line in {@code subcommands}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write documents (invitations, packs, reports) to files.",
        subcommands = {ExportIcsCommand.class, ExportPackCommand.class})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
