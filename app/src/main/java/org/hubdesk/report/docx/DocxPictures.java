package org.hubdesk.report.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.hubdesk.domain.common.UserInputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/** Pictures in a Word report: a PNG in a run at a size in centimetres, with its alt text. */
final class DocxPictures {
    private DocxPictures() {
    }

    /**
     * Adds a PNG at a width (or, when width is 0, a height) in centimetres, keeping its proportions,
     * with its alt text (the drawing's description, which Word shows as Alt Text and reads aloud).
     */
    static void add(XWPFRun run, byte[] png, double widthCm, double heightCm, String altText) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new UserInputException("A picture in the report is not a readable PNG");
        }
        double ratio = (double) image.getHeight() / image.getWidth();
        double w = widthCm > 0 ? widthCm : heightCm / ratio;
        double h = widthCm > 0 ? widthCm * ratio : heightCm;
        try (InputStream in = new ByteArrayInputStream(png)) {
            XWPFPicture picture = run.addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "picture.png",
                    (int) Math.round(w * Units.EMU_PER_CENTIMETER), (int) Math.round(h * Units.EMU_PER_CENTIMETER));
            CTDrawing drawing = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1);
            if (drawing.sizeOfInlineArray() > 0 && altText != null && !altText.isBlank()) {
                drawing.getInlineArray(0).getDocPr().setDescr(altText);
            }
            if (picture == null) {
                throw new UserInputException("A picture in the report is not a readable PNG");
            }
        } catch (InvalidFormatException e) {
            throw new UserInputException("A picture in the report is not a readable PNG", e);
        }
    }
}
