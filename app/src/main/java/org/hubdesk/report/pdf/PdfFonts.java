package org.hubdesk.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts embedded in a PDF for a branding font name: Liberation Serif for a serif branding font,
 * else Liberation Sans (bundled under the SIL Open Font License, see fonts/LICENSE.txt). They have
 * the metrics of Times New Roman and Arial, so the PDF lays out like the Word version; PDF/UA
 * needs every font embedded, so the PDF no longer relies on the reader's Helvetica and Times.
 */
final class PdfFonts {
    /** The CSS font family the styles use. */
    static final String FAMILY = "Body";
    private static final String[] SERIF = {"times", "georgia", "cambria", "garamond", "book antiqua", "palatino", "serif"};
    private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /** Gives the builder the four faces (regular, bold, italic, bold italic) of the font for this branding font. */
    static void use(PdfRendererBuilder builder, String brandingFont) {
        String name = brandingFont.toLowerCase(Locale.ROOT);
        String stem = "LiberationSans";
        for (String serif : SERIF) {
            if (name.contains(serif)) {
                stem = "LiberationSerif";
                break;
            }
        }
        face(builder, stem + "-Regular.ttf", 400, FontStyle.NORMAL);
        face(builder, stem + "-Bold.ttf", 700, FontStyle.NORMAL);
        face(builder, stem + "-Italic.ttf", 400, FontStyle.ITALIC);
        face(builder, stem + "-BoldItalic.ttf", 700, FontStyle.ITALIC);
    }

    private static void face(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] bytes = LOADED.computeIfAbsent(file, PdfFonts::read);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, weight, style, true);
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
