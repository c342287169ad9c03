package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;
import dev.tariffsim.stats.SeriesBands;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Charts over a continuous horizontal axis: fan charts of monthly bands, stacked shares, curves with bands. */
final class XyCharts {
    static final Color OUTER = new Color(0xC6, 0xDB, 0xEF);
    static final Color INNER = new Color(0x7F, 0xB0, 0xD8);
    static final Color MEDIAN = new Color(0x08, 0x3D, 0x77);

    private static final Color[] SHARE_COLOURS = {ChartStyle.GREEN, new Color(0xE0, 0xA4, 0x58),
        new Color(0xB0, 0xB0, 0xB0), ChartStyle.BLUE, ChartStyle.RED};

    private XyCharts() {
    }

    /** A fan chart: P5-P95 and P25-P75 bands, the median and the mean per month, and reference lines. */
    static Chart fan(SeriesBands b, YearMonth start, String title, String valueLabel, List<ReferenceLine> lines) {
        YIntervalSeries outer = new YIntervalSeries("P5\u2013P95");
        YIntervalSeries inner = new YIntervalSeries("P25\u2013P75");
        XYSeries mean = new XYSeries("mean");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < b.steps(); t++) {
            double x = TimeAxis.x(start, t);
            double p50 = b.percentile(0.5, t);
            outer.add(x, p50, b.percentile(0.05, t), b.percentile(0.95, t));
            inner.add(x, p50, b.percentile(0.25, t), b.percentile(0.75, t));
            mean.add(x, b.mean(t));
            min = Math.min(min, Math.min(b.percentile(0.05, t), b.mean(t)));
            max = Math.max(max, Math.max(b.percentile(0.95, t), b.mean(t)));
        }
        NumberAxis y = ChartStyle.numberAxis(valueLabel);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(TimeAxis.of(start, b.steps()));
        plot.setRangeAxis(y);
        plot.setDataset(0, new XYSeriesCollection(mean));
        XYLineAndShapeRenderer meanRenderer = new XYLineAndShapeRenderer(true, false);
        meanRenderer.setSeriesPaint(0, ChartStyle.ORANGE);
        meanRenderer.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRenderer(0, meanRenderer);
        plot.setDataset(1, new YIntervalSeriesCollection());
        ((YIntervalSeriesCollection) plot.getDataset(1)).addSeries(inner);
        plot.setRenderer(1, band(INNER, MEDIAN, true));
        plot.setDataset(2, new YIntervalSeriesCollection());
        ((YIntervalSeriesCollection) plot.getDataset(2)).addSeries(outer);
        plot.setRenderer(2, band(OUTER, OUTER, false));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.lineItem("median", MEDIAN, ChartStyle.LINE));
        legend.add(ChartStyle.lineItem("mean", ChartStyle.ORANGE, ChartStyle.DASHED));
        legend.add(ChartStyle.boxItem("P25\u2013P75", INNER));
        legend.add(ChartStyle.boxItem("P5\u2013P95", OUTER));
        min = Math.min(min, referenceLines(plot, legend, lines));
        max = Math.max(max, lines.stream().mapToDouble(ReferenceLine::value).max().orElse(max));
        double pad = max > min ? 0.06 * (max - min) : Math.max(1, Math.abs(max) * 0.05);
        y.setRange(min - pad, max + pad);
        grid(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, "monthly percentiles over the paths");
        return new Chart("fan-" + Charts.slug(b.name()), title, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    private static DeviationRenderer band(Paint fill, Paint line, boolean lineVisible) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(1f);
        r.setSeriesFillPaint(0, fill);
        r.setSeriesPaint(0, line);
        r.setSeriesStroke(0, lineVisible ? ChartStyle.LINE : new BasicStroke(0.5f));
        return r;
    }

    /** A base-2 logarithmic axis (points that double, such as convergence checkpoints, fall evenly). */
    private static ValueAxis logAxis(String label) {
        org.jfree.chart.axis.LogAxis a = new org.jfree.chart.axis.LogAxis(label);
        a.setBase(2);
        a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0",
            java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US)));
        a.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        a.setSmallestValue(1);
        ChartStyle.axis(a);
        return a;
    }

    private static void grid(XYPlot plot) {
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
    }

    /**
     * Stacked shares of paths over months, one layer per named 0/1 series' mean (shares sum to at most 1).
     * Each layer is one filled polygon from 0 to the running total, drawn largest first, so no seams appear
     * between months in a browser's rendering of the SVG.
     */
    static Chart shares(String id, String title, String subtitle, YearMonth start, List<String> names,
                        List<double[]> means) {
        XYSeriesCollection data = new XYSeriesCollection();
        int steps = means.get(0).length;
        double[] total = new double[steps];
        List<XYSeries> cumulative = new java.util.ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            XYSeries s = new XYSeries(names.get(k), false, false);
            double[] m = means.get(k);
            for (int t = 0; t < steps; t++) {
                total[t] += Math.max(0, Math.min(1, m[t]));
                s.add(TimeAxis.x(start, t), Math.min(1, total[t]));
            }
            cumulative.add(s);
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = names.size() - 1; k >= 0; k--) {
            data.addSeries(cumulative.get(k));
            renderer.setSeriesPaint(names.size() - 1 - k, SHARE_COLOURS[k % SHARE_COLOURS.length]);
        }
        for (int k = 0; k < names.size(); k++) {
            legend.add(ChartStyle.boxItem(names.get(k), SHARE_COLOURS[k % SHARE_COLOURS.length]));
        }
        NumberAxis y = ChartStyle.shareAxis("share of paths");
        y.setRange(0, 1);
        ValueAxis x = TimeAxis.of(start, steps);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setFixedLegendItems(legend);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        grid(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        return new Chart(id, title, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * A curve with its confidence band (a sweep, or a convergence trace) and optional horizontal reference
     * lines.
     */
    static Chart curve(String id, String title, String subtitle, String xLabel, String yLabel, String curveName,
                       String bandName, List<CurvePoint> points, List<ReferenceLine> lines) {
        Checks.requireNonNull(points, "points");
        Checks.requireArgument(!points.isEmpty(), "points", "[]", "at least one point");
        YIntervalSeries s = new YIntervalSeries(curveName);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (CurvePoint p : points) {
            s.add(p.x(), p.value(), p.low(), p.high());
            min = Math.min(min, p.low());
            max = Math.max(max, p.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        double xMin = points.get(0).x();
        double xMax = xMin;
        for (CurvePoint p : points) {
            xMin = Math.min(xMin, p.x());
            xMax = Math.max(xMax, p.x());
        }
        ValueAxis x = xMin > 0 && xMax / xMin >= 16 ? logAxis(xLabel) : ChartStyle.numberAxis(xLabel);
        NumberAxis y = ChartStyle.numberAxis(yLabel);
        DeviationRenderer renderer = band(INNER, MEDIAN, true);
        renderer.setDefaultShapesVisible(points.size() <= 25);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.lineItem(curveName, MEDIAN, ChartStyle.LINE));
        legend.add(ChartStyle.boxItem(bandName, INNER));
        min = Math.min(min, referenceLines(plot, legend, lines));
        max = Math.max(max, lines.stream().mapToDouble(ReferenceLine::value).max().orElse(max));
        double pad = max > min ? 0.06 * (max - min) : Math.max(1e-9, Math.abs(max) * 0.05);
        y.setRange(min - pad, max + pad);
        grid(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        return new Chart(id, title, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * Draws each reference line as a labelled level marker with a legend entry, and fixes the plot's legend.
     *
     * @return the lowest reference level, or +infinity when there is none
     */
    private static double referenceLines(XYPlot plot, LegendItemCollection legend, List<ReferenceLine> lines) {
        double lowest = Double.POSITIVE_INFINITY;
        for (ReferenceLine line : lines) {
            plot.addRangeMarker(ChartStyle.levelMarker(line.value(), line.label() + " " + Format.number(line.value()),
                ChartStyle.RED));
            legend.add(ChartStyle.lineItem(line.label(), ChartStyle.RED, ChartStyle.DASHED));
            lowest = Math.min(lowest, line.value());
        }
        plot.setFixedLegendItems(legend);
        return lowest;
    }
}
