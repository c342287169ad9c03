package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.QuantileSketch;
import dev.tariffsim.stats.SeriesBands;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates the outputs of consecutive paths: every metric value, in path order (for exact quantiles),
 * and per series step a sum and a {@link QuantileSketch}.
 *
 * <h2>Synchronization and merging</h2>
 * Not thread-safe. Give each worker its own accumulator for a {@link PathRange} and {@link #merge} them in
 * range order: the merged accumulator then holds exactly what one pass over the union would, with metric
 * values in path order, so the statistics do not depend on how the paths were split or how many threads
 * ran them. Series sums are added per range, so a series mean may differ in its last bits between two
 * different partitions; the engine always uses the same partition for a given number of paths.
 *
 * <p>Memory: 8 bytes per metric per path ({@link QuantileMode#EXACT}), or a bounded {@link dev.tariffsim.stats.MetricSummary} per
 * metric ({@link QuantileMode#SKETCH}: its statistics do not depend on the partition at all), plus the sketches, whose size does not grow with the number of
 * paths. Series values are staged for {@value #STAGE} paths and then added step by step, so that each sketch is
 * touched in a run rather than once per path; a series' sum adds each staged group as one partial sum, which
 * is fixed by the accumulator's own path count, so results stay independent of threads. Serializable, so that
 * partial results can be shipped between machines.
 */
public final class ResultAccumulator implements PathRecorder, Serializable {
    private static final long serialVersionUID = 1L;

    private final OutputSpec spec;
    private final boolean recordSeries;
    private final MetricColumns columns;
    private final double[][] seriesSums;
    private final QuantileSketch[][] sketches;
    /** Paths whose series values wait in {@link #stage} before going into the sketches. */
    static final int STAGE = 32;
    private final int[] seriesOffset;
    private final int rowWidth;
    private final double[] stage;
    private int staged;
    private int seriesCalls;
    /** stamp[m] == count + 1 once metric m is recorded for the path in progress. */
    private final int[] stamp;
    private int count;

    /**
     * An empty accumulator.
     *
     * @param spec the model's outputs
     * @param expectedPaths capacity to reserve (it grows as needed)
     * @param recordSeries whether to keep series bands; when false, series calls are ignored
     */
    public ResultAccumulator(OutputSpec spec, int expectedPaths, boolean recordSeries) {
        this(spec, expectedPaths, recordSeries, QuantileMode.EXACT);
    }

    /**
     * An empty accumulator that keeps metrics as {@code mode} says.
     *
     * @param mode {@code EXACT} or {@code SKETCH} ({@code AUTO} is resolved against {@code expectedPaths})
     */
    public ResultAccumulator(OutputSpec spec, int expectedPaths, boolean recordSeries, QuantileMode mode) {
        this.spec = Checks.requireNonNull(spec, "spec");
        Checks.requireNonNegative(expectedPaths, "expectedPaths");
        this.recordSeries = recordSeries;
        int m = spec.metrics().size();
        this.columns = new MetricColumns(spec, expectedPaths, Checks.requireNonNull(mode, "mode"));
        List<OutputSpec.Series> ss = spec.series();
        this.seriesSums = new double[recordSeries ? ss.size() : 0][];
        this.sketches = new QuantileSketch[recordSeries ? ss.size() : 0][];
        for (int s = 0; s < seriesSums.length; s++) {
            int steps = ss.get(s).steps();
            seriesSums[s] = new double[steps];
            sketches[s] = new QuantileSketch[steps];
            for (int t = 0; t < steps; t++) {
                sketches[s][t] = new QuantileSketch();
            }
        }
        this.stamp = new int[m];
        this.seriesOffset = new int[seriesSums.length];
        int width = 0;
        for (int s = 0; s < seriesSums.length; s++) {
            seriesOffset[s] = width;
            width += seriesSums[s].length;
        }
        this.rowWidth = width;
        this.stage = new double[STAGE * width];
    }

    /** The outputs this accumulator holds. */
    public OutputSpec spec() {
        return spec;
    }

    /** The number of completed paths. */
    public int count() {
        return count;
    }

    @Override
    public boolean recordsSeries() {
        return recordSeries;
    }

    @Override
    public void metric(int metric, double value) {
        columns.set(metric, value);
        stamp[metric] = count + 1;
    }

    @Override
    public void series(int series, int step, double value) {
        if (recordSeries) {
            stage[staged * rowWidth + seriesOffset[series] + step] = value;
            seriesCalls++;
        }
    }

    /**
     * Closes the path in progress.
     *
     * @throws IllegalStateException if a metric was not recorded, or recorded as NaN, or the series were not
     *     recorded at every step
     */
    public void endPath(long pathIndex) {
        for (int m = 0; m < stamp.length; m++) {
            if (stamp[m] != count + 1 || Double.isNaN(columns.current(m))) {
                throw new IllegalStateException(Checks.format("metric %s is NaN or was not recorded on path %d",
                    spec.metrics().get(m).name(), pathIndex));
            }
        }
        count++;
        columns.endPath();
        if (rowWidth > 0) {
            if (seriesCalls != rowWidth) {
                int calls = seriesCalls;
                seriesCalls = 0;
                throw new IllegalStateException(Checks.format(
                    "path %d recorded %d series values; every step of every series must be recorded once (%d)",
                    pathIndex, calls, rowWidth));
            }
            seriesCalls = 0;
            staged++;
            if (staged == STAGE) {
                flush();
            }
        }
    }

    /** Moves the staged series values, path by path in order, into the sums and sketches. */
    private void flush() {
        for (int s = 0; s < seriesSums.length; s++) {
            double[] sums = seriesSums[s];
            QuantileSketch[] sk = sketches[s];
            int off = seriesOffset[s];
            for (int t = 0; t < sums.length; t++) {
                sums[t] += sk[t].addStrided(stage, off + t, rowWidth, staged);
            }
        }
        staged = 0;
    }

    /** {@code EXACT} or {@code SKETCH}: how this accumulator keeps metrics. */
    public QuantileMode quantileMode() {
        return columns.mode();
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        flush();
        columns.fold();
        out.defaultWriteObject();
    }

    /**
     * Appends the paths of {@code other}, which must follow this accumulator's paths.
     *
     * @throws IllegalArgumentException if the two record different outputs
     */
    public void merge(ResultAccumulator other) {
        Checks.requireArgument(spec == other.spec || spec.equals(other.spec), "other", "an accumulator of other outputs",
            "an accumulator of the same outputs");
        Checks.requireArgument(recordSeries == other.recordSeries, "other.recordSeries", other.recordSeries,
            "equal to recordSeries " + recordSeries);
        Checks.requireArgument(quantileMode() == other.quantileMode(), "other.quantileMode", other.quantileMode(),
            "equal to quantileMode " + quantileMode());
        flush();
        other.flush();
        columns.merge(other.columns);
        for (int s = 0; s < seriesSums.length; s++) {
            for (int t = 0; t < seriesSums[s].length; t++) {
                seriesSums[s][t] += other.seriesSums[s][t];
                sketches[s][t].merge(other.sketches[s][t]);
            }
        }
        count += other.count;
    }

    /** Forgets every path, keeping the memory. */
    public void clear() {
        count = 0;
        columns.clear();
        staged = 0;
        seriesCalls = 0;
        Arrays.fill(stamp, 0);
        for (int s = 0; s < seriesSums.length; s++) {
            Arrays.fill(seriesSums[s], 0);
            for (QuantileSketch q : sketches[s]) {
                q.clear();
            }
        }
    }

    /** The mean of metric {@code metric} over the paths so far, for precision checks. */
    double mean(int metric) {
        return columns.mean(metric);
    }

    /** The standard error of the mean of metric {@code metric}. */
    double stdError(int metric) {
        return columns.stdError(metric);
    }

    /** Statistics of every metric, by name, in declaration order. */
    public Map<String, MetricStatistics> metricStatistics() {
        return columns.statistics();
    }

    /**
     * Statistics of every metric, handing this accumulator's arrays over instead of copying them, on up to
     * {@code threads} threads (each metric is sorted independently, so the result does not depend on it):
     * afterwards the accumulator is empty. The run's final step, where copies would double the memory.
     */
    Map<String, MetricStatistics> drainMetricStatistics(int threads) {
        Map<String, MetricStatistics> out = columns.drain(threads);
        count = 0;
        Arrays.fill(stamp, 0);
        return out;
    }

    /** Bands of every series, by name, in declaration order; empty when series were not recorded. */
    public Map<String, SeriesBands> seriesBands() {
        flush();
        Map<String, SeriesBands> out = new LinkedHashMap<>();
        for (int s = 0; s < seriesSums.length; s++) {
            String name = spec.series().get(s).name();
            out.put(name, SeriesBands.of(name, seriesSums[s], count, sketches[s]));
        }
        return out;
    }
}
