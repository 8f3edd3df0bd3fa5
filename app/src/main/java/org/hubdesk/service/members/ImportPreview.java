package org.hubdesk.service.members;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.members.RegisterImportRow;
import org.hubdesk.service.ImportCheck;

/**
 * What an import would write, shown to the user before anything is written: every member line
 * with its errors, and what is wrong with the file as a whole.
 */
public record ImportPreview(long groupId, Path file, List<RegisterImportRow> rows, List<String> fileErrors)
        implements ImportCheck<RegisterImportRow> {
    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Agencies the import would create, in file order. */
    public List<String> newAgencies() {
        Set<String> names = new LinkedHashSet<>();
        rows.stream().filter(RegisterImportRow::newAgency).forEach(r -> names.add(r.agency()));
        return List.copyOf(names);
    }

    @Override
    public String ready() {
        return rows.size() + (rows.size() == 1 ? " member is" : " members are") + " ready to import";
    }
}
