package org.hubdesk.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hubdesk.report.SampleDocuments;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Document;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static PdfReader render(Document document, Branding branding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(document, branding, out);
        return new PdfReader(out.toByteArray());
    }

    @Test
    void aLongTableRepeatsItsHeaderRowAndEveryPageSaysPageXOfY() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(SampleDocuments.longReport(120), Branding.defaults("Northbridge Partnership"), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThanOrEqualTo(4);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        // Page 1: title block and contents; the table starts on page 2 and runs on to page 3 and beyond.
        String page3 = text.getTextFromPage(3);
        assertThat(page3).contains("Reference").contains("Action description").contains("Lead officer");
        assertThat(page3.indexOf("Reference")).isLessThan(page3.indexOf("Action number"));
        // The header and footer are artifacts, which OpenPDF's extractor leaves out: read them with PDFBox (PdfPageText).
        assertThat(PdfPageText.withHeaderAndFooter(out.toByteArray(), 2)).contains("Page 2 of " + pages);
        assertThat(PdfPageText.withHeaderAndFooter(out.toByteArray(), pages)).contains("Page " + pages + " of " + pages);
        assertThat(text.getTextFromPage(pages)).contains("Last words.");
        assertThat(PdfPageText.withHeaderAndFooter(out.toByteArray(), 2)).contains("Northbridge Partnership");
        reader.close();
    }

    @Test
    void titleAndAuthorGoIntoTheDocumentInformation() throws IOException {
        PdfReader reader = render(SampleDocuments.longReport(2), Branding.defaults("P"));
        Map<String, String> info = reader.getInfo();
        assertThat(info).containsEntry("Title", "Quarterly learning report").containsEntry("Author", "Test Business Unit");
        reader.close();
    }

    @Test
    void theLanguageAndTitleAreDeclaredForScreenReadersAndTheTitleBarShowsTheTitle() throws IOException {
        PdfReader reader = render(SampleDocuments.longReport(2), Branding.defaults("P"));
        assertThat(reader.getCatalog().getAsString(com.lowagie.text.pdf.PdfName.LANG).toUnicodeString()).isEqualTo("en-GB");
        String xmp = new String(reader.getMetadata(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp).contains("<dc:title>").contains("Quarterly learning report");
        com.lowagie.text.pdf.PdfDictionary preferences = reader.getCatalog().getAsDict(com.lowagie.text.pdf.PdfName.VIEWERPREFERENCES);
        assertThat(preferences.get(com.lowagie.text.pdf.PdfName.DISPLAYDOCTITLE)).isEqualTo(com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
        assertThat(reader.getCatalog().get(com.lowagie.text.pdf.PdfName.PAGEMODE)).isEqualTo(com.lowagie.text.pdf.PdfName.USEOUTLINES);
        reader.close();
    }

    @Test
    void headingsBecomeNestedBookmarks() throws IOException {
        PdfReader reader = render(SampleDocuments.longReport(2), Branding.defaults("P"));
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
        assertThat(bookmarks).extracting(b -> b.get("Title")).containsExactly("Summary", "Actions", "After the break");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> underSummary = (List<Map<String, Object>>) bookmarks.get(0).get("Kids");
        assertThat(underSummary).extracting(b -> b.get("Title")).containsExactly("Picture");
        reader.close();
    }

    @Test
    void theContentsGivesEachHeadingsRealPage() throws IOException {
        PdfReader reader = render(SampleDocuments.longReport(120), Branding.defaults("P"));
        PdfTextExtractor text = new PdfTextExtractor(reader);
        int afterBreak = -1;
        for (int page = reader.getNumberOfPages(); page >= 1; page--) {
            if (text.getTextFromPage(page).contains("Last words.")) {
                afterBreak = page;
                break;
            }
        }
        assertThat(afterBreak).isGreaterThan(2);
        // The dot leaders are drawn, not text: "After the break" and its page number come out side by side.
        String contents = text.getTextFromPage(1).replaceAll("[ .]+", "");
        assertThat(contents).contains("Afterthebreak" + afterBreak);
        reader.close();
    }

    @Test
    void landscapePagesAreWide() throws IOException {
        PdfReader reader = render(Document.builder("Wide").landscape().paragraph("x").build(), Branding.defaults("P"));
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
        reader.close();
    }
}
