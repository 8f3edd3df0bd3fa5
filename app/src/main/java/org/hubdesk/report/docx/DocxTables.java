package org.hubdesk.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Run;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables in a Word report: the HubdeskTable style at the text width with fixed column widths, the
 * header row marked to repeat on every page (a screen reader also reads it as the header), and
 * the two-column "Label: value" facts.
 */
final class DocxTables {
    private DocxTables() {
    }

    private static XWPFTable newTable(XWPFDocument doc, int rows, int cols, String style, double[] fractions, int textWidth,
                                      boolean breakBefore) {
        if (breakBefore) {
            // A table cannot carry "page break before": an empty paragraph with one can.
            XWPFParagraph before = doc.createParagraph();
            before.setPageBreak(true);
            before.setSpacingAfter(0);
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

    static void table(XWPFDocument doc, Block.Table table, int textWidth, boolean breakBefore) {
        int cols = table.columns().size();
        XWPFTable t = newTable(doc, table.rows().size() + 1, cols, "HubdeskTable", table.fractions(), textWidth, breakBefore);
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
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle("Caption");
            caption.createRun().setText(table.caption());
        } else {
            spacer(doc);
        }
    }

    private static void spacer(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(0);
    }

    private static void cellText(XWPFTableCell cell, List<Run> runs) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("HubdeskTableText");
        DocxText.runs(p, runs);
    }

    static void labelValues(XWPFDocument doc, Block.LabelValues lv, int textWidth, boolean breakBefore) {
        if (lv.entries().isEmpty()) {
            return;
        }
        XWPFTable t = newTable(doc, lv.entries().size(), 2, "HubdeskFacts", new double[] {0.28, 0.72}, textWidth, breakBefore);
        for (int i = 0; i < lv.entries().size(); i++) {
            Block.LabelValue entry = lv.entries().get(i);
            cellText(t.getRow(i).getCell(0), List.of(Run.plain(entry.label())));
            cellText(t.getRow(i).getCell(1), List.of(Run.plain(entry.value())));
        }
        spacer(doc);
    }
}
