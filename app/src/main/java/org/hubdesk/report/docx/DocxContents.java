package org.hubdesk.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.hubdesk.report.model.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/** The table of contents of a Word report and the bookmarks its page numbers point to. */
final class DocxContents {
    private DocxContents() {
    }

    /** The bookmark on the heading with this index, in Word's own "_Toc" naming. */
    static String bookmark(int headingIndex) {
        return String.format("_Toc%08d", headingIndex + 1);
    }

    /**
     * The contents' entries, after their "Contents" heading: a TOC field (so Word's "Update table" works) whose current result already
     * lists the headings, each with a PAGEREF field to its bookmark for the page number.
     */
    static void entries(XWPFDocument doc, List<Block.Heading> headings, int[] pages, int textWidth) {
        List<Integer> shown = new java.util.ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).level() <= 2) {
                shown.add(i);
            }
        }
        if (shown.isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("TOC1");
            DocxText.fieldStart(p, "TOC \\o \"1-2\" \\h \\z \\u");
            p.createRun().setText("Update this field to list the headings.");
            DocxText.fieldChar(p, STFldCharType.END);
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
                DocxText.fieldStart(p, "TOC \\o \"1-2\" \\h \\z \\u");
            }
            p.createRun().setText(h.text());
            p.createRun().addTab();
            DocxText.field(p, "PAGEREF " + bookmark(index) + " \\h", pages[index] > 0 ? Integer.toString(pages[index]) : "");
            if (n == shown.size() - 1) {
                DocxText.fieldChar(p, STFldCharType.END);
            }
        }
    }
}
