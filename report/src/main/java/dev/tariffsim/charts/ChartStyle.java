package dev.tariffsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The one look of every chart: fonts, colours, strokes, number formats. */
final class ChartStyle {
    static final int WIDTH = 640;
    static final int HEIGHT = 380;

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color BLUE = new Color(0x1F, 0x5F, 0x9F);
    static final Color ORANGE = new Color(0xD9, 0x6C, 0x1E);
    static final Color GREEN = new Color(0x2E, 0x8B, 0x57);
    static final Color GREY = new Color(0x88, 0x88, 0x88);
    static final Color RED = new Color(0xB2, 0x22, 0x22);
    static final Color BAND_OUTER = new Color(0x1F, 0x5F, 0x9F, 0x40);
    static final Color BAND_INNER = new Color(0x1F, 0x5F, 0x9F, 0x80);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    static final Color[] SERIES = {BLUE, ORANGE, GREEN, new Color(0x7B, 0x4F, 0x9D), RED, GREY};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Stroke LINE = new BasicStroke(2f);
    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f);

    private ChartStyle() {
    }

    /** Applies the style to a chart and its plot's axes; adds the subtitle when it is not empty. */
    static JFreeChart apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(INK);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, SUBTITLE);
            t.setPaint(GREY);
            t.setPadding(new RectangleInsets(2, 0, 4, 0));
            chart.addSubtitle(t);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(SMALL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return chart;
    }

    /** Styles an axis's label and ticks. */
    static void axis(Axis a) {
        a.setLabelFont(LABEL);
        a.setLabelPaint(INK);
        a.setTickLabelFont(TICK);
        a.setTickLabelPaint(INK);
        a.setAxisLinePaint(GREY);
        a.setTickMarkPaint(GREY);
    }

    /** A number axis with grouped, locale-independent tick labels. */
    static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US)));
        a.setAutoRangeIncludesZero(false);
        axis(a);
        return a;
    }

    /** A percent axis over [0, 1] shown as 0% to 100%. */
    static NumberAxis shareAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.US)));
        axis(a);
        return a;
    }

    /** A labelled reference line. */
    static ValueMarker marker(double value, String label, Paint paint, Stroke stroke, boolean labelLeft) {
        ValueMarker m = new ValueMarker(value, paint, stroke);
        m.setLabel(label);
        m.setLabelFont(SMALL);
        m.setLabelPaint(paint);
        m.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }

    /** A horizontal reference line (on the range axis) labelled at its left end, above the line. */
    static ValueMarker levelMarker(double value, String label, Paint paint) {
        ValueMarker m = new ValueMarker(value, paint, DASHED);
        m.setLabel(label);
        m.setLabelFont(SMALL);
        m.setLabelPaint(paint);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }

    /** A legend entry drawn as a line. */
    static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-8, 0, 8, 0),
            stroke, paint);
        item.setLabelFont(SMALL);
        return item;
    }

    /** A legend entry drawn as a filled box. */
    static LegendItem boxItem(String label, Paint paint) {
        LegendItem item = new LegendItem(label, paint);
        item.setShape(new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12));
        item.setLabelFont(SMALL);
        return item;
    }
}
