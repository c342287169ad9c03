package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** Category charts from plain data: bars with error bars, grouped bars (Sobol indices), tornado bars. */
final class BarCharts {
    private BarCharts() {
    }

    /** One series of estimates; horizontal bars when there are more than six or labels are long. */
    static Chart bars(String id, String title, String subtitle, String valueLabel, List<Estimate> estimates,
                      Boolean horizontal) {
        Checks.requireNonNull(estimates, "estimates");
        Checks.requireArgument(!estimates.isEmpty(), "estimates", "[]", "at least one estimate");
        return grouped(id, title, subtitle, valueLabel, List.of(""), List.of(estimates), null, horizontal);
    }

    /**
     * Several series of estimates over the same labels (a legend names the series).
     *
     * @param valueAxis a fixed range [lower, upper], or null to fit the data
     * @param horizontal whether bars are horizontal; null: when there are more than six or labels are long
     */
    static Chart grouped(String id, String title, String subtitle, String valueLabel, List<String> seriesNames,
                         List<List<Estimate>> series, double[] valueAxis, Boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int columns = series.get(0).size();
        double[][] low = new double[series.size()][columns];
        double[][] high = new double[series.size()][columns];
        boolean longLabels = columns > 6;
        for (int r = 0; r < series.size(); r++) {
            List<Estimate> row = series.get(r);
            Checks.requireArgument(row.size() == columns, "series " + seriesNames.get(r), row.size() + " estimates",
                columns + " estimates, as many as the first series");
            for (int c = 0; c < columns; c++) {
                Estimate e = row.get(c);
                data.addValue(e.value(), seriesNames.get(r), e.label());
                low[r][c] = e.low();
                high[r][c] = e.high();
                longLabels |= e.label().length() > 14;
            }
        }
        CategoryAxis categories = new CategoryAxis(null);
        ChartStyle.axis(categories);
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = ChartStyle.numberAxis(valueLabel);
        values.setAutoRangeIncludesZero(true);
        if (valueLabel.startsWith("probability")) {
            values.setNumberFormatOverride(new java.text.DecimalFormat("0.0#%",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US)));
        }
        if (valueAxis != null) {
            values.setRange(valueAxis[0], valueAxis[1]);
        }
        ErrorBarRenderer renderer = new ErrorBarRenderer(low, high);
        for (int r = 0; r < series.size(); r++) {
            renderer.setSeriesPaint(r, ChartStyle.SERIES[r % ChartStyle.SERIES.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        longLabels = horizontal == null ? longLabels : horizontal;
        plot.setOrientation(longLabels ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.GREY);
        boolean legend = series.size() > 1;
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, legend);
        ChartStyle.apply(chart, subtitle);
        int height = longLabels ? Math.max(ChartStyle.HEIGHT, 90 + columns * (18 + 14 * series.size())) : ChartStyle.HEIGHT;
        return new Chart(id, title, chart, ChartStyle.WIDTH, height);
    }

    /** A tornado: one bar per input from its low-value output to its high-value output, widest swing first. */
    static Chart tornado(String id, String title, String subtitle, String outputLabel, double base,
                         List<TornadoBar> bars) {
        Checks.requireNonNull(bars, "bars");
        Checks.requireArgument(!bars.isEmpty(), "bars", "[]", "at least one bar");
        Checks.requireFinite(base, "base");
        List<TornadoBar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        int n = sorted.size();
        Number[][] starts = new Number[2][n];
        Number[][] ends = new Number[2][n];
        Comparable<?>[] keys = new Comparable<?>[n];
        double min = base;
        double max = base;
        for (int i = 0; i < n; i++) {
            TornadoBar b = sorted.get(i);
            min = Math.min(min, Math.min(b.atLow(), b.atHigh()));
            max = Math.max(max, Math.max(b.atLow(), b.atHigh()));
            keys[i] = b.input();
            starts[0][i] = Math.min(base, b.atLow());
            ends[0][i] = Math.max(base, b.atLow());
            starts[1][i] = Math.min(base, b.atHigh());
            ends[1][i] = Math.max(base, b.atHigh());
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(
            new Comparable<?>[] {"input at its low value", "input at its high value"}, keys, starts, ends);
        CategoryAxis categories = new CategoryAxis(null);
        ChartStyle.axis(categories);
        NumberAxis values = ChartStyle.numberAxis(outputLabel);
        double pad = max > min ? 0.08 * (max - min) : Math.max(1e-9, Math.abs(base) * 0.05);
        values.setRange(min - pad, max + pad);
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setSeriesPaint(0, ChartStyle.ORANGE);
        renderer.setSeriesPaint(1, ChartStyle.BLUE);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.addRangeMarker(ChartStyle.marker(base, "base " + Format.number(base), ChartStyle.INK,
            ChartStyle.DASHED, false));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, subtitle);
        int height = Math.max(ChartStyle.HEIGHT, 110 + n * 34);
        return new Chart(id, title, chart, ChartStyle.WIDTH, height);
    }

    /** Sobol first-order and total indices with their intervals, on a 0-to-1 axis (wider when an interval is). */
    static Chart sobol(String id, String title, String subtitle, List<SobolIndex> indices) {
        Checks.requireNonNull(indices, "indices");
        Checks.requireArgument(!indices.isEmpty(), "indices", "[]", "at least one input");
        List<Estimate> first = new ArrayList<>();
        List<Estimate> total = new ArrayList<>();
        double lower = 0;
        double upper = 1;
        for (SobolIndex s : indices) {
            first.add(s.first());
            total.add(s.total());
            lower = Math.min(lower, Math.min(s.first().low(), s.total().low()));
            upper = Math.max(upper, Math.max(s.first().high(), s.total().high()));
        }
        return grouped(id, title, subtitle, "share of the output's variance",
            List.of("first-order index", "total-effect index"), List.of(first, total),
            new double[] {lower, upper + 0.02}, null);
    }
}
