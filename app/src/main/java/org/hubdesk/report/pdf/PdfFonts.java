package org.hubdesk.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in a PDF for a branding font name: Liberation Serif for a serif branding font,
 * else Liberation Sans (bundled under the SIL Open Font License, see fonts/LICENSE.txt). They have
 * the metrics of Times New Roman and Arial, so the PDF lays out like the Word version; PDF/UA
 * needs every font embedded, so the PDF no longer relies on the reader's Helvetica and Times.
 * The fonts' glyph substitutions (GSUB: ligatures such as "fi") are off: PDFBox applied them to
 * every string it drew, compiling patterns each time (most of the PDF's writing time), and a
 * ligature glyph has no character of its own, so its letters would be lost to text extraction.
 */
public final class PdfFonts {
    /** The CSS font family the styles use. */
    static final String FAMILY = "Body";
    private static final String[] SERIF = {"times", "georgia", "cambria", "garamond", "book antiqua", "palatino", "serif"};
    private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /**
     * Gives the builder the four faces (regular, bold, italic, bold italic) of the font for this
     * branding font, loaded into the PDF being written (only the faces drawn end up in it).
     */
    static void use(PdfRendererBuilder builder, PDDocument pdf, String brandingFont) throws IOException {
        String name = brandingFont.toLowerCase(Locale.ROOT);
        String stem = "LiberationSans";
        for (String serif : SERIF) {
            if (name.contains(serif)) {
                stem = "LiberationSerif";
                break;
            }
        }
        face(builder, pdf, stem + "-Regular.ttf", 400, FontStyle.NORMAL);
        face(builder, pdf, stem + "-Bold.ttf", 700, FontStyle.NORMAL);
        face(builder, pdf, stem + "-Italic.ttf", 400, FontStyle.ITALIC);
        face(builder, pdf, stem + "-BoldItalic.ttf", 700, FontStyle.ITALIC);
    }

    /** A bundled font file's bytes ("LiberationSans-Bold.ttf"), read once: for PDFs drawn without the layout (the timeline). */
    public static byte[] bytes(String file) {
        return LOADED.computeIfAbsent(file, PdfFonts::read);
    }

    private static void face(PdfRendererBuilder builder, PDDocument pdf, String file, int weight, FontStyle style) throws IOException {
        byte[] bytes = bytes(file);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, ttf, true)), FAMILY, weight, style, true);
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + file + " could not be read", e);
        }
    }
}
