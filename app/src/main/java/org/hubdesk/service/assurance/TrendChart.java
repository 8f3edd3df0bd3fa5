package org.hubdesk.service.assurance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * An indicator's trend over its quarters as a PNG for Word and PDF, drawn with JFreeChart (plain
 * Java2D, so it works headless and on the command line). The screen draws the same series with a
 * JavaFX LineChart; both show the target as a dashed line.
 */
public final class TrendChart {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 360;

    private TrendChart() {
    }

    /** The chart in words, for a screen reader: each quarter's figure and the target. */
    public static String altText(Indicator indicator, List<IndicatorValue> values) {
        StringBuilder sb = new StringBuilder("Line chart of " + indicator.name() + " by quarter: ");
        sb.append(String.join("; ", values.stream().map(v -> v.quarter().shortLabel() + " " + indicator.format(v.value())).toList()));
        sb.append(indicator.target() == null ? "." : ". Target " + indicator.format(indicator.target()) + ", shown as a dashed line.");
        return sb.toString();
    }

    public static byte[] png(Indicator indicator, List<IndicatorValue> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (IndicatorValue v : values) {
            data.addValue(v.value(), indicator.name(), v.quarter().shortLabel());
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        NumberAxis y = new NumberAxis(indicator.unit());
        y.setAutoRangeIncludesZero(true);
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        y.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x1F, 0x4E, 0x79));
        line.setSeriesStroke(0, new BasicStroke(3f));
        line.setDefaultItemLabelsVisible(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, line);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setOutlineVisible(false);
        if (indicator.target() != null) {
            ValueMarker target = new ValueMarker(indicator.target());
            target.setPaint(new Color(0xC0, 0x39, 0x2B));
            target.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            target.setLabel("Target " + indicator.format(indicator.target()));
            target.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            target.setLabelPaint(new Color(0xC0, 0x39, 0x2B));
            target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(target);
            double max = values.stream().mapToDouble(IndicatorValue::value).max().orElse(0);
            if (indicator.target() > max) {
                y.setUpperBound(indicator.target() * 1.1);
            }
        }
        JFreeChart chart = new JFreeChart(indicator.name(), new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return org.hubdesk.report.PngBytes.of(image);
    }
}
