package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** The histogram of one metric over the paths, with its P5, P50 and P95 marked. */
final class HistogramChart {
    static final int BINS = 40;
    private static final double TAIL = 0.001;

    private HistogramChart() {
    }

    static Chart of(MetricStatistics m, String axisLabel, String title, String description) {
        Checks.requireArgument(m.count() > 0, "metric " + m.name(), "0 paths", "at least one path");
        double from = m.quantile(TAIL);
        double to = m.quantile(1 - TAIL);
        if (!(to > from)) {
            from = m.min();
            to = m.max();
        }
        if (!(to > from)) {
            double half = Math.max(0.5, Math.abs(from) * 0.01);
            from -= half;
            to += half;
        }
        int[] counts = Histograms.counts(m, from, to, BINS);
        int inside = 0;
        XYIntervalSeries bars = new XYIntervalSeries("share of paths");
        double width = (to - from) / BINS;
        for (int k = 0; k < BINS; k++) {
            double lo = from + k * width;
            double share = (double) counts[k] / m.count();
            bars.add(lo + width / 2, lo, lo + width, share, share, share);
            inside += counts[k];
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        NumberAxis x = ChartStyle.numberAxis(axisLabel);
        x.setRange(from - width, to + width);
        NumberAxis y = ChartStyle.numberAxis("share of paths in each bin");
        y.setNumberFormatOverride(new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.US)));
        y.setAutoRangeIncludesZero(true);
        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, new Color(0x9E, 0xC0, 0xE0));
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinesVisible(false);
        double p5 = m.quantile(0.05);
        double p50 = m.quantile(0.5);
        double p95 = m.quantile(0.95);
        double lo = from - width;
        double span = to - from + 2 * width;
        plot.addDomainMarker(quantileMarker(p5, "P5 " + Format.number(p5), side((p5 - lo) / span, true), 4));
        plot.addDomainMarker(quantileMarker(p50, "P50 " + Format.number(p50), side((p50 - lo) / span, false), 22));
        plot.addDomainMarker(quantileMarker(p95, "P95 " + Format.number(p95), side((p95 - lo) / span, false), 40));
        Interval ci = m.confidenceInterval();
        int outside = m.count() - inside;
        String subtitle = (description.isEmpty() ? "" : description + "\n") + Checks.format("mean %s (95%% CI %s to %s) over %,d paths", Format.number(m.mean()),
            Format.number(ci.low()), Format.number(ci.high()), m.count())
            + (outside > 0 ? "; " + Format.percent((double) outside / m.count()) + " of paths lie outside the bins" : "");
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, subtitle);
        return new Chart("histogram-" + Charts.slug(m.name()), title, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** Whether a label goes left of its line: as preferred, unless that would run off the plot. */
    private static boolean side(double fraction, boolean preferLeft) {
        return fraction > 0.82 || (preferLeft && fraction >= 0.18);
    }

    private static ValueMarker quantileMarker(double value, String label, boolean left, double top) {
        ValueMarker marker = ChartStyle.marker(value, label, ChartStyle.RED, ChartStyle.DASHED, left);
        marker.setLabelPaint(ChartStyle.INK);
        marker.setLabelOffset(new RectangleInsets(top, 4, 4, 4));
        return marker;
    }
}
