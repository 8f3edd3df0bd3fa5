package org.hubdesk.report.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.hubdesk.report.model.Run;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Text inside a Word paragraph: runs (bold, italic, line breaks) and fields (PAGE, NUMPAGES, TOC, PAGEREF). */
final class DocxText {
    private DocxText() {
    }

    static void runs(XWPFParagraph p, List<Run> runs) {
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

    static void field(XWPFParagraph p, String instruction, String shown) {
        fieldStart(p, instruction);
        p.createRun().setText(shown);
        fieldChar(p, STFldCharType.END);
    }

    static void fieldStart(XWPFParagraph p, String instruction) {
        fieldChar(p, STFldCharType.BEGIN);
        CTText text = p.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
    }

    static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }
}
