package org.hubdesk.report.governance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.governance.BackToPractice;
import org.hubdesk.domain.governance.ChartGeometry;
import org.hubdesk.domain.governance.GovernanceChart;
import org.hubdesk.report.PngBytes;

/**
 * The governance chart and the Back to Practice model as PNG pictures for Word and PDF, drawn with
 * plain Java2D (headless, so the command line can export them) on the same geometry the screen
 * uses ({@link ChartGeometry}, {@link BackToPractice}). Drawn at twice the size for print.
 */
public final class GovernancePictures {
    private static final double SCALE = 2.0;
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color LINE = new Color(0x59, 0x59, 0x59);
    private static final Color BOX = new Color(0xEA, 0xF1, 0xF8);
    private static final Color BORDER = new Color(0x1F, 0x4E, 0x79);
    private static final Color OVERDUE = new Color(0xC0, 0x00, 0x00);
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private GovernancePictures() {
    }

    public static byte[] chart(GovernanceChart chart, LocalDate today) {
        Canvas c = new Canvas(ChartGeometry.width(chart), ChartGeometry.height(chart));
        for (GovernanceChart.Link link : chart.links()) {
            double[] p = ChartGeometry.path(chart, link);
            Path2D path = new Path2D.Double();
            path.moveTo(p[0], p[1]);
            for (int i = 2; i < p.length; i += 2) {
                path.lineTo(p[i], p[i + 1]);
            }
            c.g.setColor(LINE);
            c.g.setStroke(new BasicStroke(1.5f));
            c.g.draw(path);
        }
        for (GovernanceChart.Box b : chart.boxes()) {
            boolean overdue = ChartGeometry.overdue(b.group(), today);
            c.box(ChartGeometry.left(b), ChartGeometry.top(b), ChartGeometry.BOX_WIDTH, ChartGeometry.BOX_HEIGHT, BOX,
                    overdue ? OVERDUE : BORDER, overdue ? 2.5f : 1.2f, ChartGeometry.lines(b.group(), today));
        }
        return c.png();
    }

    public static byte[] backToPractice() {
        Canvas c = new Canvas(BackToPractice.width(), BackToPractice.height());
        for (BackToPractice.Flow f : BackToPractice.flows()) {
            double[] p = BackToPractice.arrow(f);
            c.arrow(p, f.label());
        }
        for (BackToPractice.Stage s : BackToPractice.stages()) {
            List<String> lines = new ArrayList<>();
            lines.add(s.name());
            lines.add(s.role());
            c.box(BackToPractice.left(s), BackToPractice.top(s), BackToPractice.BOX_WIDTH, BackToPractice.BOX_HEIGHT,
                    new Color(Integer.parseInt(s.rgb(), 16)), BORDER, 1.2f, lines);
        }
        return c.png();
    }

    /** One picture being drawn, in the geometry's points (scaled for print). */
    private static final class Canvas {
        final BufferedImage image;
        final Graphics2D g;

        Canvas(double width, double height) {
            image = new BufferedImage((int) Math.ceil(width * SCALE), (int) Math.ceil(height * SCALE), BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
        }

        /** A rounded box with its first line in bold and the others wrapped to its width, centred. */
        void box(double x, double y, double w, double h, Color fill, Color border, float borderWidth, List<String> lines) {
            var shape = new java.awt.geom.RoundRectangle2D.Double(x, y, w, h, 10, 10);
            g.setColor(fill);
            g.fill(shape);
            g.setColor(border);
            g.setStroke(new BasicStroke(borderWidth));
            g.draw(shape);
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Font font = i == 0 ? NAME : SMALL;
                for (String row : wrap(lines.get(i), g.getFontMetrics(font), w - 14)) {
                    rows.add(new String[] {i == 0 ? "b" : "", row});
                }
            }
            double lineHeight = 15;
            double textY = y + (h - rows.size() * lineHeight) / 2 + 11;
            g.setColor(INK);
            for (String[] row : rows) {
                g.setFont(row[0].isEmpty() ? SMALL : NAME);
                FontMetrics fm = g.getFontMetrics();
                g.drawString(row[1], (float) (x + (w - fm.stringWidth(row[1])) / 2), (float) textY);
                textY += lineHeight;
            }
        }

        void arrow(double[] p, String label) {
            double x1 = p[0];
            double y1 = p[1];
            double x2 = p[2];
            double y2 = p[3];
            g.setColor(LINE);
            g.setStroke(new BasicStroke(2f));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
            double[] h = BackToPractice.head(p);
            Path2D head = new Path2D.Double();
            head.moveTo(h[0], h[1]);
            head.lineTo(h[2], h[3]);
            head.lineTo(h[4], h[5]);
            head.closePath();
            g.fill(head);
            g.setFont(SMALL);
            FontMetrics fm = g.getFontMetrics();
            BackToPractice.LabelSpot spot = BackToPractice.labelSpot(p);
            boolean level = Math.abs(y2 - y1) < 1;
            int w = fm.stringWidth(label);
            float tx = (float) (level ? spot.x() - w / 2.0 : spot.endsAtX() ? spot.x() - w : spot.x());
            float ty = (float) spot.y();
            g.setColor(INK);
            g.drawString(label, tx, ty);
        }

        byte[] png() {
            g.dispose();
            return PngBytes.of(image);
        }
    }

    /** Splits text into lines no wider than {@code width}, breaking at spaces. */
    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(tried) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
