package org.hubdesk.domain.common;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One line of a record's history: who inserted, changed or deleted it, when, and what changed
 * ("job_title: 'Lead' → 'Head of Service'").
 */
public record RecordChange(long id, String table, Long recordId, String kind, String changedBy, LocalDateTime changedAt,
        String summary) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the change did, in words: added, changed or deleted. */
    public String verb() {
        return switch (kind) {
            case "insert" -> "added";
            case "delete" -> "deleted";
            default -> "changed";
        };
    }

    /** The change in one line: when, who, what. */
    public String line() {
        return WHEN.format(changedAt) + "  " + changedBy + "  " + verb() + " " + table + (recordId == null ? "" : " " + recordId)
                + (summary == null || summary.isBlank() ? "" : "  " + summary);
    }
}
