package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.Replication;
import dev.tariffsim.stats.SeriesBands;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the outputs of consecutive paths: every metric value, in path order (for exact quantiles), and per
 * series step an exact sum and a {@link dev.tariffsim.stats.QuantileSketch}. It records, merges and serialises; statistics are
 * computed from it by the engine ({@link MonteCarlo}) or by {@link #metricStatistics()} and {@link #seriesBands()}.
 *
 * <h2>Synchronization and merging</h2>
 * Not thread-safe. Give each worker its own accumulator for a {@link PathRange} and {@link #merge} them in
 * range order: the merged accumulator then holds exactly what one pass over the union would. Metric values
 * are kept in path order; series sums are exact (an integer multiple of {@code 2^-1074}) and sketch counts are integers. Hence
 * <em>any</em> partition of the paths into ranges, merged in order, gives bit-identical statistics, whatever the
 * ranges' sizes or alignment (the contract of {@link PathRange}).
 *
 * <p>Every recorded value must be finite: a NaN or infinite metric or series value fails the path with a
 * {@link NonFiniteValueException} naming the output (and, through {@link SimulationException}, the path).
 *
 * <p>Memory: 8 bytes per metric per path ({@link QuantileMode#EXACT}) or a bounded summary per metric
 * ({@link QuantileMode#SKETCH}: exact sums and a sketch, likewise partition-independent), plus per series step the
 * sketch and 544 bytes of exact sum, neither of which grows with the number of paths. Series values are staged for {@value SeriesRecorder#STAGE} paths and then added step
 * by step, so that each sketch is touched in a run rather than once per path. Serializable, so that partial
 * results can be shipped between machines.
 */
public final class ResultAccumulator implements PathRecorder, Serializable {
    private static final long serialVersionUID = 1L;

    private final OutputSpec spec;
    private final boolean recordSeries;
    private final boolean antithetic;
    /** Randomised QMC replicates or Latin hypercube blocks, whose means give the standard errors; or none. */
    private final Replication replication;
    /** Control variates recorded after the metrics, as rows {@code metrics .. metrics + controls - 1} of values. */
    private final java.util.List<ControlVariate> controls;
    private final int metricCount;
    private long firstPath;
    /** The metrics' and control variates' values, or their buffer and sketches. */
    private final MetricColumns columns;
    /** The series' sums and sketches; null when series are not recorded. */
    private final SeriesRecorder series;
    private int count;

    /**
     * An empty accumulator for paths from 0, without antithetic pairs.
     *
     * @param spec the model's outputs
     * @param expectedPaths capacity to reserve (it grows as needed)
     * @param recordSeries whether to keep series bands; when false, series calls are ignored
     */
    public ResultAccumulator(OutputSpec spec, int expectedPaths, boolean recordSeries) {
        this(spec, 0, expectedPaths, recordSeries, false);
    }

    /**
     * An empty accumulator whose first path will be {@code firstPath}.
     *
     * @param antithetic whether paths come in antithetic pairs (2k, 2k+1): the standard errors of
     *     {@link #metricStatistics()} then come from pair means
     * @throws IllegalArgumentException if {@code firstPath} is negative
     */
    public ResultAccumulator(OutputSpec spec, long firstPath, int expectedPaths, boolean recordSeries,
                             boolean antithetic) {
        this(spec, firstPath, expectedPaths, recordSeries, antithetic, QuantileMode.EXACT);
    }

    /** An empty accumulator keeping metrics as {@code quantiles} says ({@code AUTO} resolved by expectedPaths). */
    public ResultAccumulator(OutputSpec spec, long firstPath, int expectedPaths, boolean recordSeries,
                             boolean antithetic, QuantileMode quantiles) {
        this(spec, firstPath, expectedPaths, recordSeries, antithetic, Replication.none(), java.util.List.of(),
            quantiles);
    }

    /**
     * An empty accumulator whose first path will be {@code firstPath}, of a run with randomised quasi-Monte Carlo
     * replicates or Latin hypercube blocks ({@code replication}), whose standard errors then come from the
     * replicate means, recording also the given control variates on every path
     * ({@link #recordsControls()}), for control-variate estimates of the metrics' means. Both need every path's
     * value: they keep exact quantiles ({@code AUTO} resolves to {@code EXACT}).
     *
     * @param replication the replicates or blocks, or {@link Replication#none()} for a run without
     * @throws IllegalArgumentException if {@code firstPath} is negative, replication is combined with antithetic
     *     pairs, or replication or controls with {@code SKETCH} quantiles
     */
    public ResultAccumulator(OutputSpec spec, long firstPath, int expectedPaths, boolean recordSeries,
                             boolean antithetic, Replication replication, java.util.List<ControlVariate> controls,
                             QuantileMode quantiles) {
        this.replication = Checks.requireNonNull(replication, "replication");
        this.controls = java.util.List.copyOf(controls);
        Checks.requireArgument(!replication.isReplicated() || !antithetic, "antithetic", antithetic,
            "false with randomised QMC replicates or Latin hypercube blocks");
        boolean needsValues = replication.isReplicated() || !this.controls.isEmpty();
        Checks.requireArgument(!needsValues || quantiles != QuantileMode.SKETCH, "quantiles", quantiles,
            "EXACT or AUTO with randomised QMC, Latin hypercube blocks or control variates (they need every path's"
                + " value)");
        this.spec = Checks.requireNonNull(spec, "spec");
        Checks.requireNonNegative(expectedPaths, "expectedPaths");
        Checks.requireArgument(firstPath >= 0, "firstPath", firstPath, "non-negative");
        this.firstPath = firstPath;
        this.antithetic = antithetic;
        this.recordSeries = recordSeries;
        this.metricCount = spec.metrics().size();
        boolean sketch = !needsValues && Checks.requireNonNull(quantiles, "quantiles")
            .resolve(expectedPaths, spec.metrics().size()) == QuantileMode.SKETCH;
        this.columns = new MetricColumns(spec, this.controls, antithetic, sketch, expectedPaths);
        this.series = recordSeries && !spec.series().isEmpty() ? new SeriesRecorder(spec.series()) : null;
    }

    /** The outputs this accumulator holds. */
    public OutputSpec spec() {
        return spec;
    }

    /** The index of the first path this accumulator holds (or will hold). */
    public long firstPath() {
        return firstPath;
    }

    /** Whether paths come in antithetic pairs. */
    public boolean antithetic() {
        return antithetic;
    }

    /** The randomised QMC replicates or Latin hypercube blocks whose means give the standard errors, or none. */
    public Replication replication() {
        return replication;
    }

    /** The control variates recorded after the metrics (empty unless asked for). */
    public java.util.List<ControlVariate> controls() {
        return controls;
    }

    @Override
    public boolean recordsControls() {
        return !controls.isEmpty();
    }

    @Override
    public void control(int control, double value) {
        if (control < controls.size()) {
            metric(metricCount + control, value);
        }
    }

    /** The number of completed paths. */
    public int count() {
        return count;
    }

    @Override
    public boolean recordsSeries() {
        return recordSeries;
    }

    /** {@code EXACT} or {@code SKETCH}: how this accumulator keeps metrics. */
    public QuantileMode quantileMode() {
        return columns.mode();
    }

    @Override
    public void metric(int metric, double value) {
        columns.put(metric, value);
    }

    /** @throws NonFiniteValueException if {@code value} is NaN or infinite */
    @Override
    public void series(int series, int step, double value) {
        if (this.series != null) {
            this.series.record(series, step, value);
        }
    }

    /**
     * @throws NonFiniteValueException if a value is NaN or infinite
     * @throws IllegalStateException if {@code values} does not have the series' number of steps
     */
    @Override
    public void series(int series, double[] values) {
        if (this.series != null) {
            this.series.recordAll(series, values);
        }
    }

    /**
     * Closes the path in progress.
     *
     * @throws NonFiniteValueException if a metric is NaN or infinite
     * @throws IllegalStateException if a metric was not recorded, or the series were not recorded at every step
     */
    public void endPath(long pathIndex) {
        columns.endPath(count, pathIndex, firstPath);
        count++;
        if (series != null) {
            series.endPath(pathIndex);
        }
    }

    /**
     * Appends the paths of {@code other}, which must follow this accumulator's paths: its first path is this
     * accumulator's first path plus its count.
     *
     * @throws IllegalArgumentException if the two record different outputs or settings, or {@code other} does not
     *     start where this accumulator ends
     */
    public void merge(ResultAccumulator other) {
        Checks.requireArgument(other.firstPath == firstPath + count, "other.firstPath", other.firstPath,
            "the path after this accumulator's last, " + (firstPath + count) + " (merge ranges in order)");
        Checks.requireArgument(antithetic == other.antithetic, "other.antithetic", other.antithetic,
            "equal to antithetic " + antithetic);
        Checks.requireArgument(replication.equals(other.replication), "other.replication", other.replication,
            "equal to replication " + replication);
        Checks.requireArgument(controls.equals(other.controls), "other.controls", other.controls,
            "equal to controls " + controls);
        Checks.requireArgument(spec == other.spec || spec.equals(other.spec), "other", "an accumulator of other outputs",
            "an accumulator of the same outputs");
        Checks.requireArgument(recordSeries == other.recordSeries, "other.recordSeries", other.recordSeries,
            "equal to recordSeries " + recordSeries);
        Checks.requireArgument(quantileMode() == other.quantileMode(), "other.quantileMode", other.quantileMode(),
            "equal to quantileMode " + quantileMode());
        columns.merge(other.columns, count, firstPath + count, other.count, other.firstPath + other.count);
        if (series != null) {
            series.merge(other.series);
        }
        count += other.count;
    }

    /** Forgets every path, keeping the memory; the next path recorded will be {@code firstPath}. */
    void restart(long firstPath) {
        clear();
        this.firstPath = firstPath;
    }

    /** Forgets every path, keeping the memory; the first path stays where it was. */
    public void clear() {
        count = 0;
        columns.clear();
        if (series != null) {
            series.clear();
        }
    }

    /** The summary of metric {@code metric}, up to date ({@code SKETCH} mode; null otherwise). */
    dev.tariffsim.stats.MetricSummary summary(int metric) {
        return columns.summary(metric, firstPath + count);
    }

    /** The values of metric {@code metric} in path order ({@code EXACT} mode); entries from {@link #count()} on are unused. */
    double[] values(int metric) {
        return columns.values(metric);
    }

    /**
     * Hands the values of every metric over (exactly {@link #count()} long each, in path order) and forgets
     * them: afterwards the accumulator is empty. For the run's final statistics, where a copy would double the
     * memory.
     */
    double[][] takeValues() {
        double[][] out = columns.take(count);
        count = 0;
        return out;
    }

    /**
     * Statistics of every metric, by name, in declaration order, from a copy of the values (the accumulator is
     * unchanged). Under antithetic sampling, standard errors come from pair means; under randomised QMC and Latin
     * hypercube sampling from replicate (block) means.
     */
    public Map<String, MetricStatistics> metricStatistics() {
        if (columns.mode() == QuantileMode.SKETCH) {
            return columns.sketchStatistics(firstPath + count);
        }
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        List<OutputSpec.Metric> ms = spec.metrics();
        for (int m = 0; m < ms.size(); m++) {
            String name = ms.get(m).name();
            double[] copy = Arrays.copyOf(columns.values(m), count);
            boolean event = ms.get(m).event();
            out.put(name, replication.isReplicated()
                ? MetricStatistics.adoptReplicated(name, event, copy, firstPath, replication)
                : antithetic ? MetricStatistics.adoptPaired(name, event, copy, (int) (firstPath & 1))
                : MetricStatistics.adopt(name, event, copy));
        }
        return out;
    }

    /** Bands of every series, by name, in declaration order; empty when series were not recorded. */
    public Map<String, SeriesBands> seriesBands() {
        return series == null ? Map.of() : series.bands(count);
    }
}
