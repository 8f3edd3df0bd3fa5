package org.hubdesk.report.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hubdesk.report.DocumentRenderer;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Document;

/**
 * Renders a report as a tagged PDF (PDF/UA-1): the document model is written as XHTML
 * ({@link XhtmlWriter}, styled by {@link PdfStyles}) and laid out by openhtmltopdf on PDFBox with
 * its PDF/UA mode on, so headings, paragraphs, lists, tables (header row as TH, repeated on every
 * page) and pictures (with their alt text) are structure elements, the page header and 'Page X of
 * Y' footer are artifacts, and the fonts are embedded. Headings become bookmarks and the contents
 * gets each heading's page from the layout. The catalog carries /Lang en-GB, the title shown by
 * the viewer and the outline open (docs/decisions/0010).
 */
public final class PdfRenderer implements DocumentRenderer {
    static {
        // openhtmltopdf reports each page and font at INFO on the console; Hubdesk's output stays its own.
        XRLog.setLoggingEnabled(false);
    }

    @Override
    public void render(Document document, Branding branding, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(); PdfBoxRenderer renderer = builder(document, branding, pdf).buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PdfFinish.finish(pdf);
            pdf.save(out);
        }
    }

    /**
     * The page each heading falls on when laid out as PDF. The Word renderer writes these into its
     * table of contents as the fields' current values, so the contents show page numbers even in
     * programs that do not refresh fields (Word refreshes them on opening).
     */
    public static int[] headingPages(Document document, Branding branding) throws IOException {
        int[] pages = new int[document.headings().size()];
        try (PDDocument pdf = new PDDocument(); PdfBoxRenderer renderer = builder(document, branding, pdf).buildPdfRenderer()) {
            renderer.layout();
            var layer = renderer.getRootBox().getLayer();
            for (int i = 0; i < pages.length; i++) {
                Box box = renderer.getSharedContext().getBoxById(XhtmlWriter.HEADING_ID + i);
                pages[i] = box == null ? 0 : layer.getPageIndex(box.getAbsY()) + 1;
            }
        }
        return pages;
    }

    private static PdfRendererBuilder builder(Document document, Branding branding, PDDocument pdf) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(pdf);
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Hubdesk");
        PdfFonts.use(builder, pdf, branding.font());
        builder.withHtmlContent(XhtmlWriter.write(document, branding), null);
        return builder;
    }
}
