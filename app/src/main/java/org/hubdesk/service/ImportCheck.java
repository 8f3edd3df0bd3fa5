package org.hubdesk.service;

import java.util.ArrayList;
import java.util.List;

/**
 * What every import preview (a register, a performance dataset, a returned self-assessment) says the same way
 * about its errors, the file's own and each row's: nothing is imported while there is any.
 *
 * @param <R> the preview's row
 */
public interface ImportCheck<R> {
    /** One row's number in the file and its errors (none: empty). */
    record RowErrors(int rowNumber, List<String> errors) {
    }

    List<R> rows();

    /** What is wrong with the file as a whole. */
    List<String> fileErrors();

    RowErrors errorsOf(R row);

    /** Any file error or any row error. */
    default boolean hasErrors() {
        return !fileErrors().isEmpty() || rowsWithErrors() > 0;
    }

    default int rowsWithErrors() {
        return (int) rows().stream().filter(r -> !errorsOf(r).errors().isEmpty()).count();
    }

    /** Every problem on its own line: the file's first, then "Row N: ..." for each row error. */
    default List<String> problems() {
        List<String> lines = new ArrayList<>(fileErrors());
        for (R row : rows()) {
            RowErrors e = errorsOf(row);
            e.errors().forEach(error -> lines.add("Row " + e.rowNumber() + ": " + error));
        }
        return lines;
    }

    /** The summary of a preview with errors, e.g. "3 rows have errors; nothing was imported" after the file's own. */
    default String refusal() {
        List<String> parts = new ArrayList<>(fileErrors());
        int bad = rowsWithErrors();
        if (bad > 0) {
            parts.add(bad + (bad == 1 ? " row has errors" : " rows have errors"));
        }
        return String.join("; ", parts) + "; nothing was imported";
    }
}
