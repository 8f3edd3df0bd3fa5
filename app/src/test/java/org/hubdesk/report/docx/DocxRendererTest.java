package org.hubdesk.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.SampleDocuments;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Document;
import org.junit.jupiter.api.Test;

class DocxRendererTest {
    private static XWPFDocument render(Document document, Branding branding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(document, branding, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void headingsUseWordsHeadingStylesAndTheTitleBlockNamesThePartnership() throws IOException {
        try (XWPFDocument doc = render(SampleDocuments.longReport(5), Branding.defaults("Northbridge Partnership"))) {
            assertThat(styled(doc, "Heading1")).containsExactly("Summary", "Actions", "After the break");
            assertThat(styled(doc, "Heading2")).containsExactly("Picture");
            assertThat(styled(doc, "Heading3")).containsExactly("Detail");
            assertThat(styled(doc, "Title")).containsExactly("Quarterly learning report");
            assertThat(styled(doc, "HubdeskPartnership")).containsExactly("Northbridge Partnership");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Quarterly learning report");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Test Business Unit");
        }
    }

    @Test
    void tablesCarryTheirStyleContentsAndARepeatingHeaderRow() throws IOException {
        try (XWPFDocument doc = render(SampleDocuments.longReport(40), Branding.defaults("P"))) {
            XWPFTable table = doc.getTables().stream().filter(t -> "HubdeskTable".equals(t.getStyleID())).findFirst().orElseThrow();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Reference", "Action description", "Lead officer");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(41);
            assertThat(table.getRow(40).getCell(0).getText()).isEqualTo("R40");
            assertThat(table.getCTTbl().getTblGrid().getGridColArray()).hasSize(3);
            long first = Long.parseLong(table.getCTTbl().getTblGrid().getGridColArray(0).getW().toString());
            long second = Long.parseLong(table.getCTTbl().getTblGrid().getGridColArray(1).getW().toString());
            assertThat(second).isBetween(first * 5 - 5, first * 5 + 5);
        }
    }

    @Test
    void footerCountsPagesWithPageAndNumpagesFieldsAndTheHeaderNamesThePaper() throws IOException {
        try (XWPFDocument doc = render(SampleDocuments.longReport(3), Branding.defaults("Northbridge Partnership"))) {
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains(" PAGE ").contains(" NUMPAGES ");
            assertThat(doc.getFooterList().get(0).getText()).contains("Page ").contains(" of ");
            assertThat(doc.getHeaderList().get(0).getText()).contains("Northbridge Partnership").contains("Quarterly learning report");
        }
    }

    @Test
    void aContentsFieldListsTheHeadingsWithPageReferencesToTheirBookmarks() throws IOException {
        try (XWPFDocument doc = render(SampleDocuments.longReport(3), Branding.defaults("P"))) {
            List<XWPFParagraph> toc = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")
                    && !p.getStyle().equals("TOCHeading")).toList();
            assertThat(toc).extracting(XWPFParagraph::getText).allSatisfy(t -> assertThat(t).matches(".*\\t\\d+"));
            assertThat(toc.get(0).getCTP().xmlText()).contains("TOC \\o \"1-2\"");
            assertThat(toc.get(0).getCTP().xmlText()).contains("PAGEREF _Toc00000001");
            XWPFParagraph summary = doc.getParagraphs().stream().filter(p -> "Summary".equals(p.getText())).findFirst().orElseThrow();
            assertThat(summary.getCTP().getBookmarkStartArray(0).getName()).isEqualTo("_Toc00000001");
            assertThat(doc.getSettings().getCTSettings().getUpdateFields()).isNotNull();
        }
    }

