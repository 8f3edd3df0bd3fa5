package org.hubdesk.report.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.DocumentRenderer;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.Orientation;
import org.hubdesk.report.model.Run;
import org.hubdesk.report.pdf.PdfRenderer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a report as a Word document on the styles of the reference template: headings in
 * Heading 1-3 (Word's navigation pane and table of contents use them), lists on numbering
 * definitions, tables in the HubdeskTable style with a repeating header row, 'Page X of Y' from
 * PAGE and NUMPAGES fields, and a TOC field whose entries Word refreshes on opening.
 */
public final class DocxRenderer implements DocumentRenderer {
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;

    @Override
    public void render(Document document, Branding branding, OutputStream out) throws IOException {
        try (XWPFDocument doc = open(branding)) {
            new Writer(doc, document, branding).write();
            doc.write(out);
        }
    }

    private static XWPFDocument open(Branding branding) {
        if (branding.referenceDocx() == null) {
            XWPFDocument doc = new XWPFDocument();
            ReferenceTemplate.applyStyles(doc, branding);
            return doc;
        }
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(branding.referenceDocx()));
        } catch (Exception | LinkageError e) {
            throw new UserInputException("The Word template (reference.docx) is damaged or not a .docx file; "
                    + "save it again from Word, or delete it to use the built-in styles", e);
        }
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        ReferenceTemplate.ensureStyles(doc, branding);
        return doc;
    }

    /** One rendering: the state (numbering ids, bookmarks) of one document being written. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final Document document;
        private final Branding branding;
        private int textWidth;
        private int bookmarkId;
        private boolean pageBreakPending;
        private BigInteger bulletNumId;

        Writer(XWPFDocument doc, Document document, Branding branding) {
            this.doc = doc;
            this.document = document;
            this.branding = branding;
        }

        void write() throws IOException {
            pageSetup();
            properties();
            headerAndFooter();
            titleBlock();
            List<Block.Heading> headings = document.headings();
            int headingIndex = 0;
            for (Block block : document.blocks()) {
                if (block instanceof Block.Heading h) {
                    heading(h, headingIndex++);
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
                    pageBreakPending = true;
                } else if (block instanceof Block.TableOfContents) {
                    tableOfContents(headings, PdfRenderer.headingPages(document, branding));
                }
            }
            if (document.hasTableOfContents()) {
                // Word fills in the page numbers of the contents when it opens the file.
                doc.enforceUpdateFields();
            }
        }

        private void pageSetup() {
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            boolean landscape = document.orientation() == Orientation.LANDSCAPE;
            size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
            size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : null;
            if (mar == null) {
                mar = sect.addNewPgMar();
                mar.setTop(BigInteger.valueOf(MARGIN + 284));
                mar.setBottom(BigInteger.valueOf(MARGIN));
                mar.setLeft(BigInteger.valueOf(MARGIN));
                mar.setRight(BigInteger.valueOf(MARGIN));
                mar.setHeader(BigInteger.valueOf(567));
                mar.setFooter(BigInteger.valueOf(567));
            }
            textWidth = (landscape ? A4_HEIGHT : A4_WIDTH) - twips(mar.getLeft()) - twips(mar.getRight());
        }

        private static int twips(Object value) {
            return value == null ? MARGIN : Integer.parseInt(value.toString());
        }

        private void properties() {
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(document.info().title());
            core.setCreator(document.info().author() != null ? document.info().author() : branding.partnershipName());
            core.setDescription(document.info().subtitle());
            core.setSubjectProperty(branding.partnershipName());
        }

        private void headerAndFooter() {
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy() != null ? doc.getHeaderFooterPolicy()
                    : doc.createHeaderFooterPolicy();
            XWPFHeader header = policy.getDefaultHeader() != null ? policy.getDefaultHeader() : doc.createHeader(HeaderFooterType.DEFAULT);
            clear(header);
            XWPFParagraph hp = header.createParagraph();
            hp.setStyle("Header");
            rightTab(hp);
            hp.createRun().setText(branding.partnershipName());
            XWPFRun titleRun = hp.createRun();
            titleRun.addTab();
            titleRun.setText(document.info().title() + (branding.classification() != null ? "  |  " + branding.classification() : ""));

            // A template's first-page and even-page headers would show its sample text: empty them.
            for (XWPFHeaderFooter other : new XWPFHeaderFooter[] {policy.getFirstPageHeader(), policy.getEvenPageHeader(),
                policy.getFirstPageFooter(), policy.getEvenPageFooter()}) {
                if (other != null) {
                    clear(other);
                }
            }
            XWPFFooter footer = policy.getDefaultFooter() != null ? policy.getDefaultFooter() : doc.createFooter(HeaderFooterType.DEFAULT);
            clear(footer);
            XWPFParagraph fp = footer.createParagraph();
            fp.setStyle("Footer");
            rightTab(fp);
            fp.createRun().setText(document.info().title() + ", " + document.info().date());
            fp.createRun().addTab();
            fp.createRun().setText("Page ");
            field(fp, "PAGE", "1");
            fp.createRun().setText(" of ");
            field(fp, "NUMPAGES", "1");
        }

        private static void clear(XWPFHeaderFooter part) {
            part.clearHeaderFooter();
        }

        private void rightTab(XWPFParagraph p) {
            CTTabStop tab = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(textWidth));
        }

        private void titleBlock() throws IOException {
            if (branding.logoPng() != null) {
                XWPFParagraph logo = doc.createParagraph();
                logo.setAlignment(ParagraphAlignment.RIGHT);
                addPicture(logo.createRun(), branding.logoPng(), 0, 1.6);
            }
            styled("HubdeskPartnership", branding.partnershipName());
            styled("Title", document.info().title());
            if (document.info().subtitle() != null) {
                styled("Subtitle", document.info().subtitle());
            }
            StringBuilder meta = new StringBuilder("Date: ").append(document.info().date());
            if (document.info().author() != null) {
                meta.append("    Prepared by: ").append(document.info().author());
            }
            if (branding.classification() != null) {
                meta.append("    Classification: ").append(branding.classification());
            }
            styled("HubdeskMeta", meta.toString());
        }

        private XWPFParagraph styled(String style, String text) {
            XWPFParagraph p = newParagraph();
            p.setStyle(style);
            p.createRun().setText(text);
            return p;
        }

        private XWPFParagraph newParagraph() {
            XWPFParagraph p = doc.createParagraph();
            if (pageBreakPending) {
                p.setPageBreak(true);
                pageBreakPending = false;
            }
            return p;
        }

        private void heading(Block.Heading h, int index) {
            XWPFParagraph p = newParagraph();
            p.setStyle("Heading" + h.level());
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setName(bookmark(index));
            start.setId(BigInteger.valueOf(++bookmarkId));
            p.createRun().setText(h.text());
            CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
            end.setId(BigInteger.valueOf(bookmarkId));
        }

        private static String bookmark(int headingIndex) {
            return String.format("_Toc%08d", headingIndex + 1);
        }

        private void paragraph(Block.Paragraph para) {
            XWPFParagraph p = newParagraph();
            switch (para.tone()) {
                case TO_BE_WRITTEN -> p.setStyle("HubdeskNote");
                case WARNING -> p.setStyle("HubdeskWarning");
                case SMALL -> p.setStyle("HubdeskSmall");
                default -> { }
            }
            runs(p, para.runs());
        }

        private static void runs(XWPFParagraph p, List<Run> runs) {
            for (Run run : runs) {
                String[] lines = run.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun r = p.createRun();
                    if (i > 0) {
                        r.addBreak();
                    }
                    r.setText(lines[i]);
                    if (run.bold()) {
                        r.setBold(true);
                    }
                    if (run.italic()) {
                        r.setItalic(true);
                    }
                }
            }
        }

        private void list(Block.ListBlock list) {
            BigInteger numId = list.numbered() ? newNumbering(true) : bullets();
            for (List<Run> item : list.items()) {
                XWPFParagraph p = newParagraph();
                p.setStyle("ListParagraph");
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                runs(p, item);
            }
        }

        private BigInteger bullets() {
            if (bulletNumId == null) {
                bulletNumId = newNumbering(false);
            }
            return bulletNumId;
        }

        /** A numbering definition of its own for each numbered list, so every list starts at 1. */
        private BigInteger newNumbering(boolean numbered) {
            XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
            BigInteger id = BigInteger.ONE;
            for (XWPFAbstractNum existing : numbering.getAbstractNums()) {
                BigInteger existingId = existing.getCTAbstractNum().getAbstractNumId();
                if (existingId != null && existingId.compareTo(id) >= 0) {
                    id = existingId.add(BigInteger.ONE);
                }
            }
            String xml = "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                    + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + (numbered ? "decimal" : "bullet") + "\"/>"
                    + "<w:lvlText w:val=\"" + (numbered ? "%1." : "\u2022") + "\"/><w:lvlJc w:val=\"left\"/>"
                    + "<w:pPr><w:ind w:left=\"567\" w:hanging=\"340\"/></w:pPr></w:lvl></w:abstractNum></w:numbering>";
            try {
                CTAbstractNum abs = NumberingDocument.Factory.parse(xml).getNumbering().getAbstractNumArray(0);
                BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
                return numbering.addNum(absId);
            } catch (XmlException e) {
                throw new IllegalStateException("Hubdesk's list numbering does not parse", e);
            }
        }

        private XWPFTable newTable(int rows, int cols, String style, double[] fractions) {
            if (pageBreakPending) {
                // A table cannot carry "page break before": an empty paragraph with one can.
                XWPFParagraph before = doc.createParagraph();
                before.setPageBreak(true);
                before.setSpacingAfter(0);
                pageBreakPending = false;
            }
            XWPFTable t = doc.createTable(rows, cols);
            CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders();
            }
            t.setStyleID(style);
            CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(textWidth));
            CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
            layout.setType(STTblLayoutType.FIXED);
            CTTblLook look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
            look.setFirstRow(true);
            look.setFirstColumn(style.equals("HubdeskFacts"));
            look.setNoVBand(true);
            look.setLastRow(false);
            look.setLastColumn(false);
            look.setNoHBand(false);
            CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            int[] widths = new int[cols];
            for (int c = 0; c < cols; c++) {
                widths[c] = (int) Math.round(fractions[c] * textWidth);
                grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            }
            for (XWPFTableRow row : t.getRows()) {
                for (int c = 0; c < cols; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    CTTblWidth cw = cell.getCTTc().addNewTcPr().addNewTcW();
                    cw.setType(STTblWidth.DXA);
                    cw.setW(BigInteger.valueOf(widths[c]));
                }
            }
            return t;
        }

        private void table(Block.Table table) {
            int cols = table.columns().size();
            XWPFTable t = newTable(table.rows().size() + 1, cols, "HubdeskTable", table.fractions());
            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                cellText(header.getCell(c), List.of(Run.plain(table.columns().get(c).header())));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                XWPFTableRow row = t.getRow(r + 1);
                row.setCantSplitRow(true);
                List<Block.Cell> cells = table.rows().get(r);
                for (int c = 0; c < cols; c++) {
                    cellText(row.getCell(c), cells.get(c).runs());
                    if (cells.get(c).shade() != null) {
                        row.getCell(c).setColor(cells.get(c).shade());
                    }
                }
            }
            if (table.caption() != null) {
                styled("Caption", table.caption());
            } else {
                spacer();
            }
        }

        private void spacer() {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
        }

        private static void cellText(XWPFTableCell cell, List<Run> runs) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("HubdeskTableText");
            runs(p, runs);
        }

        private void labelValues(Block.LabelValues lv) {
            if (lv.entries().isEmpty()) {
                return;
            }
            XWPFTable t = newTable(lv.entries().size(), 2, "HubdeskFacts", new double[] {0.28, 0.72});
            for (int i = 0; i < lv.entries().size(); i++) {
                Block.LabelValue entry = lv.entries().get(i);
                cellText(t.getRow(i).getCell(0), List.of(Run.plain(entry.label())));
                cellText(t.getRow(i).getCell(1), List.of(Run.plain(entry.value())));
            }
            spacer();
        }

        private void picture(Block.Picture pic) throws IOException {
            XWPFParagraph p = newParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            double maxCm = textWidth / 567.0;
            addPicture(p.createRun(), pic.png(), Math.min(pic.widthCm(), maxCm), 0);
            if (pic.caption() != null && !pic.caption().isBlank()) {
                styled("Caption", pic.caption()).setAlignment(ParagraphAlignment.CENTER);
            }
        }

        /** Adds a PNG at a width (or, when width is 0, a height) in centimetres, keeping its proportions. */
        private static void addPicture(XWPFRun run, byte[] png, double widthCm, double heightCm) throws IOException {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new UserInputException("A picture in the report is not a readable PNG");
            }
            double ratio = (double) image.getHeight() / image.getWidth();
            double w = widthCm > 0 ? widthCm : heightCm / ratio;
            double h = widthCm > 0 ? widthCm * ratio : heightCm;
            try (InputStream in = new ByteArrayInputStream(png)) {
                run.addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "picture.png",
                        (int) Math.round(w * Units.EMU_PER_CENTIMETER), (int) Math.round(h * Units.EMU_PER_CENTIMETER));
            } catch (InvalidFormatException e) {
                throw new UserInputException("A picture in the report is not a readable PNG", e);
            }
        }

        /**
         * The contents: a TOC field (so Word's "Update table" works) whose current result already
         * lists the headings, each with a PAGEREF field to its bookmark for the page number.
         */
        private void tableOfContents(List<Block.Heading> headings, int[] pages) {
            styled("TOCHeading", "Contents");
            List<Integer> shown = new java.util.ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                if (headings.get(i).level() <= 2) {
                    shown.add(i);
                }
            }
            if (shown.isEmpty()) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("TOC1");
                fieldStart(p, "TOC \\o \"1-2\" \\h \\z \\u");
                p.createRun().setText("Update this field to list the headings.");
                fieldChar(p, STFldCharType.END);
                return;
            }
            for (int n = 0; n < shown.size(); n++) {
                int index = shown.get(n);
                Block.Heading h = headings.get(index);
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("TOC" + h.level());
                CTTabStop tab = p.getCTP().getPPr().addNewTabs().addNewTab();
                tab.setVal(STTabJc.RIGHT);
                tab.setLeader(STTabTlc.DOT);
                tab.setPos(BigInteger.valueOf(textWidth));
                if (n == 0) {
                    fieldStart(p, "TOC \\o \"1-2\" \\h \\z \\u");
                }
                p.createRun().setText(h.text());
                p.createRun().addTab();
                field(p, "PAGEREF " + bookmark(index) + " \\h", pages[index] > 0 ? Integer.toString(pages[index]) : "");
                if (n == shown.size() - 1) {
                    fieldChar(p, STFldCharType.END);
                }
            }
            pageBreakPending = true;
        }

        private static void field(XWPFParagraph p, String instruction, String shown) {
            fieldStart(p, instruction);
            p.createRun().setText(shown);
            fieldChar(p, STFldCharType.END);
        }

        private static void fieldStart(XWPFParagraph p, String instruction) {
            fieldChar(p, STFldCharType.BEGIN);
            CTText text = p.createRun().getCTR().addNewInstrText();
            text.setStringValue(" " + instruction + " ");
            text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            fieldChar(p, STFldCharType.SEPARATE);
        }

        private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
            p.createRun().getCTR().addNewFldChar().setFldCharType(type);
        }
    }
}
