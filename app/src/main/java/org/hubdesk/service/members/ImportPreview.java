package org.hubdesk.service.members;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.members.RegisterImportRow;

/**
 * What an import would write, shown to the user before anything is written: every member line
 * with its errors, and what is wrong with the file as a whole.
 */
public record ImportPreview(long groupId, Path file, List<RegisterImportRow> rows, List<String> fileErrors) {
    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Any file error or any row error. */
    public boolean hasErrors() {
        return !fileErrors.isEmpty() || rows.stream().anyMatch(RegisterImportRow::hasErrors);
    }

    public int rowsWithErrors() {
        return (int) rows.stream().filter(RegisterImportRow::hasErrors).count();
    }

    /** Agencies the import would create, in file order. */
    public List<String> newAgencies() {
        Set<String> names = new LinkedHashSet<>();
        rows.stream().filter(RegisterImportRow::newAgency).forEach(r -> names.add(r.agency()));
        return List.copyOf(names);
    }

    /** Every problem on its own line: the file's first, then "Row N: ..." for each row error. */
    public List<String> problems() {
        List<String> lines = new ArrayList<>(fileErrors);
        for (RegisterImportRow row : rows) {
            for (String error : row.errors()) {
                lines.add("Row " + row.rowNumber() + ": " + error);
            }
        }
        return lines;
    }

    /** One line for a status bar or stderr, e.g. "3 rows have errors; nothing was imported". */
    public String summary() {
        if (!hasErrors()) {
            return rows.size() + (rows.size() == 1 ? " member is" : " members are") + " ready to import";
        }
        List<String> parts = new ArrayList<>(fileErrors);
        int bad = rowsWithErrors();
        if (bad > 0) {
            parts.add(bad + (bad == 1 ? " row has errors" : " rows have errors"));
        }
        return String.join("; ", parts) + "; nothing was imported";
    }
}
