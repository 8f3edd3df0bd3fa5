package org.hubdesk.service.assurance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.assurance.AssessmentImport;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.service.ImportCheck;

/**
 * What importing a returned self-assessment would write, shown before anything is written: the
 * round, who it is from, every standard's row with its errors and the file's own problems.
 * {@code replaces} is true when the organisation already has a return in the round.
 */
public record AssessmentImportPreview(AuditRound round, Path file, String organisation, LocalDate returnedOn, boolean replaces,
                                      List<AssessmentImport.Row> rows, List<String> fileErrors)
        implements ImportCheck<AssessmentImport.Row> {
    public AssessmentImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    @Override
    public String ready() {
        return rows.size() + " standards from " + organisation + " are ready to import" + (replaces ? " (replacing its earlier return)" : "");
    }
}
