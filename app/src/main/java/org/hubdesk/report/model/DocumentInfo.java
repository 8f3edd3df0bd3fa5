package org.hubdesk.report.model;

import java.time.LocalDate;

/**
 * What the title block and the file's metadata say: title, subtitle, author (written into DOCX
 * core properties and PDF info) and the date the paper is dated.
 */
public record DocumentInfo(String title, String subtitle, String author, LocalDate date) {
    /** The language every report is written in, as a BCP 47 tag (PDF /Lang; Word's default run language). */
    public static final String LANGUAGE = "en-GB";

    public DocumentInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A report needs a title");
        }
        title = title.strip();
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle.strip();
        author = author == null || author.isBlank() ? null : author.strip();
        date = date == null ? LocalDate.now() : date;
    }
}
