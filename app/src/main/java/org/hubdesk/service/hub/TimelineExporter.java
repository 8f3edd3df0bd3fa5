package org.hubdesk.service.hub;

import com.lowagie.text.DocumentException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.TimelineLayout;

/** Writes a timeline as a PNG picture or as one tagged A4 landscape PDF page for board papers ({@link TimelinePdf}). */
public final class TimelineExporter {
    /** PNG pixels per layout unit: sharp when pasted into a report or shown on a projector. */
    static final double PNG_SCALE = 2.0;

    public enum Format {
        PNG, PDF;

        public static Format parse(String text) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                    .findFirst()
                    .orElseThrow(() -> new UserInputException("Unknown format '" + text + "': use png or pdf"));
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private TimelineExporter() {
    }

    /** The A4 landscape page less its margins, in points: what a PDF's layout is fitted to. */
    public static double[] pdfArea() {
        return TimelinePdf.area();
    }

    public static Path write(TimelineLayout layout, Format format, Path out, LocalDate printedOn) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException("The folder " + folder + " does not exist");
        }
        // Write beside the target and move into place, so a failed export never leaves half a file.
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream stream = Files.newOutputStream(partial)) {
            if (format == Format.PNG) {
                writePng(layout, stream, printedOn);
            } else {
                writePdf(layout, stream, printedOn);
            }
        } catch (IOException | DocumentException e) {
            deleteQuietly(partial);
            throw new UserInputException("Could not write " + out + ": " + e.getMessage(), e);
        }
        try {
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UserInputException("Could not write " + out + ": " + e.getMessage(), e);
        }
        return out;
    }

    public static BufferedImage image(TimelineLayout layout, double scale, LocalDate printedOn) {
        int w = (int) Math.ceil(layout.width() * scale);
        int h = (int) Math.ceil(layout.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            TimelinePainter.paint(g, layout, printedOn);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void writePng(TimelineLayout layout, OutputStream stream, LocalDate printedOn) throws IOException {
        ImageIO.write(image(layout, PNG_SCALE, printedOn), "png", stream);
    }

    private static void writePdf(TimelineLayout layout, OutputStream stream, LocalDate printedOn) throws IOException {
        TimelinePdf.write(layout, stream, printedOn);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing more to do: the export already failed and says so.
        }
    }
}
