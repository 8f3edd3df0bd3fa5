package org.hubdesk.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

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
                    DocxTables.table(doc, t, textWidth, takePageBreak());
                } else if (block instanceof Block.LabelValues lv) {
                    DocxTables.labelValues(doc, lv, textWidth, takePageBreak());
                } else if (block instanceof Block.Picture pic) {
                    picture(pic);
                } else if (block instanceof Block.PageBreak) {
                    pageBreakPending = true;
                } else if (block instanceof Block.TableOfContents) {
                    styled("TOCHeading", "Contents");
                    DocxContents.entries(doc, headings, PdfRenderer.headingPages(document, branding), textWidth);
                    pageBreakPending = true;
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
            DocxText.field(fp, "PAGE", "1");
            fp.createRun().setText(" of ");
            DocxText.field(fp, "NUMPAGES", "1");
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
                DocxPictures.add(logo.createRun(), branding.logoPng(), 0, 1.6, "Logo of " + branding.partnershipName());
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

        /** Whether the next block starts a new page; asking clears it, as the block takes the break. */
        private boolean takePageBreak() {
            boolean pending = pageBreakPending;
            pageBreakPending = false;
            return pending;
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
            start.setName(DocxContents.bookmark(index));
            start.setId(BigInteger.valueOf(++bookmarkId));
            p.createRun().setText(h.text());
            CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
            end.setId(BigInteger.valueOf(bookmarkId));
        }

        private void paragraph(Block.Paragraph para) {
            XWPFParagraph p = newParagraph();
            switch (para.tone()) {
                case TO_BE_WRITTEN -> p.setStyle("HubdeskNote");
                case WARNING -> p.setStyle("HubdeskWarning");
                case SMALL -> p.setStyle("HubdeskSmall");
                default -> { }
            }
            DocxText.runs(p, para.runs());
        }

        private void list(Block.ListBlock list) {
            BigInteger numId = list.numbered() ? newNumbering(true) : bullets();
            for (List<Run> item : list.items()) {
                XWPFParagraph p = newParagraph();
                p.setStyle("ListParagraph");
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                DocxText.runs(p, item);
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

        private void picture(Block.Picture pic) throws IOException {
            XWPFParagraph p = newParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            double maxCm = textWidth / 567.0;
            DocxPictures.add(p.createRun(), pic.png(), Math.min(pic.widthCm(), maxCm), 0, pic.altText());
            if (pic.caption() != null && !pic.caption().isBlank()) {
                styled("Caption", pic.caption()).setAlignment(ParagraphAlignment.CENTER);
            }
        }

    }
}
