package org.hubdesk.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.hubdesk.report.SampleDocuments;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: tagged (PDF/UA-1) structure, language, title, embedded fonts. */
class PdfAccessibilityTest {
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        Document document = SampleDocuments.longReport(60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(document, Branding.defaults("Northbridge Partnership").withLogo(SampleDocuments.png(120, 60)), out);
        pdf = out.toByteArray();
    }

    @Test
    void theStructureTreeHasHeadingsParagraphsListsTablesAndFiguresWithAltText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            List<PDStructureElement> elements = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).contains("H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Link");
            // The sample's level-3 heading follows a level-1 heading: tagged H2, so no level is skipped.
            assertThat(types).doesNotContain("H3");
            assertThat(elements.stream().filter(e -> "Figure".equals(e.getStructureType())).map(PDStructureElement::getAlternateDescription))
                    .contains("A test picture", "Northbridge Partnership logo").doesNotContainNull();
            // The table's header row: three TH cells (Reference, Action description, Lead officer) in a THead.
            assertThat(types).contains("THead", "TBody");
            assertThat(types.stream().filter("TH"::equals).count()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theLanguageTitleAndPdfUaIdentificationAreDeclared() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Quarterly learning report");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid").contains("Quarterly learning report");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).extracting(o -> o.getTitle())
                    .containsExactly("Summary", "Actions", "After the break");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void theHeaderAndFooterAreArtifactsAndEveryLinkSaysWhereItGoes() throws IOException {
        // PDFBox extracts everything drawn; OpenPDF's extractor leaves out artifacts. The footer is in one and not the other.
        assertThat(PdfPageText.withHeaderAndFooter(pdf, 2)).contains("Page 2 of").contains("Northbridge Partnership");
        PdfReader reader = new PdfReader(pdf);
        String tagged = new PdfTextExtractor(reader).getTextFromPage(2);
        reader.close();
        assertThat(tagged).doesNotContain("Page 2 of").contains("Summary");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> descriptions = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        descriptions.add(annotation.getContents());
                    }
                }
            }
            assertThat(descriptions).isNotEmpty().doesNotContainNull().anyMatch(d -> d.startsWith("After the break"));
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
