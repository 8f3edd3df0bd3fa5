package org.hubdesk.service;

import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.common.ImportRow;
import org.hubdesk.domain.common.UserInputException;

/**
 * What every import preview (a register, a performance dataset, a returned self-assessment) says the same way
 * about its errors, the file's own and each row's: nothing is imported while there is any.
 *
 * @param <R> the preview's row
 */
public interface ImportCheck<R extends ImportRow> {
    List<R> rows();

    /** What is wrong with the file as a whole. */
    List<String> fileErrors();

    /** The summary of a preview without errors, e.g. "3 members are ready to import". */
    String ready();

    /** Any file error or any row error. */
    default boolean hasErrors() {
        return !fileErrors().isEmpty() || rowsWithErrors() > 0;
    }

    default int rowsWithErrors() {
        return (int) rows().stream().filter(ImportRow::hasErrors).count();
    }

    /** Every problem on its own line: the file's first, then "Row N: ..." for each row error. */
    default List<String> problems() {
        List<String> lines = new ArrayList<>(fileErrors());
        for (R row : rows()) {
            row.errors().forEach(error -> lines.add("Row " + row.rowNumber() + ": " + error));
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

    /** One line for a status bar, a dialog or stderr: the {@link #refusal} when there is any error, else {@link #ready}. */
    default String summary() {
        return hasErrors() ? refusal() : ready();
    }

    /** Before anything is written: a preview with any error is refused with its summary. */
    default void requireNoErrors() {
        if (hasErrors()) {
            throw new UserInputException(summary());
        }
    }
}
