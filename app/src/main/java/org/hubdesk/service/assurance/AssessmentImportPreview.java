package org.hubdesk.service.assurance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.assurance.AssessmentImport;
import org.hubdesk.domain.assurance.AuditRound;

/**
 * What importing a returned self-assessment would write, shown before anything is written: the
 * round, who it is from, every standard's row with its errors and the file's own problems.
 * {@code replaces} is true when the organisation already has a return in the round.
 */
public record AssessmentImportPreview(AuditRound round, Path file, String organisation, LocalDate returnedOn, boolean replaces,
                                      List<AssessmentImport.Row> rows, List<String> fileErrors) {
    public AssessmentImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    public boolean hasErrors() {
        return !fileErrors.isEmpty() || rows.stream().anyMatch(AssessmentImport.Row::hasErrors);
    }

    public int rowsWithErrors() {
        return (int) rows.stream().filter(AssessmentImport.Row::hasErrors).count();
    }

    /** Every problem on its own line: the file's first, then "Row N: ...". */
    public List<String> problems() {
        List<String> lines = new ArrayList<>(fileErrors);
        rows.forEach(r -> r.errors().forEach(e -> lines.add("Row " + r.rowNumber() + ": " + e)));
        return lines;
    }

    /** One line, e.g. "2 rows have errors; nothing was imported". */
    public String summary() {
        if (!hasErrors()) {
            return rows.size() + " standards from " + organisation + " are ready to import" + (replaces ? " (replacing its earlier return)" : "");
        }
        List<String> parts = new ArrayList<>(fileErrors);
        int bad = rowsWithErrors();
        if (bad > 0) {
            parts.add(bad + (bad == 1 ? " row has errors" : " rows have errors"));
        }
        return String.join("; ", parts) + "; nothing was imported";
    }
}
