package org.hubdesk.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.DocumentRenderer;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentInfo;
import org.hubdesk.report.model.Orientation;
import org.hubdesk.report.model.Run;

/**
 * Renders a report as PDF with OpenPDF: the same title block, headings, tables and lists as the
 * Word version; headings become bookmarks; table header rows repeat on every page; the title and
 * author go into the document information. The page header and 'Page X of Y' footer are stamped
 * on afterwards, when the number of pages is known. A report with a table of contents is laid out
 * twice: the first pass finds the page of every heading for the contents of the second. For
 * readers and screen readers: the language (/Lang en-GB), the title in XMP too, the title shown by
 * the viewer. The PDF is not tagged: OpenPDF's layout writes no marked content (docs/accessibility.md).
 */
public final class PdfRenderer implements DocumentRenderer {
    private static final float MARGIN = 56.7f;
    private static final float TOP = 70f;
    private static final float BOTTOM = 62f;
    private static final float BODY = 10f;
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    private static final Color BAND = new Color(0xF2, 0xF2, 0xF2);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);

    @Override
    public void render(Document document, Branding branding, OutputStream out) throws IOException {
        PdfFonts fonts = PdfFonts.forFamily(branding.font());
        Layout layout = new Layout(document, branding, fonts, null);
        byte[] body = layout.run();
        if (document.hasTableOfContents()) {
            body = new Layout(document, branding, fonts, layout.headingPages).run();
        }
        stamp(body, document, branding, fonts, out);
    }

    /**
     * The page each heading falls on when laid out as PDF. The Word renderer writes these into its
     * table of contents as the fields' current values, so the contents show page numbers even in
     * programs that do not refresh fields (Word refreshes them on opening).
     */
    public static int[] headingPages(Document document, Branding branding) throws IOException {
        Layout layout = new Layout(document, branding, PdfFonts.forFamily(branding.font()), null);
        layout.run();
        return layout.headingPages.clone();
    }

    /** Page header (partnership, title) and footer ('Page X of Y'), drawn once the page count is known. */
    private static void stamp(byte[] body, Document document, Branding branding, PdfFonts fonts, OutputStream out)
            throws IOException {
        PdfReader reader = new PdfReader(body);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            BaseFont font = fonts.base(false, false);
            String right = document.info().title() + (branding.classification() != null ? "  |  " + branding.classification() : "");
            String footerLeft = document.info().title() + ", " + document.info().date();
            for (int i = 1; i <= pages; i++) {
                Rectangle page = reader.getPageSizeWithRotation(i);
                PdfContentByte cb = stamper.getOverContent(i);
                float left = MARGIN;
                float rightX = page.getWidth() - MARGIN;
                float headerY = page.getHeight() - 38f;
                cb.saveState();
                cb.setColorStroke(RULE);
                cb.setLineWidth(0.5f);
                cb.moveTo(left, headerY - 5f);
                cb.lineTo(rightX, headerY - 5f);
                cb.stroke();
                cb.beginText();
                cb.setColorFill(GREY);
                cb.setFontAndSize(font, 8f);
                cb.showTextAligned(Element.ALIGN_LEFT, branding.partnershipName(), left, headerY, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, right, rightX, headerY, 0);
                cb.showTextAligned(Element.ALIGN_LEFT, footerLeft, left, 32f, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Page " + i + " of " + pages, rightX, 32f, 0);
                cb.endText();
                cb.restoreState();
            }
            stamper.close();
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be finished: " + e.getMessage(), e);
        } finally {
            reader.close();
        }
    }

    /** One layout pass over the document. */
    private static final class Layout extends PdfPageEventHelper {
        private final Document document;
        private final Branding branding;
        private final PdfFonts fonts;
        private final int[] knownPages;
        private final List<Block.Heading> headings;
        final int[] headingPages;
        private final Set<Integer> outlined = new HashSet<>();
        private final PdfOutline[] lastOutline = new PdfOutline[4];
        private final Color primary;
        private final Color accent;
        private com.lowagie.text.Document pdf;
        private PdfWriter writer;

        Layout(Document document, Branding branding, PdfFonts fonts, int[] knownPages) {
            this.document = document;
            this.branding = branding;
            this.fonts = fonts;
            this.knownPages = knownPages;
            this.headings = document.headings();
            this.headingPages = new int[headings.size()];
            int[] p = branding.primaryRgb();
            int[] a = branding.accentRgb();
            this.primary = new Color(p[0], p[1], p[2]);
            this.accent = new Color(a[0], a[1], a[2]);
        }

        byte[] run() throws IOException {
            Rectangle size = document.orientation() == Orientation.LANDSCAPE ? PageSize.A4.rotate() : PageSize.A4;
            pdf = new com.lowagie.text.Document(size, MARGIN, MARGIN, TOP, BOTTOM);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            try {
                writer = PdfWriter.getInstance(pdf, buffer);
                // The title bar shows the title, not the file name; a screen reader reads the text in British English.
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(DocumentInfo.LANGUAGE));
                writer.setPageEvent(this);
                // A picture too tall for the rest of the page moves to the next with its caption, not after it.
                writer.setStrictImageSequence(true);
                pdf.addTitle(document.info().title());
                pdf.addAuthor(document.info().author() != null ? document.info().author() : branding.partnershipName());
                pdf.addSubject(document.info().subtitle() != null ? document.info().subtitle() : branding.partnershipName());
                pdf.addCreator("Hubdesk");
                pdf.open();
                // XMP metadata (dc:title, dc:creator) as well as the information dictionary: PDF/UA asks for the title in both.
                writer.createXmpMetadata();
                titleBlock();
                int headingIndex = 0;
                List<Block> blocks = document.blocks();
                for (int b = 0; b < blocks.size(); b++) {
                    Block block = blocks.get(b);
                    if (block instanceof Block.Heading h) {
                        heading(h, headingIndex++, b + 1 < blocks.size() ? blocks.get(b + 1) : null);
                    } else if (block instanceof Block.Paragraph p) {
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
                        pdf.newPage();
                    } else if (block instanceof Block.TableOfContents) {
                        contents();
                    }
                }
                pdf.close();
            } catch (DocumentException e) {
                throw new IOException("The PDF could not be laid out: " + e.getMessage(), e);
            }
            return buffer.toByteArray();
        }

        private void titleBlock() throws DocumentException, IOException {
            if (branding.logoPng() != null) {
                Image logo = image(branding.logoPng());
                float height = 1.6f * 72f / 2.54f;
                logo.scaleToFit(height * 4, height);
                logo.setAlignment(Image.RIGHT);
                pdf.add(logo);
            }
            Paragraph name = new Paragraph(new Chunk(branding.partnershipName().toUpperCase(java.util.Locale.ROOT),
                    fonts.font(9.5f, true, false, primary)).setCharacterSpacing(0.6f));
            pdf.add(name);
            Paragraph title = new Paragraph(document.info().title(), fonts.font(24f, true, false, primary));
            title.setLeading(28f);
            title.setSpacingBefore(4f);
            title.setSpacingAfter(4f);
            pdf.add(title);
            if (document.info().subtitle() != null) {
                Paragraph sub = new Paragraph(document.info().subtitle(), fonts.font(14f, false, false, new Color(0x40, 0x40, 0x40)));
                sub.setSpacingAfter(6f);
                pdf.add(sub);
            }
            StringBuilder meta = new StringBuilder("Date: ").append(document.info().date());
            if (document.info().author() != null) {
                meta.append("    Prepared by: ").append(document.info().author());
            }
            if (branding.classification() != null) {
                meta.append("    Classification: ").append(branding.classification());
            }
            Paragraph details = new Paragraph(meta.toString(), fonts.font(9f, false, false, GREY));
            details.add(Chunk.NEWLINE);
            details.add(new Chunk(new LineSeparator(1.2f, 100f, accent, Element.ALIGN_LEFT, 2f)));
            details.setSpacingAfter(12f);
            pdf.add(details);
        }

        private void heading(Block.Heading h, int index, Block next) throws DocumentException, IOException {
            float size = switch (h.level()) {
                case 1 -> 15f;
                case 2 -> 12.5f;
                default -> 11f;
            };
            Color colour = h.level() == 3 ? new Color(0x40, 0x40, 0x40) : primary;
            // A heading needs room for itself and a few lines after it, or it starts the next page.
            // A heading right above a picture keeps with it.
            float needed = next instanceof Block.Picture pic ? size * 3 + scaled(pic).getScaledHeight() + 20f : size * 6;
            if (writer.getVerticalPosition(true) - pdf.bottom() < needed) {
                pdf.newPage();
            }
            Chunk text = new Chunk(h.text(), fonts.font(size, true, false, colour));
            text.setGenericTag(Integer.toString(index));
            text.setLocalDestination("h" + index);
            Paragraph p = new Paragraph(text);
            p.setLeading(size * 1.25f);
            p.setSpacingBefore(h.level() == 1 ? 10f : h.level() == 2 ? 8f : 6f);
            p.setSpacingAfter(h.level() == 1 ? 0f : 4f);
            p.setKeepTogether(true);
            pdf.add(p);
            if (h.level() == 1) {
                // A full-width rule under the heading, as Word's Heading 1 has a bottom border.
                Paragraph rule = new Paragraph(new Chunk(new LineSeparator(0.75f, 100f, primary, Element.ALIGN_LEFT, 0f)));
                rule.setLeading(4f);
                rule.setSpacingAfter(8f);
                pdf.add(rule);
            }
        }

        /** Bookmarks: each heading becomes an outline entry under the last heading of the level above. */
        @Override
        public void onGenericTag(PdfWriter w, com.lowagie.text.Document d, Rectangle rect, String tag) {
            int index = Integer.parseInt(tag);
            if (!outlined.add(index)) {
                return;
            }
            Block.Heading h = headings.get(index);
            headingPages[index] = w.getPageNumber();
            PdfOutline parent = w.getDirectContent().getRootOutline();
            for (int level = h.level() - 1; level >= 1; level--) {
                if (lastOutline[level] != null) {
                    parent = lastOutline[level];
                    break;
                }
            }
            PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 16f, 0),
                    h.text(), h.level() == 1);
            lastOutline[h.level()] = outline;
            for (int deeper = h.level() + 1; deeper < lastOutline.length; deeper++) {
                lastOutline[deeper] = null;
            }
        }

        private Phrase phrase(List<Run> runs, float size, Color colour) {
            Phrase phrase = new Phrase();
            phrase.setLeading(size * 1.35f);
            for (Run run : runs) {
                phrase.add(new Chunk(run.text(), fonts.font(size, run.bold(), run.italic(), colour)));
            }
            return phrase;
        }

        private void paragraph(Block.Paragraph para) throws DocumentException {
            switch (para.tone()) {
                case TO_BE_WRITTEN -> boxed(para, new Color(0xFF, 0xF4, 0xCE), accent, new Color(0x5A, 0x44, 0x00));
                case WARNING -> boxed(para, new Color(0xFB, 0xE5, 0xE5), new Color(0xC0, 0, 0), new Color(0x7F, 0, 0));
                case SMALL -> {
                    Paragraph p = new Paragraph(phrase(para.runs(), 8.5f, GREY));
                    p.setSpacingAfter(6f);
                    pdf.add(p);
                }
                default -> {
                    Paragraph p = new Paragraph(phrase(para.runs(), BODY, TEXT));
                    p.setSpacingAfter(6f);
                    pdf.add(p);
                }
            }
        }

        private void boxed(Block.Paragraph para, Color fill, Color bar, Color ink) throws DocumentException {
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell(phrase(para.runs(), BODY, ink));
            cell.setBackgroundColor(fill);
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderColorLeft(bar);
            cell.setBorderWidthLeft(3f);
            cell.setPadding(6f);
            cell.setPaddingLeft(9f);
            box.addCell(cell);
            box.setSpacingBefore(2f);
            box.setSpacingAfter(6f);
            pdf.add(box);
        }

        private void list(Block.ListBlock block) throws DocumentException {
            com.lowagie.text.List list = new com.lowagie.text.List(block.numbered(), 16f);
            if (!block.numbered()) {
                list.setListSymbol(new Chunk("\u2022", fonts.font(BODY, false, false, TEXT)));
            } else {
                list.setPreSymbol("");
                list.setPostSymbol(".");
            }
            list.setIndentationLeft(12f);
            for (List<Run> item : block.items()) {
                ListItem li = new ListItem(phrase(item, BODY, TEXT));
                li.setSpacingAfter(3f);
                list.add(li);
            }
            pdf.add(list);
            pdf.add(new Paragraph(" ", fonts.font(4f, false, false, TEXT)));
        }

        private void table(Block.Table table) throws DocumentException {
            double[] fractions = table.fractions();
            float[] widths = new float[fractions.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (float) fractions[i];
            }
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(4f);
            t.setSpacingAfter(table.caption() != null ? 2f : 10f);
            for (Block.Column column : table.columns()) {
                PdfPCell cell = new PdfPCell(new Phrase(column.header(), fonts.font(9f, true, false, Color.WHITE)));
                cell.setBackgroundColor(primary);
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPadding(4f);
                cell.setPaddingBottom(5f);
                t.addCell(cell);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                for (Block.Cell c : table.rows().get(r)) {
                    PdfPCell cell = new PdfPCell(phrase(c.runs(), 9f, TEXT));
                    cell.setBorder(Rectangle.BOTTOM);
                    cell.setBorderColorBottom(new Color(0xD9, 0xD9, 0xD9));
                    cell.setBorderWidthBottom(0.5f);
                    cell.setPadding(4f);
                    cell.setPaddingBottom(5f);
                    if (c.shade() != null) {
                        cell.setBackgroundColor(new Color(Integer.parseInt(c.shade(), 16)));
                    } else if (r % 2 == 1) {
                        cell.setBackgroundColor(BAND);
                    }
                    t.addCell(cell);
                }
            }
            pdf.add(t);
            if (table.caption() != null) {
                Paragraph caption = new Paragraph(table.caption(), fonts.font(8.5f, false, true, GREY));
                caption.setSpacingAfter(10f);
                pdf.add(caption);
            }
        }

        private void labelValues(Block.LabelValues lv) throws DocumentException {
            if (lv.entries().isEmpty()) {
                return;
            }
            PdfPTable t = new PdfPTable(new float[] {0.28f, 0.72f});
            t.setWidthPercentage(100);
            t.setSpacingAfter(8f);
            for (Block.LabelValue entry : lv.entries()) {
                PdfPCell label = new PdfPCell(new Phrase(entry.label(), fonts.font(BODY, true, false, new Color(0x40, 0x40, 0x40))));
                PdfPCell value = new PdfPCell(new Phrase(entry.value(), fonts.font(BODY, false, false, TEXT)));
                for (PdfPCell cell : new PdfPCell[] {label, value}) {
                    cell.setBorder(Rectangle.NO_BORDER);
                    cell.setPaddingLeft(0f);
                    cell.setPaddingTop(1.5f);
                    cell.setPaddingBottom(2.5f);
                    t.addCell(cell);
                }
            }
            pdf.add(t);
        }

        /** The picture at the size it is drawn: its width, or less to fit the page. */
        private Image scaled(Block.Picture pic) throws IOException {
            Image image = image(pic.png());
            float width = Math.min((float) (pic.widthCm() * 72 / 2.54), pdf.right() - pdf.left());
            image.scaleToFit(width, pdf.top() - pdf.bottom() - 40f);
            return image;
        }

        private void picture(Block.Picture pic) throws DocumentException, IOException {
            Image image = scaled(pic);
            image.setAlignment(Image.MIDDLE);
            pdf.add(image);
            if (pic.caption() != null && !pic.caption().isBlank()) {
                Paragraph caption = new Paragraph(pic.caption(), fonts.font(8.5f, false, true, GREY));
                caption.setAlignment(Element.ALIGN_CENTER);
                caption.setSpacingAfter(10f);
                pdf.add(caption);
            }
        }

        private static Image image(byte[] png) throws IOException {
            try {
                return Image.getInstance(png);
            } catch (RuntimeException e) {
                throw new UserInputException("A picture in the report is not a readable PNG", e);
            }
        }

        /** The contents: headings 1 and 2 with their page numbers (known from the first pass) and links. */
        private void contents() throws DocumentException {
            Paragraph title = new Paragraph("Contents", fonts.font(15f, true, false, primary));
            title.setSpacingAfter(8f);
            pdf.add(title);
            for (int i = 0; i < headings.size(); i++) {
                Block.Heading h = headings.get(i);
                if (h.level() > 2) {
                    continue;
                }
                String page = knownPages == null ? "00" : Integer.toString(knownPages[i]);
                Paragraph entry = new Paragraph();
                entry.setLeading(BODY * 1.5f);
                entry.setIndentationLeft(h.level() == 1 ? 0f : 14f);
                Chunk text = new Chunk(h.text(), fonts.font(BODY, h.level() == 1, false, TEXT));
                text.setLocalGoto("h" + i);
                entry.add(text);
                entry.add(new Chunk(new DottedLineSeparator()));
                entry.add(new Chunk(page, fonts.font(BODY, false, false, TEXT)));
                entry.setSpacingBefore(h.level() == 1 ? 3f : 0f);
                pdf.add(entry);
            }
            pdf.newPage();
        }
    }
}
