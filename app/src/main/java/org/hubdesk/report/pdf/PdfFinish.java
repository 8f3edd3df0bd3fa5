package org.hubdesk.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.hubdesk.report.model.DocumentInfo;

/**
 * What the layout leaves to be done on the finished PDF: the outline open on opening, the title
 * shown in the title bar, the language, the creator, and a description (Contents) on every link,
 * which PDF/UA asks for: the link's own words, e.g. a contents entry's heading and page.
 */
final class PdfFinish {
    private PdfFinish() {
    }

    static void finish(PDDocument pdf) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setPageMode(PageMode.USE_OUTLINES);
        catalog.setLanguage(DocumentInfo.LANGUAGE);
        PDViewerPreferences preferences = catalog.getViewerPreferences() != null
                ? catalog.getViewerPreferences() : new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        pdf.getDocumentInformation().setCreator("Hubdesk");
        describeLinks(pdf);
    }

    private static void describeLinks(PDDocument pdf) throws IOException {
        PDFTextStripperByArea stripper = null;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link) || link.getContents() != null) {
                    continue;
                }
                if (stripper == null) {
                    stripper = new PDFTextStripperByArea();
                }
                String words = wordsUnder(stripper, page, link);
                int target = targetPage(pdf, link);
                String description = words.isEmpty() ? "Go to page " + target : words;
                if (target > 0 && !words.isEmpty() && !words.endsWith(" " + target)) {
                    description = words + ", page " + target;
                }
                link.setContents(description);
            }
        }
    }

    /** The text drawn under the link, leader dots dropped. */
    private static String wordsUnder(PDFTextStripperByArea stripper, PDPage page, PDAnnotationLink link) throws IOException {
        var box = link.getRectangle();
        float height = page.getMediaBox().getHeight();
        stripper.addRegion("link", new java.awt.geom.Rectangle2D.Float(box.getLowerLeftX(), height - box.getUpperRightY(),
                box.getWidth(), box.getHeight()));
        stripper.extractRegions(page);
        String text = stripper.getTextForRegion("link");
        stripper.removeRegion("link");
        return text.replaceAll("\\.{2,}", " ").replaceAll("\\s+", " ").strip();
    }

    /** The 1-based page the link goes to, or 0 when it goes elsewhere. */
    private static int targetPage(PDDocument pdf, PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDPageDestination pageDestination) {
            int index = pageDestination.retrievePageNumber();
            return index >= 0 ? index + 1 : (pageDestination.getPage() != null ? pdf.getPages().indexOf(pageDestination.getPage()) + 1 : 0);
        }
        return 0;
    }
}
