package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.RegisterImportRow;
import org.hubdesk.service.Services;
import org.hubdesk.service.members.ImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-members", mixinStandardHelpOptions = true,
        description = {"Import a group's membership register from an .xlsx or .csv file laid out like the register in a",
            "terms of reference (Agency, Representatives, Name, Joint membership?; optional Membership, Role in group,",
            "E-mail, Phone, Deputy, Agency kind, From, To). Shows every line first; writes nothing if any line has an error."})
final class ImportMembersCommand extends RootAction {
    @Parameters(index = "0", paramLabel = "FILE", description = "The register, .xlsx or .csv")
    Path file;

    @Option(names = "--group", required = true, paramLabel = "NAME", description = "The group whose register this is")
    String groupName;

    @Mixin
    DryRun dryRun;

    @Override
    void run(Services services, PrintWriter out) {
        Group group = services.members().groupNamed(groupName);
        ImportPreview preview = services.registerImport().preview(file, group.id());
        if (!preview.rows().isEmpty()) {
            out.println("Preview of " + file + " for " + group.name() + ":");
        }
        for (RegisterImportRow row : preview.rows()) {
            out.println(describe(row));
        }
        DryRun.refuseErrors(out, preview);
        if (!preview.newAgencies().isEmpty()) {
            out.println("New agencies: " + String.join(", ", preview.newAgencies()));
        }
        if (dryRun.stops(out, preview.rows().size() + " members would be imported into " + group.name())) {
            return;
        }
        int imported = services.registerImport().importConfirmed(preview);
        out.println("Imported " + imported + " members into " + group.name());
    }

    static String describe(RegisterImportRow row) {
        StringBuilder b = new StringBuilder(String.format("Row %-4d %-6s %-12s ", row.rowNumber(), row.membershipKind(),
                row.role().label()));
        b.append(row.name() == null ? "(no name)" : row.name());
        given(b, ", ", row.jobTitle());
        b.append(" - ").append(row.agency() == null ? "(no agency)" : row.agency());
        if (row.newAgency()) {
            b.append(" [new agency: ").append(row.agencyKind().label().toLowerCase(java.util.Locale.ROOT)).append(']');
        }
        given(b, "; joint with ", row.jointWith());
        given(b, "; deputy ", row.deputy());
        given(b, "; from ", row.startsOn());
        given(b, " to ", row.endsOn());
        if (row.hasErrors()) {
            b.append("   <-- ERROR: ").append(String.join("; ", row.errors()));
        }
        return b.toString();
    }

    /** A part of a row's line that the file may leave out: the words before it and its value, when given. */
    private static void given(StringBuilder b, String before, Object value) {
        if (value != null) {
            b.append(before).append(value);
        }
    }
}