    @Test
    void listsUseNumberingDefinitionsAndEachNumberedListHasItsOwn() throws IOException {
        Document twoLists = Document.builder("Lists").numbered(List.of("a", "b")).bullets(List.of("x")).numbered(List.of("c"))
                .build();
        try (XWPFDocument doc = render(twoLists, Branding.defaults("P"))) {
            List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(items).extracting(XWPFParagraph::getText).containsExactly("a", "b", "x", "c");
            assertThat(items.get(0).getNumFmt()).isEqualTo("decimal");
            assertThat(items.get(2).getNumFmt()).isEqualTo("bullet");
            assertThat(items.get(0).getNumID()).isEqualTo(items.get(1).getNumID()).isNotEqualTo(items.get(3).getNumID());
        }
    }

    @Test
    void aPageBreakBeforeATableComesBeforeTheTable() throws IOException {
        Document doc = Document.builder("Break").paragraph("first page").pageBreak()
                .table(t -> t.column("Only column", 1).row("on the second page")).build();
        try (XWPFDocument docx = render(doc, Branding.defaults("P"))) {
            List<org.apache.poi.xwpf.usermodel.IBodyElement> body = docx.getBodyElements();
            int tableAt = body.indexOf(docx.getTables().get(0));
            XWPFParagraph before = (XWPFParagraph) body.get(tableAt - 1);
            assertThat(before.isPageBreak()).isTrue();
        }
    }

    @Test
    void landscapeDocumentsGetALandscapePage() throws IOException {
        try (XWPFDocument doc = render(Document.builder("Wide").landscape().paragraph("x").build(), Branding.defaults("P"))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(Long.parseLong(size.getW().toString())).isGreaterThan(Long.parseLong(size.getH().toString()));
        }
    }

    @Test
    void theLogoAndPicturesAreEmbedded() throws IOException {
        Branding branding = Branding.defaults("P").withLogo(SampleDocuments.png(300, 100));
        try (XWPFDocument doc = render(SampleDocuments.longReport(1), branding)) {
            assertThat(doc.getAllPictures()).hasSize(2);
        }
    }

    @Test
    void everyPictureCarriesItsAltTextAndTheLogoIsNamed() throws IOException {
        Branding branding = Branding.defaults("Northbridge Partnership").withLogo(SampleDocuments.png(300, 100));
        Document document = Document.builder("Alt text").picture(SampleDocuments.png(200, 100), 8, "Caption only")
                .picture(SampleDocuments.png(200, 100), 8, "A chart", "Line chart of visits: Q1 4; Q2 7").build();
        try (XWPFDocument doc = render(document, branding)) {
            List<String> descriptions = new java.util.ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (var run : p.getRuns()) {
                    for (var drawing : run.getCTR().getDrawingList()) {
                        drawing.getInlineList().forEach(inline -> descriptions.add(inline.getDocPr().getDescr()));
                    }
                }
            }
            assertThat(descriptions).containsExactly("Logo of Northbridge Partnership", "Caption only",
                    "Line chart of visits: Q1 4; Q2 7");
        }
    }

    @Test
    void aUsersReferenceTemplateKeepsTheirStylesAndGetsTheMissingOnes() throws IOException {
        byte[] reference;
        try (XWPFDocument user = new XWPFDocument()) {
            ReferenceTemplate.applyStyles(user, Branding.defaults("P"));
            // The user made Heading 1 green and deleted the table style.
            user.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).setVal("00AA00");
            user.createParagraph().createRun().setText("Text in the template that must not reach the report");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            user.write(out);
            reference = out.toByteArray();
        }
        try (XWPFDocument doc = render(SampleDocuments.longReport(2), Branding.defaults("P").withReferenceDocx(reference))) {
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo("00AA00");
            assertThat(doc.getStyles().styleExist("HubdeskTable")).isTrue();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("Text in the template that must not reach the report");
        }
    }

    @Test
    void aBrokenReferenceTemplateIsAClearMessage() {
        Branding broken = Branding.defaults("P").withReferenceDocx("not a zip at all".getBytes());
        assertThatThrownBy(() -> render(SampleDocuments.longReport(1), broken))
                .isInstanceOf(UserInputException.class).hasMessageContaining("reference.docx").hasMessageContaining("damaged");
    }
}
