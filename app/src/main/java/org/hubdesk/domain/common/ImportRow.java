package org.hubdesk.domain.common;

import java.util.List;

/** One row read from an imported spreadsheet (a register line, a dataset value, a rated standard) with what is wrong with it. */
public interface ImportRow {
    /** The row as the spreadsheet shows it (header = 1). */
    int rowNumber();

    /** What is wrong with the row; empty when nothing is. */
    List<String> errors();

    default boolean hasErrors() {
        return !errors().isEmpty();
    }
}
