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
 * <p>Memory: 8 bytes per metric per path, plus the sketches, whose size does not grow with the number of
 * paths. Serializable, so that partial results can be shipped between machines.
 */
public final class ResultAccumulator implements PathRecorder, Serializable {
    private static final long serialVersionUID = 1L;

    private final OutputSpec spec;
    private final boolean recordSeries;
    private final double[][] values;
    private final double[][] seriesSums;
    private final QuantileSketch[][] sketches;
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
        for (double[] v : values) {
            v[0] = Double.NaN;
        }
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
        values[metric][count] = value;
    }

    @Override
    public void series(int series, int step, double value) {
        if (recordSeries) {
            seriesSums[series][step] += value;
            sketches[series][step].add(value);
        }
    }

    /**
     * Closes the path in progress.
     *
     * @throws IllegalStateException if a metric was not recorded, or recorded as NaN
     */
    public void endPath(long pathIndex) {
        for (int m = 0; m < values.length; m++) {
            if (Double.isNaN(values[m][count])) {
                throw new IllegalStateException(Checks.format("metric %s is NaN or was not recorded on path %d",
                    spec.metrics().get(m).name(), pathIndex));
            }
        }
        count++;
        if (count == capacity) {
            grow(capacity * 2L);
        }
        for (double[] v : values) {
            v[count] = Double.NaN;
        }
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
        Checks.requireArgument(spec.equals(other.spec), "other", "an accumulator of other outputs",
            "an accumulator of the same outputs");
        Checks.requireArgument(recordSeries == other.recordSeries, "other.recordSeries", other.recordSeries,
            "equal to recordSeries " + recordSeries);
        if (count + other.count >= capacity) {
            grow(Math.max(capacity * 2L, (long) count + other.count + 1));
        }
        for (int m = 0; m < values.length; m++) {
            System.arraycopy(other.values[m], 0, values[m], count, other.count);
            values[m][count + other.count] = Double.NaN;
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
        for (double[] v : values) {
            v[0] = Double.NaN;
        }
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

    /** Bands of every series, by name, in declaration order; empty when series were not recorded. */
    public Map<String, SeriesBands> seriesBands() {
        Map<String, SeriesBands> out = new LinkedHashMap<>();
        for (int s = 0; s < seriesSums.length; s++) {
            String name = spec.series().get(s).name();
            out.put(name, SeriesBands.of(name, seriesSums[s], count, sketches[s]));
        }
        return out;
    }
}
