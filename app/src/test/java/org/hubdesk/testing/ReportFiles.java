package org.hubdesk.testing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * An exported report opened back, as the report tests assert on it: the Word document with POI,
 * the PDF as its text (OpenPDF's extractor, which leaves out header and footer artifacts).
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The Word document, open: the caller closes it (try-with-resources). */
    public static XWPFDocument docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The PDF's text, page after page, each page's followed by a line break. */
    public static String pdfText(Path file) throws IOException {
        try (PdfReader reader = new PdfReader(file.toString())) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }

    /** How many pages the PDF has. */
    public static int pdfPages(Path file) throws IOException {
        try (PdfReader reader = new PdfReader(file.toString())) {
            return reader.getNumberOfPages();
        }
    }
}
