package org.hubdesk.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.util.Locale;

/**
 * The PDF fonts for a branding font name. PDF readers always have Helvetica and Times, which are
 * metrically the same as Arial and Times New Roman, so the PDF needs no embedded font and looks
 * like the Word version.
 */
final class PdfFonts {
    private static final String[] SERIF = {"times", "georgia", "cambria", "garamond", "book antiqua", "palatino", "serif"};
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    private PdfFonts(String[] names) throws IOException {
        regular = create(names[0]);
        bold = create(names[1]);
        italic = create(names[2]);
        boldItalic = create(names[3]);
    }

    static PdfFonts forFamily(String family) throws IOException {
        String name = family.toLowerCase(Locale.ROOT);
        for (String serif : SERIF) {
            if (name.contains(serif)) {
                return new PdfFonts(new String[] {BaseFont.TIMES_ROMAN, BaseFont.TIMES_BOLD, BaseFont.TIMES_ITALIC,
                    BaseFont.TIMES_BOLDITALIC});
            }
        }
        return new PdfFonts(new String[] {BaseFont.HELVETICA, BaseFont.HELVETICA_BOLD, BaseFont.HELVETICA_OBLIQUE,
            BaseFont.HELVETICA_BOLDOBLIQUE});
    }

    private static BaseFont create(String name) throws IOException {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("Cannot load the PDF font " + name, e);
        }
    }

    BaseFont base(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    Font font(float size, boolean isBold, boolean isItalic, Color colour) {
        return new Font(base(isBold, isItalic), size, Font.NORMAL, colour);
    }
}
