package org.hubdesk.service.assurance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.assurance.PerformanceImport;

/** What importing a dataset would write: every row with its errors; nothing is written while any has one. */
public record PerformanceImportPreview(Path file, List<PerformanceImport.Row> rows, List<String> fileErrors) {
    public PerformanceImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    public boolean hasErrors() {
        return !fileErrors.isEmpty() || rows.stream().anyMatch(PerformanceImport.Row::hasErrors);
    }

    public int rowsWithErrors() {
        return (int) rows.stream().filter(PerformanceImport.Row::hasErrors).count();
    }

    /** Indicators the import would create, in file order. */
    public List<String> newIndicators() {
        Set<String> names = new LinkedHashSet<>();
        rows.stream().filter(r -> r.newIndicator() && r.indicator() != null).forEach(r -> names.add(r.indicator().name()));
        return List.copyOf(names);
    }

    public List<String> problems() {
        List<String> lines = new ArrayList<>(fileErrors);
        rows.forEach(r -> r.errors().forEach(e -> lines.add("Row " + r.rowNumber() + ": " + e)));
        return lines;
    }

    public String summary() {
        if (!hasErrors()) {
            return rows.size() + (rows.size() == 1 ? " value is" : " values are") + " ready to import";
        }
        List<String> parts = new ArrayList<>(fileErrors);
        int bad = rowsWithErrors();
        if (bad > 0) {
            parts.add(bad + (bad == 1 ? " row has errors" : " rows have errors"));
        }
        return String.join("; ", parts) + "; nothing was imported";
    }
}
