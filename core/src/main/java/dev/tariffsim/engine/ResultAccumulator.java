package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.internal.Threads;
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
 * <p>Memory: 8 bytes per metric per path, plus the sketches, whose size does not grow with the number of
 * paths. Series values are staged for {@value #STAGE} paths and then added step by step, so that each sketch is
 * touched in a run rather than once per path; a series' sum adds each staged group as one partial sum, which
 * is fixed by the accumulator's own path count, so results stay independent of threads. Serializable, so that
 * partial results can be shipped between machines.
 */
public final class ResultAccumulator implements PathRecorder, Serializable {
    private static final long serialVersionUID = 1L;

    private final OutputSpec spec;
    private final boolean recordSeries;
    private final double[][] values;
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
    private int capacity;

    /**
     * An empty accumulator.
     *
     * @param spec the model's outputs
     * @param expectedPaths capacity to reserve (it grows as needed)
     * @param recordSeries whether to keep series bands; when false, series calls are ignored
     */
    public ResultAccumulator(OutputSpec spec, int expectedPaths, boolean recordSeries) {
        this.spec = Checks.requireNonNull(spec, "spec");
        Checks.requireNonNegative(expectedPaths, "expectedPaths");
        this.recordSeries = recordSeries;
        int m = spec.metrics().size();
        this.capacity = Math.max(1, expectedPaths);
        this.values = new double[m][capacity];
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
        if (count == capacity) {
            grow(capacity * 2L);
        }
        values[metric][count] = value;
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
        for (int m = 0; m < values.length; m++) {
            if (stamp[m] != count + 1 || Double.isNaN(values[m][count])) {
                throw new IllegalStateException(Checks.format("metric %s is NaN or was not recorded on path %d",
                    spec.metrics().get(m).name(), pathIndex));
            }
        }
        count++;
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

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        flush();
        out.defaultWriteObject();
    }

    private void grow(long wanted) {
        if (wanted > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more paths than one accumulator holds: " + wanted);
        }
        capacity = (int) wanted;
        for (int m = 0; m < values.length; m++) {
            values[m] = Arrays.copyOf(values[m], capacity);
        }
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
        flush();
        other.flush();
        if (count + other.count > capacity) {
            grow(Math.max(capacity * 2L, (long) count + other.count));
        }
        for (int m = 0; m < values.length; m++) {
            System.arraycopy(other.values[m], 0, values[m], count, other.count);
        }
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
        double s = 0;
        double[] v = values[metric];
        for (int i = 0; i < count; i++) {
            s += v[i];
        }
        return s / count;
    }

    /** The standard error of the mean of metric {@code metric}. */
    double stdError(int metric) {
        double mean = mean(metric);
        double ss = 0;
        double[] v = values[metric];
        for (int i = 0; i < count; i++) {
            ss += (v[i] - mean) * (v[i] - mean);
        }
        return Math.sqrt(ss / (count - 1) / count);
    }

    /** Statistics of every metric, by name, in declaration order. */
    public Map<String, MetricStatistics> metricStatistics() {
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        List<OutputSpec.Metric> ms = spec.metrics();
        for (int m = 0; m < ms.size(); m++) {
            out.put(ms.get(m).name(), MetricStatistics.of(ms.get(m).name(), ms.get(m).event(), values[m], count));
        }
        return out;
    }

    /**
     * Statistics of every metric, handing this accumulator's arrays over instead of copying them, on up to
     * {@code threads} threads (each metric is sorted independently, so the result does not depend on it):
     * afterwards the accumulator is empty. The run's final step, where copies would double the memory.
     */
    Map<String, MetricStatistics> drainMetricStatistics(int threads) {
        List<OutputSpec.Metric> ms = spec.metrics();
        MetricStatistics[] stats = new MetricStatistics[ms.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        RuntimeException[] failure = new RuntimeException[1];
        Runnable work = () -> {
            for (int m = next.getAndIncrement(); m < stats.length; m = next.getAndIncrement()) {
                try {
                    double[] v = values[m].length == count ? values[m] : Arrays.copyOf(values[m], count);
                    values[m] = new double[1];
                    stats[m] = MetricStatistics.adopt(ms.get(m).name(), ms.get(m).event(), v);
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }
        };
        Runnable[] helpers = new Runnable[Math.max(0, Math.min(threads, stats.length) - 1)];
        Arrays.fill(helpers, work);
        Threads.runAll("tariffsim-worker-stats", helpers, work, () -> { });
        if (failure[0] != null) {
            throw failure[0];
        }
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        for (int m = 0; m < stats.length; m++) {
            out.put(ms.get(m).name(), stats[m]);
        }
        count = 0;
        capacity = 1;
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
