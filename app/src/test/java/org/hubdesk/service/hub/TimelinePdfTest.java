package org.hubdesk.service.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hubdesk.domain.hub.TimelineLayout;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's one-page PDF read back with PDFBox: tagged for PDF/UA-1, with the picture described in words. */
class TimelinePdfTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @TempDir
    Path dir;

    @Test
    void theTimelinePageIsOneFigureWithAltTextInEmbeddedFontsWithLanguageTitleAndPdfUaId() throws Exception {
        Path pdf;
        TimelineLayout layout;
        try (Services services = TestStores.open(dir)) {
            services.demo().createEmpty("Test Partnership");
            HubService hub = new HubService(services.database(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            hub.planProgramme(List.of("Neglect", "Online harm", "Missing children"), YearMonth.of(2027, 5));
            layout = hub.yearTimeline(2027, TimelineLayout.Metrics.PICTURE);
            pdf = hub.exportTimeline(2027, TimelineExporter.Format.PDF, dir.resolve("timeline.pdf"));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Learning Hub programme 2027-28");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>").contains("Learning Hub programme 2027-28");

            List<PDStructureElement> elements = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
            assertThat(elements).extracting(PDStructureElement::getStructureType).containsExactly("Document", "Figure");
            String alt = elements.get(1).getAlternateDescription();
            TimelineLayout.Bar first = layout.bars().get(0);
            assertThat(alt).startsWith("Timeline: Learning Hub programme 2027-28, 2027-04 to 2028-03")
                    .contains("Neglect: Initial scoping " + first.firstMonth(), "Online harm:", "Missing children:");

            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
            // Still text, not outlines: it can be searched and copied.
            assertThat(new PDFTextStripper().getText(doc)).contains("Learning Hub programme 2027-28", "Neglect", "Initial scoping");
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
