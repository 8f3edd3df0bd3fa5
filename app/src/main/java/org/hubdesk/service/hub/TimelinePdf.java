package org.hubdesk.service.hub;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.report.model.DocumentInfo;
import org.hubdesk.report.pdf.PdfFonts;

/**
 * The timeline as one tagged A4 landscape page (PDF/UA-1): the drawing stays vector (OpenPDF's
 * Graphics2D, text in embedded Liberation Sans so it can be searched and read), and the whole of it
 * is one Figure whose alternative text says what the picture shows, row by row.
 */
final class TimelinePdf {
    static final float MARGIN = 28f;
    private static final Map<String, BaseFont> LOADED = new ConcurrentHashMap<>();

    private TimelinePdf() {
    }

    /** The A4 landscape page less its margins, in points: what a PDF's layout is fitted to. */
    static double[] area() {
        Rectangle page = PageSize.A4.rotate();
        return new double[] {page.getWidth() - 2 * MARGIN, page.getHeight() - 2 * MARGIN};
    }

    static void write(TimelineLayout layout, OutputStream stream, LocalDate printedOn) throws IOException {
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, stream);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(DocumentInfo.LANGUAGE));
        document.addTitle(layout.title());
        document.addCreator("Hubdesk");
        writer.setXmpMetadata(xmp(layout.title()));
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName("Document"));
        PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(altText(layout), PdfObject.TEXT_UNICODE));
        float pageWidth = page.getWidth();
        float pageHeight = page.getHeight();
        // Laid out for the page already (see HubService), so this is 1 unless the legend runs wide.
        double scale = Math.min(1.0, Math.min((pageWidth - 2 * MARGIN) / layout.width(), (pageHeight - 2 * MARGIN) / layout.height()));
        canvas.beginMarkedContentSequence(figure);
        Graphics2D g = canvas.createGraphics(pageWidth, pageHeight, new LiberationMapper());
        try {
            g.translate(MARGIN, MARGIN);
            g.scale(scale, scale);
            TimelinePainter.paint(g, layout, printedOn);
        } finally {
            g.dispose();
        }
        canvas.endMarkedContentSequence();
        document.close();
    }

    /**
     * What the picture shows, in words, for a screen reader: the title and months, then each row's
     * phases with their months, then the meetings marked.
     */
    static String altText(TimelineLayout layout) {
        StringBuilder alt = new StringBuilder("Timeline: ").append(layout.title()).append(", ")
                .append(layout.from()).append(" to ").append(layout.to()).append(", one row per priority, one bar per phase.");
        Map<Long, List<TimelineLayout.Bar>> byRow = new LinkedHashMap<>();
        layout.rows().forEach(row -> byRow.put(row.priorityId(), new ArrayList<>()));
        for (TimelineLayout.Bar bar : layout.bars()) {
            layout.rows().stream().filter(r -> bar.y() >= r.y() && bar.y() < r.y() + r.height()).findFirst()
                    .ifPresent(r -> byRow.get(r.priorityId()).add(bar));
        }
        if (layout.rows().isEmpty()) {
            alt.append(" No cycles are planned in these months.");
        }
        for (TimelineLayout.Row row : layout.rows()) {
            alt.append(' ').append(row.label()).append(':');
            List<TimelineLayout.Bar> bars = byRow.get(row.priorityId());
            for (int i = 0; i < bars.size(); i++) {
                TimelineLayout.Bar bar = bars.get(i);
                alt.append(i == 0 ? " " : "; ").append(bar.label()).append(' ').append(bar.firstMonth());
                if (!bar.lastMonth().equals(bar.firstMonth())) {
                    alt.append(" to ").append(bar.lastMonth());
                }
            }
            alt.append('.');
        }
        if (!layout.markers().isEmpty()) {
            alt.append(' ').append(TimelineLayout.MARKER_LEGEND).append("s: ");
            alt.append(String.join(", ", layout.markers().stream().map(m -> m.date().toString()).toList())).append('.');
        }
        return alt.toString();
    }

    /** The document's XMP: its title, and the PDF/UA-1 identification a checker looks for. */
    private static byte[] xmp(String title) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes)) {
            xmp.addRdfDescription("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
                    "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>"
                            + "<dc:format>application/pdf</dc:format>");
            xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Every Java2D font drawn as embedded Liberation Sans (Helvetica's widths), bold where asked. */
    private static final class LiberationMapper implements FontMapper {
        @Override
        public BaseFont awtToPdf(Font font) {
            String file = font.isBold() ? (font.isItalic() ? "LiberationSans-BoldItalic.ttf" : "LiberationSans-Bold.ttf")
                    : font.isItalic() ? "LiberationSans-Italic.ttf" : "LiberationSans-Regular.ttf";
            return LOADED.computeIfAbsent(file, TimelinePdf::load);
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, size);
        }
    }

    private static BaseFont load(String file) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, PdfFonts.bytes(file), null);
            // A subset's CIDSet would have to list every glyph of the font program (PDF/UA-1, 7.21.4.2): leave it out.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException | DocumentException e) {
            throw new UncheckedIOException(new IOException("The font " + file + " could not be read", e));
        }
    }
}
