package org.hubdesk.service.assurance;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.assurance.PerformanceImport;
import org.hubdesk.service.ImportCheck;

/** What importing a dataset would write: every row with its errors; nothing is written while any has one. */
public record PerformanceImportPreview(Path file, List<PerformanceImport.Row> rows, List<String> fileErrors)
        implements ImportCheck<PerformanceImport.Row> {
    public PerformanceImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Indicators the import would create, in file order. */
    public List<String> newIndicators() {
        Set<String> names = new LinkedHashSet<>();
        rows.stream().filter(r -> r.newIndicator() && r.indicator() != null).forEach(r -> names.add(r.indicator().name()));
        return List.copyOf(names);
    }

    @Override
    public String ready() {
        return rows.size() + (rows.size() == 1 ? " value is" : " values are") + " ready to import";
    }
}
