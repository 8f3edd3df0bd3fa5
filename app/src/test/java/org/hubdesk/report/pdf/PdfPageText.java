package org.hubdesk.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A page's text as drawn, page header and footer included. The running header and 'Page X of Y'
 * footer are artifacts in our tagged PDFs (PDF/UA: a screen reader does not read them on every
 * page), and OpenPDF's PdfTextExtractor leaves artifacts out, so tests that check them read the
 * page with PDFBox, which extracts everything drawn.
 */
public final class PdfPageText {
    private PdfPageText() {
    }

    public static String withHeaderAndFooter(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    public static String withHeaderAndFooter(Path pdf, int page) throws IOException {
        return withHeaderAndFooter(Files.readAllBytes(pdf), page);
    }
}
