package org.hubdesk.report;

import java.nio.file.Path;
import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.docx.DocxRenderer;
import org.hubdesk.report.pdf.PdfRenderer;

/** The file formats a report can be exported in. */
public enum ReportFormat implements Labelled {
    DOCX,
    PDF;

    /** The file name extension, the name in lower case: docx, pdf. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public DocumentRenderer renderer() {
        return this == DOCX ? new DocxRenderer() : new PdfRenderer();
    }

    public static ReportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return Labelled.first(ReportFormat.class, f -> f.extension().equals(wanted))
                .orElseThrow(() -> new UserInputException("Unknown format '" + text + "': use docx or pdf"));
    }

    /** The format a file name asks for by its extension, or null when it names none we know. */
    public static ReportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Labelled.first(ReportFormat.class, f -> name.endsWith("." + f.extension())).orElse(null);
    }

    @Override
    public String toString() {
        return label();
    }
}
