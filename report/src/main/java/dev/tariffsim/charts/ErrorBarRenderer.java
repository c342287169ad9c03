package dev.tariffsim.charts;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with asymmetric error bars: JFreeChart's {@code StatisticalBarRenderer} draws only symmetric ones
 * (mean +- standard deviation), while Wilson and bootstrap intervals are not symmetric.
 */
final class ErrorBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    private final double[][] low; // [row][column]
    private final double[][] high;

    ErrorBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
        setShadowVisible(false);
        setBarPainter(new StandardBarPainter());
        setDrawBarOutline(false);
        setMaximumBarWidth(0.12);
        setItemMargin(0.05);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (dataset.getValue(row, column) == null) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barWidth = state.getBarWidth();
        double middle = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column) + barWidth / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double lo = rangeAxis.valueToJava2D(low[row][column], dataArea, edge);
        double hi = rangeAxis.valueToJava2D(high[row][column], dataArea, edge);
        double cap = Math.max(3, barWidth / 4);
        g2.setPaint(ChartStyle.INK);
        g2.setStroke(ChartStyle.THIN);
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(lo, middle, hi, middle));
            g2.draw(new Line2D.Double(lo, middle - cap, lo, middle + cap));
            g2.draw(new Line2D.Double(hi, middle - cap, hi, middle + cap));
        } else {
            g2.draw(new Line2D.Double(middle, lo, middle, hi));
            g2.draw(new Line2D.Double(middle - cap, lo, middle + cap, lo));
            g2.draw(new Line2D.Double(middle - cap, hi, middle + cap, hi));
        }
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
        double min = 0;
        double max = 0;
        for (int r = 0; r < low.length; r++) {
            for (int c = 0; c < low[r].length; c++) {
                min = Math.min(min, low[r][c]);
                max = Math.max(max, high[r][c]);
            }
        }
        return new Range(min, max == min ? min + 1 : max);
    }
}
