package org.hubdesk.report.pdf;

import java.util.Locale;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.Orientation;

/**
 * The look of a PDF report as CSS for the XHTML of {@link XhtmlWriter}: A4 pages (landscape when
 * the report asks), the running header (partnership, title, classification) and the 'Page X of Y'
 * footer in the page margins, which the PDF marks as artifacts, and the branding's colours.
 */
final class PdfStyles {
    static final float MARGIN = 56.7f;
    private static final float TOP = 70f;
    private static final float BOTTOM = 62f;
    private static final float A4_SHORT = 595.28f;
    private static final float A4_LONG = 841.89f;

    private PdfStyles() {
    }

    /** The width between the side margins, in points. */
    static double textWidth(Document document) {
        return (document.orientation() == Orientation.LANDSCAPE ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    /** The height between the top and bottom margins, in points. */
    static double textHeight(Document document) {
        return (document.orientation() == Orientation.LANDSCAPE ? A4_SHORT : A4_LONG) - TOP - BOTTOM;
    }

    static String css(Document document, Branding branding) {
        String primary = "#" + branding.primaryColour();
        String accent = "#" + branding.accentColour();
        String title = document.info().title();
        String right = title + (branding.classification() != null ? "  |  " + branding.classification() : "");
        String footerLeft = title + ", " + document.info().date();
        String size = document.orientation() == Orientation.LANDSCAPE ? "A4 landscape" : "A4";
        String css = """
            @page { size: %SIZE%; margin: %TOP%pt %MARGIN%pt %BOTTOM%pt %MARGIN%pt;
              @top-left { content: %PARTNERSHIP%; width: 50%; height: 43pt; vertical-align: bottom; padding-bottom: 4pt;
                font-family: Body; font-size: 8pt; color: #595959; border-bottom: 0.5pt solid #BFBFBF; }
              @top-right { content: %RIGHT%; width: 50%; height: 43pt; vertical-align: bottom; padding-bottom: 4pt;
                text-align: right; font-family: Body; font-size: 8pt; color: #595959; border-bottom: 0.5pt solid #BFBFBF; }
              @bottom-left { content: %FOOTER%; width: 70%; vertical-align: top; padding-top: 22pt;
                font-family: Body; font-size: 8pt; color: #595959; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); width: 30%; vertical-align: top;
                padding-top: 22pt; text-align: right; font-family: Body; font-size: 8pt; color: #595959; }
            }
            body { font-family: Body; font-size: 10pt; line-height: 1.35; color: #1A1A1A; margin: 0; }
            p { margin: 0 0 6pt 0; }
            .logo { text-align: right; margin-bottom: 4pt; }
            .partnership { font-size: 9.5pt; font-weight: bold; color: %PRIMARY%; letter-spacing: 0.6pt; margin: 0; }
            .title { font-size: 24pt; font-weight: bold; color: %PRIMARY%; line-height: 28pt; margin: 4pt 0 4pt 0; }
            .subtitle { font-size: 14pt; color: #404040; margin: 0 0 6pt 0; }
            .details { font-size: 9pt; color: #595959; white-space: pre-wrap; padding-bottom: 6pt;
              border-bottom: 1.2pt solid %ACCENT%; margin: 0 0 14pt 0; }
            h1, h2, h3 { font-weight: bold; page-break-after: avoid; line-height: 1.25; }
            .level1 { font-size: 15pt; color: %PRIMARY%; margin: 10pt 0 8pt 0; padding-bottom: 3pt;
              border-bottom: 0.75pt solid %PRIMARY%; }
            .level2 { font-size: 12.5pt; color: %PRIMARY%; margin: 8pt 0 4pt 0; }
            .level3 { font-size: 11pt; color: #404040; margin: 6pt 0 4pt 0; }
            .keep, .figure { page-break-inside: avoid; }
            .break { page-break-after: always; height: 0; margin: 0; }
            .to-be-written, .warning { padding: 6pt 6pt 6pt 9pt; margin: 2pt 0 6pt 0; }
            .to-be-written { background-color: #FFF4CE; border-left: 3pt solid %ACCENT%; color: #5A4400; }
            .warning { background-color: #FBE5E5; border-left: 3pt solid #C00000; color: #7F0000; }
            .small { font-size: 8.5pt; color: #595959; }
            ul, ol { margin: 0 0 8pt 12pt; padding-left: 16pt; }
            ul { list-style-type: disc; }
            ol { list-style-type: decimal; }
            li { margin-bottom: 3pt; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.data { font-size: 9pt; line-height: 1.15; margin: 4pt 0 2pt 0; -fs-table-paginate: paginate; }
            table.data th { background-color: %PRIMARY%; color: #FFFFFF; text-align: left; vertical-align: top;
              padding: 4pt 4pt 5pt 4pt; }
            table.data td { border-bottom: 0.5pt solid #D9D9D9; padding: 4pt 4pt 5pt 4pt; vertical-align: top; }
            table.data tr { page-break-inside: avoid; }
            table.data tr.band td { background-color: #F2F2F2; }
            .after-table { height: 8pt; }
            table.label-values { margin: 0 0 8pt 0; }
            table.label-values th { text-align: left; font-weight: bold; color: #404040; padding: 1.5pt 4pt 2.5pt 0;
              vertical-align: top; }
            table.label-values td { padding: 1.5pt 4pt 2.5pt 0; vertical-align: top; }
            .caption { font-size: 8.5pt; font-style: italic; color: #595959; margin: 0 0 10pt 0; }
            .centre { text-align: center; }
            .picture { text-align: center; margin: 4pt 0 4pt 0; }
            .contents-title { font-size: 15pt; font-weight: bold; color: %PRIMARY%; margin: 0 0 8pt 0; }
            .contents1, .contents2 { margin: 0; line-height: 15pt; }
            .contents1 { font-weight: bold; margin-top: 3pt; }
            .contents2 { padding-left: 14pt; }
            .contents a { color: #1A1A1A; text-decoration: none; }
            .contents a::after { content: leader('.') target-counter(attr(href), page); font-weight: normal; }
            """;
        return css.replace("%SIZE%", size)
                .replace("%TOP%", number(TOP)).replace("%BOTTOM%", number(BOTTOM)).replace("%MARGIN%", number(MARGIN))
                .replace("%PARTNERSHIP%", string(branding.partnershipName()))
                .replace("%RIGHT%", string(right))
                .replace("%FOOTER%", string(footerLeft))
                .replace("%PRIMARY%", primary).replace("%ACCENT%", accent);
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A CSS string literal; the result sits inside an XHTML style element, so markup characters are escaped too. */
    private static String string(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> sb.append('\\').append(c);
                case '\n', '\r' -> sb.append(' ');
                case '<' -> sb.append("\\3C ");
                case '&' -> sb.append("\\26 ");
                case '>' -> sb.append("\\3E ");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
