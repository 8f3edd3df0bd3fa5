package org.hubdesk.report.meetings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.cos.COSName;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;

/**
 * The meeting pack: the agenda followed by every attached paper, as one PDF with a bookmark for
 * the agenda and for each paper. Papers must be PDFs; anything else is refused before writing.
 * The agenda is the report engine's (tagged, branded, as exported on its own).
 */
public final class MeetingPack {
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private MeetingPack() {
    }

    /** A paper attached to an agenda item: the item's number on the agenda (from 1), the item, the file. */
    private record Paper(int number, AgendaItem item, Path file) {
        /** How messages name it: "The paper for item 3 'Title'". */
        String named() {
            return "The paper for item " + number + " '" + item.title() + "'";
        }
    }

    /** The agenda's papers in agenda order, each numbered by its item's place on the agenda. */
    private static List<Paper> attached(AgendaTiming timing) {
        List<Paper> papers = new ArrayList<>();
        int n = 1;
        for (AgendaTiming.TimedItem t : timing.items()) {
            AgendaItem item = t.item();
            if (item.paperPath() != null) {
                papers.add(new Paper(n, item, Path.of(item.paperPath())));
            }
            n++;
        }
        return papers;
    }

    /** Checks every attached paper; names the first that cannot go in the pack. */
    public static List<Path> papers(AgendaTiming timing) {
        List<Path> papers = new ArrayList<>();
        for (Paper paper : attached(timing)) {
            Path p = paper.file();
            if (!paper.item().paperIsPdf()) {
                throw new UserInputException(paper.named() + " is not a PDF (" + p.getFileName()
                        + "): save it as PDF and attach that, or remove it from the item");
            }
            if (!Files.isReadable(p)) {
                throw new UserInputException(paper.named() + " cannot be found at " + p);
            }
            papers.add(p);
        }
        return papers;
    }

    /** What a pack holds: its pages, and the papers that came without tags for screen readers. */
    public record Written(int pages, List<String> untaggedPapers) {
        public Written {
            untaggedPapers = List.copyOf(untaggedPapers);
        }
    }

    /**
     * Writes the agenda (a tagged PDF from the report engine) followed by every attached paper to
     * {@code out}, with a bookmark for the agenda and for each paper. The papers are merged with
     * PDFBox, which keeps each tagged paper's structure; the pack claims PDF/UA only when every
     * paper is tagged. The caller checks the papers first with {@link #papers}, before it writes the agenda.
     */
    public static Written write(byte[] agendaPdf, String title, AgendaTiming timing, OutputStream out) {
        List<PDDocument> opened = new ArrayList<>();
        try (PDDocument pack = Loader.loadPDF(agendaPdf)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark("Agenda", pack.getPage(0)));
            List<String> untagged = new ArrayList<>();
            for (Paper attached : attached(timing)) {
                Path file = attached.file();
                PDDocument paper;
                try {
                    paper = Loader.loadPDF(file.toFile());
                } catch (IOException e) {
                    throw new UserInputException(attached.named() + " could not be read as a PDF (" + file.getFileName() + "): "
                            + e.getMessage(), e);
                }
                opened.add(paper);
                if (!tagged(paper)) {
                    untagged.add(file.getFileName().toString());
                }
                int firstPage = pack.getNumberOfPages();
                merger.appendDocument(pack, paper);
                if (pack.getNumberOfPages() > firstPage) {
                    outline.addLast(bookmark(attached.number() + ". " + attached.item().title(), pack.getPage(firstPage)));
                }
            }
            PDDocumentCatalog catalog = pack.getDocumentCatalog();
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
            pack.getDocumentInformation().setTitle(title);
            retitle(pack, title, untagged.isEmpty());
            pack.save(out);
            return new Written(pack.getNumberOfPages(), untagged);
        } catch (IOException e) {
            throw new UserInputException("The meeting pack could not be written: " + e.getMessage(), e);
        } finally {
            opened.forEach(MeetingPack::closeQuietly);
        }
    }

    private static boolean tagged(PDDocument pdf) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        return catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        return item;
    }

    /**
     * The pack's XMP says its own title; the PDF/UA identification (from the agenda) stays only when
     * every page of the pack is tagged, else the whole XMP goes rather than claim what is not so.
     */
    private static void retitle(PDDocument pack, String title, boolean everyPaperTagged) throws IOException {
        PDDocumentCatalog catalog = pack.getDocumentCatalog();
        if (catalog.getMarkInfo() != null && !catalog.getMarkInfo().isSuspect()) {
            // False is the default; some readers (poppler) complain of an explicit one.
            catalog.getMarkInfo().getCOSObject().removeItem(COSName.getPDFName("Suspects"));
        }
        if (!everyPaperTagged || catalog.getMetadata() == null) {
            catalog.setMetadata(null);
            return;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Document xmp = factory.newDocumentBuilder().parse(new ByteArrayInputStream(catalog.getMetadata().toByteArray()));
            NodeList titles = xmp.getElementsByTagNameNS(DUBLIN_CORE, "title");
            if (titles.getLength() == 0) {
                throw new IOException("the agenda's metadata has no title");
            }
            NodeList items = ((Element) titles.item(0)).getElementsByTagNameNS(RDF, "li");
            if (items.getLength() == 0) {
                titles.item(0).setTextContent(title);
            } else {
                items.item(0).setTextContent(title);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(xmp), new StreamResult(bytes));
            PDMetadata metadata = new PDMetadata(pack);
            metadata.importXMPMetadata(bytes.toByteArray());
            catalog.setMetadata(metadata);
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("its metadata could not be rewritten (" + e.getMessage() + ")", e);
        }
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException ignored) {
            // Read-only: nothing of the user's is at stake.
        }
    }
}
