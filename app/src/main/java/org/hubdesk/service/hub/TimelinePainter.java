package org.hubdesk.service.hub;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.TimelineLayout;

/**
 * Draws a {@link TimelineLayout} with Java2D, for the PNG (a BufferedImage) and the PDF (OpenPDF's
 * Graphics2D): no JavaFX, so the command line exports without a display.
 */
public final class TimelinePainter {
    static final Color GRID = new Color(0xD5D9DE);
    static final Color BAND = new Color(0xF2F4F7);
    static final Color TEXT = new Color(0x1F2933);
    static final Color MUTED = new Color(0x52606D);
    static final Color TODAY = new Color(0xC62828);
    /**
     * Liberation Sans, the font the PDF embeds (see TimelinePdf), so text measured here fits the same
     * in the PDF.
     */
    private static final String FONT = java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(java.util.Locale.ROOT)).contains("Liberation Sans") ? "Liberation Sans" : Font.SANS_SERIF;

    private TimelinePainter() {
    }

    public static void paint(Graphics2D g, TimelineLayout layout, LocalDate printedOn) {
        TimelineLayout.Metrics m = layout.metrics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));

        double top = layout.gridTop();
        double bottom = layout.gridBottom();
        double bandTop = m.titleHeight();
        if (m.titleHeight() > 0) {
            g.setColor(TEXT);
            g.setFont(new Font(FONT, Font.BOLD, 18));
            g.drawString(layout.title(), 12f, (float) (m.titleHeight() * 0.62));
            if (printedOn != null) {
                g.setFont(new Font(FONT, Font.PLAIN, 10));
                g.setColor(MUTED);
                String printed = "Printed " + printedOn;
                g.drawString(printed, (float) (layout.width() - 12 - g.getFontMetrics().stringWidth(printed)),
                        (float) (m.titleHeight() * 0.62));
            }
        }
        // Year and month bands.
        g.setFont(new Font(FONT, Font.BOLD, 12));
        for (TimelineLayout.YearBand year : layout.years()) {
            g.setColor(BAND);
            g.fill(new Rectangle2D.Double(year.x(), bandTop, year.width(), m.bandHeight()));
            g.setColor(TEXT);
            g.drawString(year.label(), (float) year.x() + 6, (float) (bandTop + m.bandHeight() * 0.7));
        }
        g.setFont(new Font(FONT, Font.PLAIN, 11));
        for (TimelineLayout.MonthColumn month : layout.months()) {
            g.setColor(month.month().getMonthValue() % 2 == 0 ? new Color(0xFAFBFC) : Color.WHITE);
            g.fill(new Rectangle2D.Double(month.x(), top, month.width(), bottom - top));
            g.setColor(MUTED);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(month.label(), (float) (month.x() + (month.width() - fm.stringWidth(month.label())) / 2),
                    (float) (bandTop + m.bandHeight() * 1.7));
            g.setColor(GRID);
            g.setStroke(new BasicStroke(month.month().getMonthValue() == 1 ? 1.5f : 0.6f));
            g.draw(new Line2D.Double(month.x(), bandTop, month.x(), bottom));
        }
        // Rows: priority titles on the left, a rule under each.
        g.setStroke(new BasicStroke(0.6f));
        for (TimelineLayout.Row row : layout.rows()) {
            g.setColor(GRID);
            g.draw(new Line2D.Double(0, row.y() + row.height(), layout.months().isEmpty() ? m.labelWidth()
                    : layout.months().get(layout.months().size() - 1).x() + m.monthWidth(), row.y() + row.height()));
            g.setColor(TEXT);
            g.setFont(new Font(FONT, Font.PLAIN, 12));
            drawWrapped(g, row.label(), 10, row.y(), m.labelWidth() - 16, row.height());
        }
        g.setColor(GRID);
        g.draw(new Line2D.Double(0, top, layout.width(), top));
        // Meetings: a dashed line under the bars (labels stay legible) and a small triangle hanging from the grid's top edge,
        // clear of the month names however narrow the months.
        Color markerColour = new Color(TimelineLayout.MARKER_RGB);
        for (TimelineLayout.Marker marker : layout.markers()) {
            g.setColor(blend(markerColour, Color.WHITE, 0.35));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            g.draw(new Line2D.Double(marker.x(), top, marker.x(), bottom));
            g.setColor(markerColour);
            g.fill(pennant(marker.x(), top + 0.5, 5, 6.5));
        }
        // Phase bars.
        for (TimelineLayout.Bar bar : layout.bars()) {
            Color fill = new Color(bar.rgb());
            if (bar.status() == ActivityStatus.DONE) {
                fill = blend(fill, Color.WHITE, 0.45);
            }
            RoundRectangle2D shape = new RoundRectangle2D.Double(bar.x(), bar.y(), bar.width(), bar.height(), 8, 8);
            g.setColor(fill);
            g.fill(shape);
            if (bar.status() == ActivityStatus.IN_PROGRESS) {
                g.setColor(TEXT);
                g.setStroke(new BasicStroke(2f));
                g.draw(shape);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(FONT, Font.BOLD, (int) Math.max(8, Math.min(11, m.monthWidth() * 0.2))));
            FontMetrics fm = g.getFontMetrics();
            String label = fm.stringWidth(bar.label()) <= bar.width() - 10 ? bar.label() : fit(bar.shortLabel(), fm, bar.width() - 8);
            g.drawString(label, (float) (bar.x() + 5), (float) (bar.y() + bar.height() / 2 + fm.getAscent() / 2.0 - 2));
        }
        // Today.
        if (layout.todayX() != null) {
            g.setColor(TODAY);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(layout.todayX(), top - 4, layout.todayX(), bottom));
            g.setFont(new Font(FONT, Font.BOLD, 10));
            // In the year band, which is empty but for the year at its start.
            g.drawString("Today", (float) (layout.todayX() + 3), (float) (bandTop + m.bandHeight() * 0.7));
        }
        // Legend.
        g.setFont(new Font(FONT, Font.PLAIN, 11));
        for (TimelineLayout.LegendItem item : layout.legend()) {
            g.setColor(new Color(item.rgb()));
            if (item.meetingMarker()) {
                g.fill(pennant(item.x() + 9, item.y() - 6, 6, 9));
            } else {
                g.fill(new RoundRectangle2D.Double(item.x(), item.y() - 7, 18, 12, 4, 4));
            }
            g.setColor(TEXT);
            g.drawString(item.label(), (float) (item.x() + 24), (float) (item.y() + 4));
        }
    }

    /** A downward triangle: top edge centred on (cx, y), {@code half} each side, {@code depth} down to its point. */
    private static java.awt.geom.Path2D pennant(double cx, double y, double half, double depth) {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(cx - half, y);
        d.lineTo(cx + half, y);
        d.lineTo(cx, y + depth);
        d.closePath();
        return d;
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** Cuts text to a width with an ellipsis; an empty string when not even a letter fits. */
    static String fit(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String cut = text.substring(0, n).strip() + "…";
            if (fm.stringWidth(cut) <= width) {
                return cut;
            }
        }
        return "";
    }

    /** A priority title on up to two lines, the second cut with an ellipsis. */
    private static void drawWrapped(Graphics2D g, String text, double x, double y, double width, double height) {
        FontMetrics fm = g.getFontMetrics();
        String first = text;
        String rest = "";
        if (fm.stringWidth(text) > width) {
            int cut = text.length();
            while (cut > 0 && fm.stringWidth(text.substring(0, cut)) > width) {
                cut = text.lastIndexOf(' ', cut - 1);
            }
            if (cut <= 0) {
                first = fit(text, fm, width);
            } else {
                first = text.substring(0, cut);
                rest = fit(text.substring(cut + 1), fm, width);
            }
        }
        int lineHeight = fm.getHeight();
        double textTop = y + (height - (rest.isEmpty() ? lineHeight : 2 * lineHeight)) / 2 + fm.getAscent();
        g.drawString(first, (float) x, (float) textTop);
        if (!rest.isEmpty()) {
            g.drawString(rest, (float) x, (float) (textTop + lineHeight));
        }
    }
}
