package org.hubdesk.report.pdf;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentInfo;
import org.hubdesk.report.model.Run;

/**
 * Writes a report as XHTML for the PDF layout (openhtmltopdf): each block becomes the element a
 * screen reader expects in the tagged PDF (h1-h3, p, ul/ol, table with a th header row, img with
 * alt text), the outline is a {@code <bookmarks>} list and the look is {@link PdfStyles}.
 */
final class XhtmlWriter {
    /** The id of the i-th heading, the target of its bookmark and contents entry. */
    static final String HEADING_ID = "h";

    private final Document document;
    private final Branding branding;
    private final List<Block.Heading> headings;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int lastTagLevel;

    private XhtmlWriter(Document document, Branding branding) {
        this.document = document;
        this.branding = branding;
        this.headings = document.headings();
    }

    static String write(Document document, Branding branding) {
        return new XhtmlWriter(document, branding).html();
    }

    private String html() {
        DocumentInfo info = document.info();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(DocumentInfo.LANGUAGE).append("\" xml:lang=\"").append(DocumentInfo.LANGUAGE).append("\"><head><title>");
        text(info.title());
        out.append("</title>");
        meta("author", info.author() != null ? info.author() : branding.partnershipName());
        meta("subject", info.subtitle() != null ? info.subtitle() : branding.partnershipName());
        out.append("<style>").append(PdfStyles.css(document, branding)).append("</style>");
        bookmarks();
        out.append("</head><body>");
        titleBlock(info);
        List<Block> blocks = document.blocks();
        int headingIndex = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Block.Heading h) {
                if (b + 1 < blocks.size() && blocks.get(b + 1) instanceof Block.Picture pic) {
                    // A heading right above a picture keeps with it: they move to the next page together.
                    out.append("<div class=\"keep\">");
                    heading(h, headingIndex++);
                    picture(pic);
                    out.append("</div>");
                    b++;
                } else {
                    heading(h, headingIndex++);
                }
            } else {
                block(block);
            }
        }
        out.append("</body></html>");
        return out.toString();
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (block instanceof Block.ListBlock l) {
            list(l);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.LabelValues lv) {
            labelValues(lv);
        } else if (block instanceof Block.Picture pic) {
            picture(pic);
        } else if (block instanceof Block.PageBreak) {
            out.append("<div class=\"break\"></div>");
        } else if (block instanceof Block.TableOfContents) {
            contents();
        }
    }

    private void meta(String name, String content) {
        out.append("<meta name=\"").append(name).append("\" content=\"");
        attribute(content);
        out.append("\"/>");
    }

    /** The outline: each heading under the last heading of a higher level before it. */
    private void bookmarks() {
        if (headings.isEmpty()) {
            return;
        }
        out.append("<bookmarks>");
        int[] open = new int[4];
        int depth = 0;
        for (int i = 0; i < headings.size(); i++) {
            int level = headings.get(i).level();
            while (depth > 0 && open[depth] >= level) {
                out.append("</bookmark>");
                depth--;
            }
            open[++depth] = level;
            out.append("<bookmark name=\"");
            attribute(headings.get(i).text());
            out.append("\" href=\"#").append(HEADING_ID).append(i).append("\">");
        }
        out.append("</bookmark>".repeat(depth)).append("</bookmarks>");
    }

    private void titleBlock(DocumentInfo info) {
        if (branding.logoPng() != null) {
            out.append("<div class=\"logo\">");
            image(branding.logoPng(), null, 1.6 * 72 / 2.54, branding.partnershipName() + " logo");
            out.append("</div>");
        }
        element("p", "partnership", branding.partnershipName().toUpperCase(Locale.ROOT));
        element("p", "title", info.title());
        if (info.subtitle() != null) {
            element("p", "subtitle", info.subtitle());
        }
        StringBuilder meta = new StringBuilder("Date: ").append(info.date());
        if (info.author() != null) {
            meta.append("    Prepared by: ").append(info.author());
        }
        if (branding.classification() != null) {
            meta.append("    Classification: ").append(branding.classification());
        }
        element("p", "details", meta.toString());
    }

    /**
     * A heading tagged one level below the heading before it at most (PDF/UA: H1 first, no level
     * skipped), drawn in the style of its own level.
     */
    private void heading(Block.Heading h, int index) {
        int tag = Math.min(h.level(), lastTagLevel + 1);
        lastTagLevel = tag;
        out.append("<h").append(tag).append(" class=\"level").append(h.level()).append("\" id=\"").append(HEADING_ID)
                .append(index).append("\">");
        text(h.text());
        out.append("</h").append(tag).append('>');
    }

    private void paragraph(Block.Paragraph para) {
        String cssClass = switch (para.tone()) {
            case TO_BE_WRITTEN -> "to-be-written";
            case WARNING -> "warning";
            case SMALL -> "small";
            case NORMAL -> null;
        };
        out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">");
        runs(para.runs());
        out.append("</p>");
    }

    private void list(Block.ListBlock block) {
        String tag = block.numbered() ? "ol" : "ul";
        out.append('<').append(tag).append('>');
        for (List<Run> item : block.items()) {
            out.append("<li>");
            runs(item);
            out.append("</li>");
        }
        out.append("</").append(tag).append('>');
    }

    /**
     * A data table: the header row in thead (th, repeated on every page), a banded body. A table
     * with no rows has its header row in the body: PDF/UA wants a TBody beside a THead.
     */
    private void table(Block.Table table) {
        out.append("<table class=\"data\"><colgroup>");
        for (double fraction : table.fractions()) {
            out.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.3f", fraction * 100)).append("%\"/>");
        }
        out.append(table.rows().isEmpty() ? "</colgroup><tbody><tr>" : "</colgroup><thead><tr>");
        for (Block.Column column : table.columns()) {
            out.append("<th scope=\"col\">");
            text(column.header());
            out.append("</th>");
        }
        out.append(table.rows().isEmpty() ? "</tr>" : "</tr></thead><tbody>");
        for (int r = 0; r < table.rows().size(); r++) {
            out.append(r % 2 == 1 ? "<tr class=\"band\">" : "<tr>");
            for (Block.Cell cell : table.rows().get(r)) {
                out.append(cell.shade() != null ? "<td style=\"background-color: #" + cell.shade() + "\">" : "<td>");
                runs(cell.runs());
                out.append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        if (table.caption() != null) {
            element("p", "caption", table.caption());
        } else {
            out.append("<div class=\"after-table\"></div>");
        }
    }

    /** "Label: value" lines: a table whose labels are row headers. */
    private void labelValues(Block.LabelValues lv) {
        if (lv.entries().isEmpty()) {
            return;
        }
        out.append("<table class=\"label-values\"><colgroup><col style=\"width: 28%\"/><col style=\"width: 72%\"/></colgroup><tbody>");
        for (Block.LabelValue entry : lv.entries()) {
            out.append("<tr><th scope=\"row\">");
            text(entry.label());
            out.append("</th><td>");
            text(entry.value());
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void picture(Block.Picture pic) {
        out.append("<div class=\"figure\"><div class=\"picture\">");
        double widest = Math.min(pic.widthCm() * 72 / 2.54, PdfStyles.textWidth(document));
        image(pic.png(), widest, PdfStyles.textHeight(document) - 40, pic.altText());
        out.append("</div>");
        if (pic.caption() != null && !pic.caption().isBlank()) {
            element("p", "caption centre", pic.caption());
        }
        out.append("</div>");
    }

    /** A PNG as a data URI, scaled to fit the width and height given in points (either may be null). */
    private void image(byte[] png, Double maxWidth, double maxHeight, String alt) {
        int[] size = pngSize(png);
        double width = maxWidth != null ? maxWidth : size[0] * maxHeight / size[1];
        double height = width * size[1] / size[0];
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        out.append(String.format(Locale.ROOT, "<img style=\"width: %.2fpt; height: %.2fpt\" alt=\"", width, height));
        attribute(alt);
        out.append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\"/>");
    }

    /** A PNG's width and height in pixels, from its header. */
    private static int[] pngSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        boolean isPng = png.length >= 24;
        for (int i = 0; isPng && i < signature.length; i++) {
            isPng = png[i] == signature[i];
        }
        int width = isPng ? readInt(png, 16) : 0;
        int height = isPng ? readInt(png, 20) : 0;
        if (width <= 0 || height <= 0) {
            throw new UserInputException("A picture in the report is not a readable PNG");
        }
        return new int[] {width, height};
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    /** The contents: headings 1 and 2, each a link to the heading with its page number (CSS target-counter). */
    private void contents() {
        out.append("<div class=\"contents\">");
        element("p", "contents-title", "Contents");
        for (int i = 0; i < headings.size(); i++) {
            Block.Heading h = headings.get(i);
            if (h.level() > 2) {
                continue;
            }
            out.append("<p class=\"contents").append(h.level()).append("\"><a href=\"#").append(HEADING_ID).append(i)
                    .append("\" title=\"");
            attribute(h.text());
            out.append("\">");
            text(h.text());
            out.append("</a></p>");
        }
        out.append("</div><div class=\"break\"></div>");
    }

    private void runs(List<Run> runs) {
        for (Run run : runs) {
            String open = run.bold() && run.italic() ? "<b><i>" : run.bold() ? "<b>" : run.italic() ? "<i>" : "";
            out.append(open);
            text(run.text());
            out.append(run.bold() && run.italic() ? "</i></b>" : run.bold() ? "</b>" : run.italic() ? "</i>" : "");
        }
    }

    private void element(String tag, String cssClass, String content) {
        out.append('<').append(tag).append(" class=\"").append(cssClass).append("\">");
        text(content);
        out.append("</").append(tag).append('>');
    }

    /** Text in an attribute: a line break becomes a space. */
    private void attribute(String s) {
        text(s.replace('\n', ' '));
    }

    /** Text escaped for XML; a line break is a br, characters XML cannot hold (control characters) are left out. */
    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br/>");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
