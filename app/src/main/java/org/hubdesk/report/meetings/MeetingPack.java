package org.hubdesk.report.meetings;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSmartCopy;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;

/**
 * The meeting pack: the agenda followed by every attached paper, as one PDF with a bookmark for
 * the agenda and for each paper. Papers must be PDFs; anything else is refused before writing.
 */
public final class MeetingPack {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, new Color(0x44, 0x44, 0x44));
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE);

    private MeetingPack() {
    }

    /** Checks every attached paper; names the first that cannot go in the pack. */
    public static List<Path> papers(AgendaTiming timing) {
        List<Path> papers = new ArrayList<>();
        int n = 1;
        for (AgendaTiming.TimedItem t : timing.items()) {
            AgendaItem item = t.item();
            if (item.paperPath() != null) {
                Path p = Path.of(item.paperPath());
                if (!item.paperIsPdf()) {
                    throw new UserInputException("The paper for item " + n + " '" + item.title() + "' is not a PDF (" + p.getFileName()
                            + "): save it as PDF and attach that, or remove it from the item");
                }
                if (!Files.isReadable(p)) {
                    throw new UserInputException("The paper for item " + n + " '" + item.title() + "' cannot be found at " + p);
                }
                papers.add(p);
            }
            n++;
        }
        return papers;
    }

    /** Writes agenda + papers to {@code out}; returns the number of pages. */
    public static int write(AgendaContent agenda, OutputStream out) {
        papers(agenda.timing());
        byte[] agendaPdf = agendaPdf(agenda);
        try {
            Document doc = new Document();
            PdfSmartCopy copy = new PdfSmartCopy(doc, out);
            doc.open();
            List<Map<String, Object>> outline = new ArrayList<>();
            int page = 1;
            page = append(copy, new PdfReader(agendaPdf), page);
            outline.add(bookmark("Agenda", 1));
            int n = 1;
            for (AgendaTiming.TimedItem t : agenda.timing().items()) {
                AgendaItem item = t.item();
                if (item.paperPath() != null) {
                    PdfReader reader;
                    try {
                        reader = new PdfReader(Files.readAllBytes(Path.of(item.paperPath())));
                    } catch (IOException e) {
                        throw new UserInputException("The paper for item " + n + " '" + item.title()
                                + "' could not be read as a PDF (" + Path.of(item.paperPath()).getFileName() + "): " + e.getMessage(), e);
                    }
                    outline.add(bookmark(n + ". " + item.title(), page));
                    page = append(copy, reader, page);
                }
                n++;
            }
            copy.setOutlines(outline);
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            doc.close();
            return page - 1;
        } catch (IOException | DocumentException e) {
            throw new UserInputException("The meeting pack could not be written: " + e.getMessage(), e);
        }
    }

    private static int append(PdfSmartCopy copy, PdfReader reader, int page) throws IOException {
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            PdfImportedPage imported = copy.getImportedPage(reader, i);
            copy.addPage(imported);
            page++;
        }
        reader.close();
        return page;
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> b = new HashMap<>();
        b.put("Title", title);
        b.put("Action", "GoTo");
        b.put("Page", page + " Fit");
        return b;
    }

    /** The agenda page(s) on their own. */
    public static byte[] agendaPdf(AgendaContent agenda) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, bytes);
        doc.addTitle("Agenda: " + agenda.groupName() + " " + agenda.meeting().meetingDate());
        doc.open();
        if (agenda.partnershipName() != null) {
            doc.add(new Paragraph(agenda.partnershipName(), SMALL));
        }
        doc.add(new Paragraph(agenda.groupName(), TITLE));
        Paragraph when = new Paragraph("Agenda for the meeting on " + agenda.meeting().meetingDate() + " at "
                + agenda.meeting().startsAt() + " – " + agenda.timing().ends()
                + (agenda.meeting().place() == null ? "" : ", " + agenda.meeting().place()), BODY);
        when.setSpacingAfter(10);
        doc.add(when);

        PdfPTable table = new PdfPTable(new float[] {4, 8, 44, 14, 18, 8});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"", "Time", "Agenda item", "Paper/ Discussion", "Lead", "Mins"}) {
            PdfPCell c = new PdfPCell(new Phrase(h, CELL_HEAD));
            c.setBackgroundColor(new Color(0x2b, 0x4a, 0x6f));
            c.setPadding(4);
            table.addCell(c);
        }
        int n = 1;
        for (AgendaTiming.TimedItem t : agenda.timing().items()) {
            AgendaItem item = t.item();
            table.addCell(cell(String.valueOf(n++)));
            table.addCell(cell(t.starts().toString()));
            Paragraph title = new Paragraph(item.title() + (item.caseReference() == null ? "" : " – case " + item.caseReference()), BODY);
            PdfPCell c = new PdfPCell();
            c.setPadding(4);
            c.addElement(title);
            for (String p : item.subPoints()) {
                Paragraph sub = new Paragraph("• " + p, SMALL);
                sub.setIndentationLeft(8);
                c.addElement(sub);
            }
            if (item.paperPath() != null) {
                c.addElement(new Paragraph("Paper: " + Path.of(item.paperPath()).getFileName(), SMALL));
            }
            table.addCell(c);
            table.addCell(cell(item.kind().label()));
            table.addCell(cell(agenda.lead(item)));
            PdfPCell mins = cell(item.minutes() + "");
            mins.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(mins);
        }
        doc.add(table);
        Paragraph foot = new Paragraph("Total " + AgendaTiming.describe(agenda.timing().totalMinutes())
                + ". Papers to be circulated by " + agenda.deadlines().papersDue() + "; minutes by " + agenda.deadlines().minutesDue() + ".", SMALL);
        foot.setSpacingBefore(8);
        doc.add(foot);
        if (agenda.timing().overruns()) {
            doc.add(new Paragraph(new Chunk(agenda.timing().overrunWarning(), new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0xa0, 0x20, 0x20)))));
        }
        doc.close();
        return bytes.toByteArray();
    }

    private static PdfPCell cell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, BODY));
        c.setPadding(4);
        return c;
    }
}
