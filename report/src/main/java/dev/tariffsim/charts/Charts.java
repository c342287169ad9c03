package dev.tariffsim.charts;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.stats.ConvergenceTrace;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.charts.internal.Checks;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of tariffsim, for code that embeds the library and for the HTML report. Each method returns a
 * {@link Chart} that renders as SVG or PNG.
 *
 * <p>From a {@link SimulationResult}: {@link #histogram} (the distribution of a metric over the paths, P5,
 * P50 and P95 marked), {@link #fan} (monthly percentile bands of a series) and
 * {@link #convergence(SimulationResult, String, Labels)} (the running mean and its CI against paths). {@link ScenarioCharts} adds
 * what needs the scenario: calendar months, reference lines (the reserve floor, the FX safeguard rate), the
 * share of paths in each regime, and the standard sets of a run and of a comparison.
 *
 * <p>From plain data, for analyses that compute their own estimates: {@link #bars} (estimates with
 * confidence intervals, such as calendar-year values or differences), {@link #tornado}, {@link #sweep},
 * {@link #sobol} and {@link #convergence}. Thread-safe: every method builds a new chart.
 */
public final class Charts {
    private Charts() {
    }

    /**
     * The histogram of a metric over the paths (40 equal bins from its P0.1 to its P99.9, exact counts),
     * with P5, P50 and P95 marked; the subtitle gives the metric's description, the mean and its 95% CI.
     * Units and descriptions are those the result's model declares.
     *
     * @throws IllegalArgumentException if the result has no such metric
     */
    public static Chart histogram(SimulationResult result, String metric) {
        Checks.requireNonNull(result, "result");
        return histogram(result, metric, Labels.of(result.outputs()));
    }

    /**
     * As {@link #histogram(SimulationResult, String)}, with units from {@code labels}.
     *
     * @throws IllegalArgumentException if the result has no such metric
     */
    public static Chart histogram(SimulationResult result, String metric, Labels labels) {
        Checks.requireNonNull(result, "result");
        return HistogramChart.of(result.metric(metric), labels.axisLabel(metric, metric),
            metric + ": distribution over the paths", labels.description(metric));
    }

    /**
     * The fan chart of a monthly series: P5-P95 and P25-P75 bands, median and mean, over the result's
     * calendar months (month numbers when it has none); see {@link ScenarioCharts#fan} for the scenario's
     * reference lines.
     *
     * @throws IllegalArgumentException if the result has no such series (for example, series were not recorded)
     */
    public static Chart fan(SimulationResult result, String series) {
        Checks.requireNonNull(result, "result");
        return fan(result, series, result.start(), List.of(), Labels.of(result.outputs()));
    }

    /**
     * The convergence of a metric's estimate in a run: its running mean and 95% CI at the engine's
     * checkpoints (which double, so the paths axis is logarithmic), the final mean marked.
     *
     * @throws IllegalArgumentException if the result has no convergence trace for the metric, or fewer than
     *     two checkpoints with a standard error
     */
    public static Chart convergence(SimulationResult result, String metric, Labels labels) {
        Checks.requireNonNull(result, "result");
        ConvergenceTrace trace = result.convergence(metric);
        List<CurvePoint> points = new ArrayList<>();
        for (int k = 0; k < trace.size(); k++) {
            double se = trace.stdError(k);
            if (Double.isFinite(se) && Double.isFinite(trace.mean(k))) {
                double h = MetricStatistics.Z95 * se;
                points.add(new CurvePoint(trace.paths(k), trace.mean(k), trace.mean(k) - h, trace.mean(k) + h));
            }
        }
        Checks.requireArgument(points.size() >= 2, "convergence trace of " + metric, points.size() + " checkpoints",
            "at least two checkpoints with a standard error");
        return convergence("convergence-" + slug(metric), metric + ": convergence of the estimate",
            labels.axisLabel(metric, metric), points);
    }

    /**
     * A fan chart with calendar months from {@code start} (null: month numbers) and reference lines.
     *
     * @throws IllegalArgumentException if the result has no such series
     */
    public static Chart fan(SimulationResult result, String series, YearMonth start, List<ReferenceLine> lines,
                            Labels labels) {
        Checks.requireNonNull(result, "result");
        Checks.requireNonNull(lines, "lines");
        return XyCharts.fan(result.series(series), start, labels.title(series),
            labels.axisLabel(series, series), List.copyOf(lines));
    }

    /**
     * Bars of estimates with their confidence intervals (one bar per estimate), horizontal when there are
     * more than six or a label is long. For calendar-year values use {@link #calendarYears}.
     *
     * @param valueLabel the value axis's label, with its unit
     * @throws IllegalArgumentException if there is no estimate or the id is invalid
     */
    public static Chart bars(String id, String title, String valueLabel, List<Estimate> estimates) {
        return BarCharts.bars(id, title, "bars: estimates; whiskers: confidence intervals", valueLabel,
            List.copyOf(estimates), null);
    }

    /**
     * Vertical bars of one value per calendar year (labels such as {@code 2026}) with confidence intervals.
     *
     * @throws IllegalArgumentException if there is no estimate or the id is invalid
     */
    public static Chart calendarYears(String id, String title, String valueLabel, List<Estimate> years) {
        return BarCharts.bars(id, title, "by calendar year; whiskers: confidence intervals", valueLabel,
            List.copyOf(years), Boolean.FALSE);
    }

    /**
     * A tornado chart: per input, the output with the input at its low and at its high value (all else at
     * base), widest swing on top, with the base output marked.
     *
     * @param outputLabel the output axis's label, with its unit
     * @param base the output with every input at base
     * @throws IllegalArgumentException if there is no bar, {@code base} is not finite or the id is invalid
     */
    public static Chart tornado(String id, String title, String outputLabel, double base, List<TornadoBar> bars) {
        return BarCharts.tornado(id, title, "each bar: the output as one input moves over its range, all else at base",
            outputLabel, base, List.copyOf(bars));
    }

    /**
     * A sweep: the output's estimate at each value of one input, with its confidence band.
     *
     * @throws IllegalArgumentException if there is no point or the id is invalid
     */
    public static Chart sweep(String id, String title, String inputLabel, String outputLabel,
                              List<CurvePoint> points) {
        return XyCharts.curve(id, title, "line: estimate; band: 95% confidence interval", inputLabel, outputLabel,
            "estimate", "95% CI", List.copyOf(points), List.of());
    }

    /**
     * Sobol indices: first-order and total-effect index of each input, with confidence intervals.
     *
     * @throws IllegalArgumentException if there is no index or the id is invalid
     */
    public static Chart sobol(String id, String title, List<SobolIndex> indices) {
        return BarCharts.sobol(id, title, "whiskers: confidence intervals", List.copyOf(indices));
    }

    /**
     * A convergence plot: the running mean of a metric against the number of paths, with its 95% CI band, and
     * the final mean marked.
     *
     * @param points x is the number of paths; value the running mean; low and high its 95% CI
     * @throws IllegalArgumentException if there is no point or the id is invalid
     */
    public static Chart convergence(String id, String title, String valueLabel, List<CurvePoint> points) {
        Checks.requireNonNull(points, "points");
        Checks.requireArgument(!points.isEmpty(), "points", "[]", "at least one point");
        double last = points.get(points.size() - 1).value();
        return XyCharts.curve(id, title, "running mean as paths accumulate; band: its 95% confidence interval",
            "paths", valueLabel, "running mean", "95% CI", List.copyOf(points),
            List.of(new ReferenceLine("final mean", last)));
    }

    /** A name as an id: letters, digits, '.', '_' and '-' kept, anything else as '-'; a leading 'c' if needed. */
    public static String slug(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "c" + s;
        }
        return s.length() > 90 ? s.substring(0, 90) : s;
    }
}
