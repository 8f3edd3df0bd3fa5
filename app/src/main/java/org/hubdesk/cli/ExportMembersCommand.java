package org.hubdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubdesk.domain.members.Group;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export-members", mixinStandardHelpOptions = true,
        description = "Export a group's membership register (current and ended lines, core then ad hoc) to .xlsx;"
                + " the file can be edited and imported back with import-members.")
final class ExportMembersCommand implements Callable<Integer> {
    @ParentCommand
    HubdeskCommand root;

    @Option(names = "--group", required = true, paramLabel = "NAME", description = "The group whose register to export")
    String groupName;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the register")
    Path out;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            Group group = services.members().groupNamed(groupName);
            services.registerImport().exportRegister(group.id(), out);
            int lines = services.members().register(group.id()).entries().size();
            root.spec.commandLine().getOut().println("Exported " + lines + " register lines of " + group.name() + " to "
                    + out.toAbsolutePath());
        }
        return 0;
    }
}
