package org.hubdesk.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;

/** Documents that exercise every block kind, for the renderer tests. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    /** A report with a contents, lists, a picture and a table long enough to run over several pages. */
    public static Document longReport(int tableRows) {
        DocumentBuilder b = Document.builder("Quarterly learning report")
                .subtitle("For the Partnership Board")
                .author("Test Business Unit")
                .date(LocalDate.of(2026, 3, 31))
                .labelValues(lv -> lv.add("Group", "Learning Hub").add("Empty is skipped", ""))
                .tableOfContents()
                .heading1("Summary")
                .paragraph(org.hubdesk.report.model.Run.plain("Plain, "), org.hubdesk.report.model.Run.bold("bold"),
                        org.hubdesk.report.model.Run.italic(" and italic"))
                .toBeWritten("the chair's foreword.")
                .bullets(List.of("First bullet", "Second bullet"))
                .numbered(List.of("First step", "Second step"))
                .heading2("Picture")
                .picture(png(200, 100), 8, "A test picture")
                .heading1("Actions")
                .heading3("Detail");
        b.table(t -> {
            t.column("Reference", 1).column("Action description", 5).column("Lead officer", 2);
            for (int i = 1; i <= tableRows; i++) {
                t.row("R" + i, "Action number " + i + " with some words to fill the cell", "Lead " + i);
            }
        });
        b.pageBreak().heading1("After the break").paragraph("Last words.");
        return b.build();
    }

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
