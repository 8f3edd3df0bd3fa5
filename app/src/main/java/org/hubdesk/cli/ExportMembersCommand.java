package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hubdesk.domain.members.Group;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-members", mixinStandardHelpOptions = true,
        description = "Export a group's membership register (current and ended lines, core then ad hoc) to .xlsx;"
                + " the file can be edited and imported back with import-members.")
final class ExportMembersCommand extends RootAction {
    @Option(names = "--group", required = true, paramLabel = "NAME", description = "The group whose register to export")
    String groupName;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the register")
    Path out;

    @Override
    void run(Services services, PrintWriter printed) {
        Group group = services.members().groupNamed(groupName);
        services.registerImport().exportRegister(group.id(), out);
        int lines = services.members().register(group.id()).entries().size();
        printed.println("Exported " + lines + " register lines of " + group.name() + " to "
                + out.toAbsolutePath());
    }
}
