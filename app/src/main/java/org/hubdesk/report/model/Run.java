package org.hubdesk.report.model;

/** A stretch of text in one style; the unit both renderers map to a Word run or a PDF chunk. */
public record Run(String text, boolean bold, boolean italic) {
    public Run {
        text = text == null ? "" : text;
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true);
    }
}
