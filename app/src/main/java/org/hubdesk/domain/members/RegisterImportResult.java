package org.hubdesk.domain.members;

import java.util.List;

/** A parsed register file: its member lines, each with its own errors, and what is wrong with the file as a whole. */
public record RegisterImportResult(List<RegisterImportRow> rows, List<String> fileErrors) {
    public RegisterImportResult {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    public static RegisterImportResult fileError(String message) {
        return new RegisterImportResult(List.of(), List.of(message));
    }
}
